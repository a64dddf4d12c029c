import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClock, IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Internship, Trajectory } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate, formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, QueryView } from '../../components/page';
import i18n from '../../i18n';
import { Field } from '../participants/participant-record';
import { InternshipCreateDialog } from './internship-create-dialog';
import { formatRange } from './trajectory-status';
import { trajectoryKey } from './use-trajectory-action';

export const internshipsKey = (trajectoryId: string) => [...trajectoryKey(trajectoryId), 'internships'];

/** The internships of a trajectory, newest first (GET …/internships). */
export function useInternships(trajectoryId: string) {
  return useQuery({
    queryKey: internshipsKey(trajectoryId),
    queryFn: () => api.get<{ items: Internship[] }>(`/trajectories/${trajectoryId}/internships`),
  });
}

/** The internship tab: each internship with its agreement, the approval per party and the mentor's evaluation. */
export function InternshipSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const query = useInternships(trajectory.id);
  const [creating, setCreating] = useState(false);
  const canCreate = trajectory.abilities.manageInternship && trajectory.status === 'open';
  return (
    <Stack>
      {canCreate && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('trajectories.internship.create')}
          </Button>
        </Group>
      )}
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Paper withBorder p="lg">
              <EmptyState>{t('trajectories.internship.empty')}</EmptyState>
            </Paper>
          ) : (
            <Stack>
              {data.items.map((i) => (
                <InternshipCard key={i.id} internship={i} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      {canCreate && (
        <InternshipCreateDialog
          trajectory={trajectory}
          opened={creating}
          onClose={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}

/** One internship: where, who, when, costs and goals; the agreement PDF; approvals; the evaluation. */
export function InternshipCard({ internship: i }: { internship: Internship }) {
  const { t } = useTranslation();
  const pdf = `/api/trajectories/${i.trajectoryId}/internships/${i.id}/agreement.pdf`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`internship-${i.id}`}>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h4" id={`internship-${i.id}`}>
            {t('trajectories.internship.title', { employer: i.employer.name })}
          </Title>
          <Text size="sm" c="dimmed">
            {formatRange(i.startsOn, i.endsOn)} ·{' '}
            {t('trajectories.hoursPerWeekValue', { hours: i.hoursPerWeek })}
          </Text>
        </Stack>
        <Button
          component="a"
          href={pdf}
          download
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
        >
          {t('trajectories.internship.agreementPdf')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mb="md">
        <Field label={t('trajectories.internship.site')}>
          {i.site.name}
          {i.site.address && (
            <Text size="sm" c="dimmed">
              {i.site.address}
            </Text>
          )}
        </Field>
        <Field label={t('trajectories.job')}>{i.job?.title}</Field>
        <Field label={t('trajectories.internship.organisation')}>
          {i.organisation.name}
          {i.coach && (
            <Text size="sm" c="dimmed">
              {i.coach.name}
            </Text>
          )}
        </Field>
        <Field label={t('trajectories.mentor')}>
          {i.mentor.name}
          <Text size="sm" c="dimmed">
            {[i.mentor.jobTitle, i.mentor.phone, i.mentor.email].filter(Boolean).join(' · ')}
          </Text>
        </Field>
        <Field label={t('trajectories.internship.legalSignatory')}>
          {i.legalSignatory.name}
          <Text size="sm" c="dimmed">
            {[i.legalSignatory.jobTitle, i.legalSignatory.email].filter(Boolean).join(' · ')}
          </Text>
        </Field>
        <Field label={t('trajectories.internship.mentorHours')}>
          {t('trajectories.hoursPerWeekValue', { hours: i.mentorHoursPerWeek })}
        </Field>
        <Field label={t('trajectories.internship.schedule')}>
          <List size="sm" spacing={0}>
            {i.weeklySchedule.map((b) => (
              <List.Item key={`${b.day}-${b.from}`}>
                {t(`participantRecord.weekdaysLong.${b.day}`)} {b.from}–{b.to}
              </List.Item>
            ))}
          </List>
        </Field>
        <Field label={t('trajectories.internship.learningGoals')}>
          <List size="sm" spacing={0}>
            {i.learningGoals.map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
        </Field>
        <Field label={t('trajectories.internship.insurance')}>{i.insurance}</Field>
      </SimpleGrid>
      {i.expectations && (
        <Field label={t('trajectories.internship.expectations')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {i.expectations}
          </Text>
        </Field>
      )}
      {i.costs.length > 0 && (
        <Table mt="md" aria-label={t('trajectories.internship.costs')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trajectories.internship.costItem')}</Table.Th>
              <Table.Th>{t('trajectories.internship.paidBy')}</Table.Th>
              <Table.Th ta="right">{t('trajectories.internship.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {i.costs.map((c) => (
              <Table.Tr key={c.item}>
                <Table.Td>{c.item}</Table.Td>
                <Table.Td>{t(`trajectories.internship.payers.${c.paidBy}`)}</Table.Td>
                <Table.Td ta="right">
                  {c.amount === null
                    ? '—'
                    : `€ ${c.amount.toLocaleString(i18n.language || 'nl-BE', { minimumFractionDigits: 2 })} ${t(
                        `trajectories.internship.costPeriods.${c.period}`,
                      )}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Approvals internship={i} />
      <Evaluation internship={i} />
    </Paper>
  );
}

function Approvals({ internship: i }: { internship: Internship }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const approve = async () => {
    setBusy(true);
    try {
      await api.post(`/trajectories/${i.trajectoryId}/internships/${i.id}/approvals`, { version: i.version });
      notifications.show({ color: 'green', message: t('trajectories.internship.approved') });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, trajectoryKey(i.trajectoryId)))) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    } finally {
      setBusy(false);
    }
    await queryClient.invalidateQueries({ queryKey: trajectoryKey(i.trajectoryId) });
    await queryClient.invalidateQueries({ queryKey: ['my-internships'] });
  };
  return (
    <Box mt="lg" component="section" aria-labelledby={`approvals-${i.id}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={`approvals-${i.id}`}>
          {t('trajectories.internship.approvals')}
        </Title>
        {i.isApproved ? (
          <Badge color="green" leftSection={<IconCheck size={12} aria-hidden />}>
            {t('trajectories.internship.allApproved')}
          </Badge>
        ) : (
          <Badge color="orange" variant="light">
            {t('trajectories.internship.awaiting')}
          </Badge>
        )}
      </Group>
      <Table aria-label={t('trajectories.internship.approvals')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trajectories.internship.party')}</Table.Th>
            <Table.Th>{t('trajectories.status')}</Table.Th>
            <Table.Th>{t('trajectories.internship.decidedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {i.approvals.map((a) => (
            <Table.Tr key={a.party}>
              <Table.Td>{t(`trajectories.internship.parties.${a.party}`)}</Table.Td>
              <Table.Td>
                {a.status === 'approved' ? (
                  <Badge color="green" variant="light" leftSection={<IconCheck size={12} aria-hidden />}>
                    {t('trajectories.internship.approvalStatuses.approved')}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light" leftSection={<IconClock size={12} aria-hidden />}>
                    {t('trajectories.internship.approvalStatuses.pending')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{a.decidedBy ? `${a.decidedBy} · ${formatDateTime(a.decidedAt)}` : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {i.abilities.approveAs && (
        <Alert color="blue" mt="sm" title={t('trajectories.internship.yourApproval')}>
          <Text size="sm" mb="xs">
            {t('trajectories.internship.approveHelp', {
              party: t(`trajectories.internship.parties.${i.abilities.approveAs}`),
            })}{' '}
            <Anchor href={`/api/trajectories/${i.trajectoryId}/internships/${i.id}/agreement.pdf`} c="blue.9">
              {t('trajectories.internship.readAgreement')}
            </Anchor>
          </Text>
          <Button loading={busy} leftSection={<IconCheck size={16} />} onClick={() => void approve()}>
            {t('trajectories.internship.approveAs', {
              party: t(`trajectories.internship.parties.${i.abilities.approveAs}`),
            })}
          </Button>
        </Alert>
      )}
    </Box>
  );
}

function Evaluation({ internship: i }: { internship: Internship }) {
  const { t } = useTranslation();
  const e = i.evaluation;
  return (
    <Box mt="lg" component="section" aria-labelledby={`evaluation-${i.id}`}>
      <Title order={3} size="h5" id={`evaluation-${i.id}`} mb="xs">
        {t('trajectories.internship.evaluation')}
      </Title>
      {!e ? (
        <Text size="sm" c="dimmed">
          {t('trajectories.internship.evaluationPending', { date: formatDate(i.evaluationFrom) })}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('trajectories.internship.evaluatedBy', {
              mentor: e.mentor,
              at: formatDateTime(e.submittedAt),
            })}
          </Text>
          <Group gap="xs">
            {Object.entries(e.scores).map(([criterion, score]) => (
              <Badge key={criterion} variant="light" color="gray">
                {t(`trajectories.internship.criteria.${criterion}`)}: {score}/5
              </Badge>
            ))}
          </Group>
          <Text size="sm">
            <Text span fw={600}>
              {t('trajectories.internship.recommendation')}:
            </Text>{' '}
            {t(`trajectories.internship.recommendations.${e.recommendation}`)}
          </Text>
          {e.strengths && (
            <Text size="sm">
              <Text span fw={600}>
                {t('trajectories.internship.strengths')}:
              </Text>{' '}
              {e.strengths}
            </Text>
          )}
          {e.improvements && (
            <Text size="sm">
              <Text span fw={600}>
                {t('trajectories.internship.improvements')}:
              </Text>{' '}
              {e.improvements}
            </Text>
          )}
        </Stack>
      )}
    </Box>
  );
}
