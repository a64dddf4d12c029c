import { Alert, Button, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconEdit, IconFileText } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { InternshipSheet, Job } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime, formatHours } from '../../components/format';
import { EmptyState, QueryView, Section } from '../../components/page';
import { Field } from '../participants/participant-record';
import { InternshipSheetEditDialog } from './internship-sheet-edit-dialog';

/** The internship sheet of a job, or null while none was written (404). */
export function useInternshipSheet(jobId: string, enabled = true) {
  return useQuery({
    queryKey: ['jobs', jobId, 'internship-sheet'],
    queryFn: async () => {
      try {
        return await api.get<InternshipSheet>(`/jobs/${jobId}/internship-sheet`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return null;
        }
        throw error;
      }
    },
    enabled,
  });
}

function formatAmount(amount: number | null, language: string) {
  return amount === null
    ? '—'
    : amount.toLocaleString(language === 'en' ? 'en' : 'nl-BE', { style: 'currency', currency: 'EUR' });
}

/**
 * The sheet of costs and expectations of an internship place, shown in full before the employer accepts it; its
 * acceptance status; writing and changing it for the desk, accepting it for the employer's contact (the version
 * they were shown: a sheet changed meanwhile is reloaded instead).
 */
export function InternshipSheetSection({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const key = ['jobs', job.id, 'internship-sheet'];
  const query = useInternshipSheet(job.id);
  return (
    <QueryView query={query}>
      {(sheet) => (
        <Section
          title={t('jobs.tabs.internship')}
          actions={
            <>
              {sheet?.abilities.accept && !sheet.isAccepted && (
                <Button leftSection={<IconCheck size={16} />} onClick={() => setAccepting(true)}>
                  {t('jobs.sheet.accept')}
                </Button>
              )}
              {job.abilities.editInternshipSheet && (
                <Button
                  variant={sheet ? 'default' : 'filled'}
                  leftSection={sheet ? <IconEdit size={16} /> : <IconFileText size={16} />}
                  onClick={() => setEditing(true)}
                >
                  {sheet ? t('jobs.sheet.edit') : t('jobs.sheet.create')}
                </Button>
              )}
            </>
          }
        >
          {!sheet ? (
            <EmptyState>{t('jobs.sheet.none')}</EmptyState>
          ) : (
            <Stack>
              {sheet.isAccepted && sheet.acceptance ? (
                <Alert color="green" role="status" title={t('jobs.sheet.acceptedTitle')}>
                  {t('jobs.sheet.acceptedBy', {
                    name: sheet.acceptance.contactPerson?.name ?? sheet.acceptance.acceptedBy.name,
                    date: formatDateTime(sheet.acceptance.acceptedAt),
                    version: sheet.acceptance.version,
                  })}
                </Alert>
              ) : (
                <Alert color="orange" role="status" title={t('jobs.sheet.waitingTitle')}>
                  {sheet.abilities.accept
                    ? t('jobs.sheet.waitingForYou')
                    : t('jobs.sheet.waitingForEmployer')}
                </Alert>
              )}
              <Stack gap="xs">
                <Text fw={600}>{t('jobs.sheet.costs')}</Text>
                {sheet.costs.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('jobs.sheet.noCosts')}
                  </Text>
                ) : (
                  <Table aria-label={t('jobs.sheet.costs')} withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('jobs.sheet.costItemHeader')}</Table.Th>
                        <Table.Th>{t('jobs.sheet.paidBy')}</Table.Th>
                        <Table.Th>{t('jobs.sheet.amount')}</Table.Th>
                        <Table.Th>{t('jobs.sheet.period')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {sheet.costs.map((c, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the costs are a list without ids
                        <Table.Tr key={index}>
                          <Table.Td>{c.item}</Table.Td>
                          <Table.Td>{t(`jobs.sheet.payers.${c.paidBy}`)}</Table.Td>
                          <Table.Td>{formatAmount(c.amount, i18n.language)}</Table.Td>
                          <Table.Td>{t(`jobs.sheet.periods.${c.period}`)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Field label={t('jobs.sheet.insurance')}>
                  <Text style={{ whiteSpace: 'pre-line' }}>{sheet.insurance}</Text>
                </Field>
                <Field label={t('jobs.sheet.mentorHours')}>
                  {t('jobs.hoursValue', { hours: formatHours(sheet.mentorHoursPerWeek) })}
                </Field>
              </SimpleGrid>
              <Field label={t('jobs.sheet.learningGoals')}>
                <List size="sm">
                  {sheet.learningGoals.map((goal) => (
                    <List.Item key={goal}>{goal}</List.Item>
                  ))}
                </List>
              </Field>
              <Field label={t('jobs.sheet.expectations')}>
                {sheet.expectations && <Text style={{ whiteSpace: 'pre-line' }}>{sheet.expectations}</Text>}
              </Field>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {t('jobs.sheet.versionLine', {
                    version: sheet.version,
                    date: formatDateTime(sheet.updatedAt),
                    name: sheet.updatedBy?.name ?? '—',
                  })}
                </Text>
              </Group>
            </Stack>
          )}
          {editing && <InternshipSheetEditDialog job={job} sheet={sheet} onClose={() => setEditing(false)} />}
          {sheet && (
            <ConfirmDialog
              opened={accepting}
              onClose={() => setAccepting(false)}
              title={t('jobs.sheet.acceptTitle', { title: job.title })}
              confirmLabel={t('jobs.sheet.accept')}
              confirmColor="blue"
              conflictKey={key}
              onConfirm={async () => {
                const accepted = await api.post<InternshipSheet>(`/jobs/${job.id}/internship-sheet/accept`, {
                  version: sheet.version,
                });
                queryClient.setQueryData(key, accepted);
                await queryClient.invalidateQueries({ queryKey: ['jobs', job.id], exact: true });
                await queryClient.invalidateQueries({ queryKey: ['my-work'] });
              }}
            >
              {t('jobs.sheet.acceptConfirm', { version: sheet.version })}
            </ConfirmDialog>
          )}
        </Section>
      )}
    </QueryView>
  );
}
