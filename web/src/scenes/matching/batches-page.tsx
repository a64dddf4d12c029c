import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { BatchStatus, MatchingBatch } from '../../api/types';
import { useServerSubmit } from '../../components/form-dialog';
import { formatDateTime } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { formatNumber } from './explanation-text';

export const BATCH_STATUS_COLOR: Record<BatchStatus, string> = {
  running: 'blue',
  ready: 'orange',
  failed: 'red',
  published: 'green',
  discarded: 'gray',
};

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return <Badge color={BATCH_STATUS_COLOR[status]}>{t(`matching.batches.statuses.${status}`)}</Badge>;
}

/** How often a page asks again while a run is computing. */
export const POLL_MS = 1500;

/**
 * The network-wide proposal (network admins): start a run with its fairness weight, candidates per person and an
 * optional coach caseload limit, and the list of runs (polled while one computes), each opening its review.
 */
export function BatchesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['matching', 'batches'],
    queryFn: () => api.get<MatchingBatch[]>('/matching/batches'),
    refetchInterval: (q) => (q.state.data?.some((b) => b.status === 'running') ? POLL_MS : false),
  });
  const form = useForm<{
    fairnessPoints: number | string;
    candidatesPerPerson: number | string;
    coachLimit: number | string;
  }>({ initialValues: { fairnessPoints: 10, candidatesPerPerson: 50, coachLimit: '' } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<MatchingBatch>('/matching/batches', {
        fairnessPoints: v.fairnessPoints === '' ? undefined : Number(v.fairnessPoints),
        candidatesPerPerson: v.candidatesPerPerson === '' ? undefined : Number(v.candidatesPerPerson),
        coachLimit: v.coachLimit === '' ? null : Number(v.coachLimit),
      }),
    onSuccess: async (batch) => {
      await queryClient.invalidateQueries({ queryKey: ['matching', 'batches'] });
      notifications.show({ color: 'green', message: t('matching.batches.started') });
      void navigate(`/matching/batches/${batch.id}`);
    },
  });
  return (
    <>
      <PageHeader title={t('matching.batches.title')} description={t('matching.batches.description')} />
      <Paper withBorder p="lg" mb="md" component="section" aria-labelledby="batch-start">
        <Title order={2} size="h4" id="batch-start">
          {t('matching.batches.start')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('matching.batches.startIntro')}
        </Text>
        <form onSubmit={submit} noValidate>
          {message && (
            <Alert color="red" role="alert" mb="sm">
              {message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NumberInput
              label={t('matching.batches.fairnessPoints')}
              description={t('matching.batches.fairnessPointsHelp')}
              min={0}
              max={30}
              allowDecimal={false}
              {...form.getInputProps('fairnessPoints')}
            />
            <NumberInput
              label={t('matching.batches.candidatesPerPerson')}
              description={t('matching.batches.candidatesPerPersonHelp')}
              min={5}
              max={200}
              allowDecimal={false}
              {...form.getInputProps('candidatesPerPerson')}
            />
            <NumberInput
              label={t('matching.batches.coachLimit')}
              description={t('matching.batches.coachLimitHelp')}
              min={1}
              max={100}
              allowDecimal={false}
              {...form.getInputProps('coachLimit')}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={busy} leftSection={<IconPlayerPlay size={16} />}>
              {t('matching.batches.startSubmit')}
            </Button>
          </Group>
        </form>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="batch-runs">
        <Title order={2} size="h4" mb="md" id="batch-runs">
          {t('matching.batches.runs')}
        </Title>
        <QueryView query={query}>
          {(runs) =>
            runs.length === 0 ? (
              <EmptyState>{t('matching.batches.none')}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={860}>
                <Table striped aria-labelledby="batch-runs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('matching.batches.startedAt')}</Table.Th>
                      <Table.Th>{t('matching.batches.startedBy')}</Table.Th>
                      <Table.Th>{t('matching.batches.status')}</Table.Th>
                      <Table.Th>{t('matching.batches.assigned')}</Table.Th>
                      <Table.Th>{t('matching.batches.averageScore')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {runs.map((b) => (
                      <Table.Tr key={b.id}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/matching/batches/${b.id}`}
                            aria-label={t('matching.batches.openRun', { date: formatDateTime(b.startedAt) })}
                          >
                            {formatDateTime(b.startedAt)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{b.startedBy.name}</Table.Td>
                        <Table.Td>
                          <BatchStatusBadge status={b.status} />
                        </Table.Td>
                        <Table.Td>
                          {b.optimal && b.greedy
                            ? t('matching.batches.assignedPair', {
                                optimal: b.optimal.assigned,
                                greedy: b.greedy.assigned,
                              })
                            : '—'}
                        </Table.Td>
                        <Table.Td>
                          {b.optimal?.averageScore != null
                            ? formatNumber(b.optimal.averageScore, i18n.language)
                            : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryView>
      </Paper>
    </>
  );
}
