import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ACTION_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { WorkfloorItems, WorkfloorView } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';
import { useActionStatus } from './action-plan-section';
import { formatMinutes } from './coaching-log-section';
import { InternshipEvaluateDialog } from './internship-evaluate-dialog';
import { SessionLogDialog } from './session-log-dialog';
import { formatRange } from './trajectory-status';
import { todayIso, trajectoryKey } from './use-trajectory-action';

/** A mentor's start: the participants they guide on the work floor (nothing else of theirs). */
export function WorkfloorListPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['workfloor'],
    queryFn: () => api.get<WorkfloorItems>('/workfloor'),
  });
  return (
    <>
      <PageHeader title={t('workfloor.title')} description={t('workfloor.description')} />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('workfloor.empty')}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {data.items.map((item) => (
                <Card key={item.trajectoryId} withBorder padding="lg">
                  <Anchor component={Link} to={`/workfloor/${item.trajectoryId}`} fw={700} size="lg">
                    {item.participant.firstName} {item.participant.lastName}
                  </Anchor>
                  <Text size="sm">
                    {item.employer.name}
                    {item.site && ` · ${item.site.name}`}
                  </Text>
                  {item.placedOn && (
                    <Text size="sm" c="dimmed">
                      {t('workfloor.placedOn', { date: formatDate(item.placedOn) })}
                    </Text>
                  )}
                  {item.internshipEndsOn && (
                    <Text size="sm" c="dimmed">
                      {t('workfloor.internshipEnds', { date: formatDate(item.internshipEndsOn) })}
                    </Text>
                  )}
                  {item.evaluationDue && (
                    <Badge mt="xs" color="orange" leftSection={<IconClipboardCheck size={12} aria-hidden />}>
                      {t('workfloor.evaluationDue')}
                    </Badge>
                  )}
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
    </>
  );
}

/**
 * The work-floor page of one participant, for their mentor: where and when they work, the coach to call, the
 * internship (schedule, learning goals, evaluation), the actions for the work floor and the sessions the mentor
 * logged. No health data and none of the coach's notes.
 */
export function WorkfloorPage() {
  const { trajectoryId = '' } = useParams();
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'session' | 'evaluate' | null>(null);
  const query = useQuery({
    queryKey: [...trajectoryKey(trajectoryId), 'workfloor'],
    queryFn: () => api.get<WorkfloorView>(`/workfloor/${trajectoryId}`),
  });
  const setStatus = useActionStatus(trajectoryId);
  return (
    <QueryView query={query}>
      {(w) => {
        const name = `${w.participant.firstName} ${w.participant.lastName}`;
        const canEvaluate =
          w.internship && !w.internship.isEvaluated && w.internship.evaluationFrom <= todayIso();
        return (
          <>
            <PageHeader
              title={t('workfloor.pageTitle', { name })}
              description={`${w.type} · ${w.employer.name}${w.site ? ` · ${w.site.name}` : ''}`}
              actions={
                <>
                  {canEvaluate && (
                    <Button
                      leftSection={<IconClipboardCheck size={16} />}
                      onClick={() => setDialog('evaluate')}
                    >
                      {t('workfloor.evaluate')}
                    </Button>
                  )}
                  <Button
                    variant={canEvaluate ? 'light' : 'filled'}
                    leftSection={<IconPlus size={16} />}
                    onClick={() => setDialog('session')}
                  >
                    {t('trajectories.session.log')}
                  </Button>
                </>
              }
            />
            <Stack>
              <Paper withBorder p="lg" component="section" aria-labelledby="wf-details">
                <Title order={2} size="h4" mb="md" id="wf-details">
                  {t('trajectories.details')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                  <Field label={t('trajectories.job')}>{w.job?.title}</Field>
                  <Field label={t('trajectories.placedOn')}>{w.placedOn && formatDate(w.placedOn)}</Field>
                  <Field label={t('workfloor.coach')}>
                    {w.coach && (
                      <>
                        {w.coach.name}
                        <Text size="sm" c="dimmed">
                          {[w.coach.organisation, w.coach.email].filter(Boolean).join(' · ')}
                        </Text>
                      </>
                    )}
                  </Field>
                  <Field label={t('trajectories.currentPhases')}>
                    {w.currentPhases.map((p) => p.name).join(', ')}
                  </Field>
                </SimpleGrid>
              </Paper>
              {w.internship && (
                <Paper withBorder p="lg" component="section" aria-labelledby="wf-internship">
                  <Group justify="space-between" mb="md">
                    <Title order={2} size="h4" id="wf-internship">
                      {t('trajectories.tabs.internship')}
                    </Title>
                    <Badge color={w.internship.isApproved ? 'green' : 'orange'} variant="light">
                      {w.internship.isApproved
                        ? t('trajectories.internship.allApproved')
                        : t('trajectories.internship.awaiting')}
                    </Badge>
                  </Group>
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <Field label={t('workfloor.period')}>
                      {formatRange(w.internship.startsOn, w.internship.endsOn)}
                    </Field>
                    <Field label={t('trajectories.internship.schedule')}>
                      <List size="sm" spacing={0}>
                        {w.internship.weeklySchedule.map((b) => (
                          <List.Item key={`${b.day}-${b.from}`}>
                            {t(`participantRecord.weekdaysLong.${b.day}`)} {b.from}–{b.to}
                          </List.Item>
                        ))}
                      </List>
                    </Field>
                    <Field label={t('trajectories.internship.learningGoals')}>
                      <List size="sm" spacing={0}>
                        {w.internship.learningGoals.map((g) => (
                          <List.Item key={g}>{g}</List.Item>
                        ))}
                      </List>
                    </Field>
                  </SimpleGrid>
                  <Alert mt="md" color={w.internship.isEvaluated ? 'green' : 'blue'}>
                    {w.internship.isEvaluated
                      ? t('workfloor.evaluated')
                      : t('trajectories.internship.evaluationPending', {
                          date: formatDate(w.internship.evaluationFrom),
                        })}
                  </Alert>
                </Paper>
              )}
              <Paper withBorder p="lg" component="section" aria-labelledby="wf-actions">
                <Title order={2} size="h4" mb="md" id="wf-actions">
                  {t('workfloor.actions')}
                </Title>
                {w.actions.length === 0 ? (
                  <Text c="dimmed">{t('workfloor.noActions')}</Text>
                ) : (
                  <Table aria-label={t('workfloor.actions')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('trajectories.plan.action')}</Table.Th>
                        <Table.Th>{t('trajectories.plan.due')}</Table.Th>
                        <Table.Th w={200}>{t('trajectories.plan.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {w.actions.map((a) => (
                        <Table.Tr key={a.id}>
                          <Table.Td>{a.title}</Table.Td>
                          <Table.Td c={a.isOverdue ? 'red.9' : undefined}>
                            {formatDate(a.dueOn)}
                            {a.isOverdue && ` (${t('trajectories.plan.overdue')})`}
                          </Table.Td>
                          <Table.Td>
                            <Select
                              size="xs"
                              aria-label={t('trajectories.plan.statusOf', { action: a.title })}
                              allowDeselect={false}
                              value={a.status}
                              onChange={(v) => v && void setStatus(a, v)}
                              data={ACTION_STATUSES.map((s) => ({
                                value: s,
                                label: t(`trajectories.plan.actionStatuses.${s}`),
                              }))}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Paper>
              <Paper withBorder p="lg" component="section" aria-labelledby="wf-sessions">
                <Title order={2} size="h4" mb="md" id="wf-sessions">
                  {t('workfloor.mySessions')}
                </Title>
                {w.mySessions.length === 0 ? (
                  <Text c="dimmed">{t('trajectories.session.empty')}</Text>
                ) : (
                  <Stack gap="xs">
                    {w.mySessions.map((s) => (
                      <Group key={s.id} gap="sm" align="flex-start" wrap="nowrap">
                        <Text fw={700} w={110}>
                          {formatDate(s.sessionOn)}
                        </Text>
                        <Stack gap={0}>
                          <Text size="sm">
                            {formatMinutes(s.durationMinutes, t)} ·{' '}
                            {t(`trajectories.session.locations.${s.location}`)}
                          </Text>
                          {s.notes && <Text size="sm">{s.notes}</Text>}
                        </Stack>
                      </Group>
                    ))}
                  </Stack>
                )}
              </Paper>
            </Stack>
            <SessionLogDialog
              trajectoryId={trajectoryId}
              opened={dialog === 'session'}
              onClose={() => setDialog(null)}
              allowConfidential={false}
            />
            {w.internship && canEvaluate && (
              <InternshipEvaluateDialog
                trajectoryId={trajectoryId}
                internshipId={w.internship.id}
                opened={dialog === 'evaluate'}
                onClose={() => setDialog(null)}
              />
            )}
          </>
        );
      }}
    </QueryView>
  );
}
