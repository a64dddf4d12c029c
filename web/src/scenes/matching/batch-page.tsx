import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { MatchingBatch, MatchingBatchPairPage } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { BatchStatusBadge, POLL_MS } from './batches-page';
import { formatNumber } from './explanation-text';
import { MatchExplainDialog } from './match-explain-dialog';

type Figures = NonNullable<MatchingBatch['optimal']>;

/** The difference between optimal and greedy in three sentences: how many placed, the score, the waiting time. */
export function comparisonSentences(t: TFunction, optimal: Figures, greedy: Figures, language: string) {
  const n = (value: number) => formatNumber(Math.abs(value), language);
  const assigned = optimal.assigned - greedy.assigned;
  const sentences = [
    assigned > 0
      ? t('matching.batches.summary.more', { count: assigned })
      : assigned < 0
        ? t('matching.batches.summary.fewer', { count: -assigned })
        : t('matching.batches.summary.same'),
  ];
  if (optimal.averageScore !== null && greedy.averageScore !== null) {
    const score = Math.round((optimal.averageScore - greedy.averageScore) * 10) / 10;
    sentences.push(
      score > 0
        ? t('matching.batches.summary.scoreHigher', { points: n(score) })
        : score < 0
          ? t('matching.batches.summary.scoreLower', { points: n(score) })
          : t('matching.batches.summary.scoreSame'),
    );
  }
  if (optimal.averageWaitingDays !== null && greedy.averageWaitingDays !== null) {
    const days = Math.round((optimal.averageWaitingDays - greedy.averageWaitingDays) * 10) / 10;
    sentences.push(
      days > 0
        ? t('matching.batches.summary.waitingLonger', { days: n(days) })
        : days < 0
          ? t('matching.batches.summary.waitingShorter', { days: n(days) })
          : t('matching.batches.summary.waitingSame'),
    );
  }
  return sentences;
}

/**
 * The review of one network-wide run: its input, optimal beside first-come greedy with the difference, the pairs
 * (paged; only where greedy chose otherwise, with its job beside) each with its "why", and publish or discard.
 * Polls while the run computes.
 */
export function BatchPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'publish' | 'discard' | null>(null);
  const key = ['matching', 'batches', id];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api.get<MatchingBatch>(`/matching/batches/${id}`),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? POLL_MS : false),
  });
  const decide = async (action: 'publish' | 'discard', version: number) => {
    const saved = await api.post<MatchingBatch>(`/matching/batches/${id}/${action}`, { version });
    queryClient.setQueryData(key, saved);
    await queryClient.invalidateQueries({ queryKey: ['matching'] });
    await queryClient.invalidateQueries({ queryKey: ['proposals'] });
    notifications.show({
      color: 'green',
      message: t(action === 'publish' ? 'matching.batches.published' : 'matching.batches.discarded'),
    });
  };
  return (
    <QueryView query={query}>
      {(b) => (
        <>
          <PageHeader
            title={t('matching.batches.reviewTitle', { date: formatDateTime(b.startedAt) })}
            description={
              <Group gap="xs" component="span">
                <BatchStatusBadge status={b.status} />
                <span>{b.startedBy.name}</span>
                <Anchor component={Link} to="/matching/batches" size="sm">
                  {t('matching.batches.runs')}
                </Anchor>
              </Group>
            }
            actions={
              <>
                {b.abilities.publish && (
                  <Button leftSection={<IconCheck size={16} />} onClick={() => setDialog('publish')}>
                    {t('matching.batches.publish')}
                  </Button>
                )}
                {b.abilities.discard && (
                  <Button
                    variant="default"
                    leftSection={<IconTrash size={16} />}
                    onClick={() => setDialog('discard')}
                  >
                    {t('matching.batches.discard')}
                  </Button>
                )}
              </>
            }
          />
          <Stack>
            {b.status === 'running' && (
              <Alert color="blue" role="status" icon={<Loader size="sm" aria-hidden />}>
                {t('matching.batches.running')}
              </Alert>
            )}
            {b.status === 'failed' && (
              <Alert color="red" role="alert">
                {t('matching.batches.failed', { error: b.error ?? '—' })}
              </Alert>
            )}
            {b.status === 'published' && (
              <Alert color="green" role="status">
                {t('matching.batches.publishedInfo', {
                  count: b.proposalsCreated,
                  date: formatDateTime(b.publishedAt),
                })}{' '}
                <Anchor component={Link} to={`/proposals?batchId=${b.id}`}>
                  {t('matching.batches.viewProposals')}
                </Anchor>
              </Alert>
            )}
            {b.status === 'discarded' && (
              <Alert color="gray" role="status">
                {t('matching.batches.discardedInfo')}
              </Alert>
            )}
            {b.optimal && b.greedy && (
              <>
                <Comparison batch={b} optimal={b.optimal} greedy={b.greedy} />
                <Pairs batch={b} />
              </>
            )}
          </Stack>
          <ConfirmDialog
            opened={dialog === 'publish'}
            onClose={() => setDialog(null)}
            title={t('matching.batches.publishTitle')}
            confirmLabel={t('matching.batches.publish')}
            confirmColor="blue"
            onConfirm={() => decide('publish', b.version)}
            conflictKey={key}
          >
            {t('matching.batches.publishText', { count: b.optimal?.assigned ?? 0 })}
          </ConfirmDialog>
          <ConfirmDialog
            opened={dialog === 'discard'}
            onClose={() => setDialog(null)}
            title={t('matching.batches.discardTitle')}
            confirmLabel={t('matching.batches.discard')}
            onConfirm={() => decide('discard', b.version)}
            conflictKey={key}
          >
            {t('matching.batches.discardText')}
          </ConfirmDialog>
        </>
      )}
    </QueryView>
  );
}

function Comparison({
  batch: b,
  optimal,
  greedy,
}: {
  batch: MatchingBatch;
  optimal: Figures;
  greedy: Figures;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number | null) => (value === null ? '—' : formatNumber(value, i18n.language));
  const diff = (a: number | null, c: number | null) => {
    if (a === null || c === null) {
      return '—';
    }
    const d = Math.round((a - c) * 10) / 10;
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatNumber(Math.abs(d), i18n.language)}`;
  };
  const rows = [
    { label: t('matching.batches.assigned'), o: optimal.assigned, g: greedy.assigned },
    { label: t('matching.batches.objective'), o: optimal.objective, g: greedy.objective },
    { label: t('matching.batches.averageScore'), o: optimal.averageScore, g: greedy.averageScore },
    {
      label: t('matching.batches.averageWaitingDays'),
      o: optimal.averageWaitingDays,
      g: greedy.averageWaitingDays,
    },
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="batch-comparison">
      <Title order={2} size="h4" id="batch-comparison">
        {t('matching.batches.comparison')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('matching.batches.comparisonHelp')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-labelledby="batch-comparison" maw={760} withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matching.batches.measure')}</Table.Th>
              <Table.Th ta="right">{t('matching.batches.optimal')}</Table.Th>
              <Table.Th ta="right">{t('matching.batches.greedy')}</Table.Th>
              <Table.Th ta="right">{t('matching.batches.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Th scope="row" fw={500}>
                  {r.label}
                </Table.Th>
                <Table.Td ta="right">{n(r.o)}</Table.Td>
                <Table.Td ta="right">{n(r.g)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {diff(r.o, r.g)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={2} mt="md">
        {comparisonSentences(t, optimal, greedy, i18n.language).map((s) => (
          <Text key={s} size="sm">
            {s}
          </Text>
        ))}
      </Stack>
      <Text size="sm" c="dimmed" mt="md">
        {t('matching.batches.inputLine', {
          persons: b.persons ?? 0,
          jobs: b.jobs ?? 0,
          positions: b.positions ?? 0,
          edges: b.candidateEdges ?? 0,
          ms: b.solveMs ?? 0,
        })}{' '}
        {t('matching.batches.parameters', {
          fairness: b.fairnessPoints,
          candidates: b.candidatesPerPerson,
          coachLimit: b.coachLimit
            ? t('matching.batches.coachLimitValue', { limit: b.coachLimit })
            : t('matching.batches.noCoachLimit'),
        })}
      </Text>
    </Paper>
  );
}

function Pairs({ batch: b }: { batch: MatchingBatch }) {
  const { t, i18n } = useTranslation();
  const { params, update, page } = useFilters();
  const method = params.get('method') === 'greedy' ? 'greedy' : 'optimal';
  const onlyDifferent = params.get('onlyDifferent') === 'true';
  const [why, setWhy] = useState<{ participantId: string; jobId: string } | null>(null);
  const query = useQuery({
    queryKey: ['matching', 'batches', b.id, 'pairs', { method, onlyDifferent, page }],
    queryFn: () =>
      api.get<MatchingBatchPairPage>(`/matching/batches/${b.id}/pairs`, {
        method,
        onlyDifferent,
        page,
        pageSize: 25,
      }),
    placeholderData: keepPreviousData,
  });
  const otherLabel =
    method === 'optimal' ? t('matching.batches.otherJob') : t('matching.batches.otherJobOptimal');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="batch-pairs">
      <Title order={2} size="h4" mb="md" id="batch-pairs">
        {t('matching.batches.pairs')}
      </Title>
      <Group mb="md" gap="lg" wrap="wrap">
        <SegmentedControl
          aria-label={t('matching.batches.method')}
          value={method}
          onChange={(value) => update({ method: value === 'optimal' ? null : value })}
          data={[
            { value: 'optimal', label: t('matching.batches.optimal') },
            { value: 'greedy', label: t('matching.batches.greedy') },
          ]}
        />
        <Switch
          label={t('matching.batches.onlyDifferent')}
          checked={onlyDifferent}
          onChange={(event) => update({ onlyDifferent: event.currentTarget.checked ? 'true' : null })}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('matching.batches.noPairs')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped aria-labelledby="batch-pairs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('matching.batches.participant')}</Table.Th>
                      <Table.Th>{t('matching.batches.waitingDays')}</Table.Th>
                      <Table.Th>{t('matching.batches.job')}</Table.Th>
                      <Table.Th ta="right">{t('matching.batches.score')}</Table.Th>
                      <Table.Th>{otherLabel}</Table.Th>
                      <Table.Th>{t('matching.batches.why')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((pair) => {
                      const name = `${pair.participant.firstName} ${pair.participant.lastName}`;
                      return (
                        <Table.Tr key={pair.participant.id}>
                          <Table.Td>{name}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {t('matching.candidates.waitingDays', { count: pair.participant.waitingDays })}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{pair.job.title}</Text>
                            <Text size="xs" c="dimmed">
                              {pair.job.employer.name}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">{formatNumber(pair.score, i18n.language)}</Table.Td>
                          <Table.Td>
                            {pair.otherMethodJob ? (
                              <>
                                <Text size="sm">{pair.otherMethodJob.title}</Text>
                                <Text size="xs" c="dimmed">
                                  {t('matching.batches.score')}{' '}
                                  {formatNumber(pair.otherMethodJob.score, i18n.language)}
                                </Text>
                              </>
                            ) : (
                              <Text size="sm" c="dimmed">
                                {t('matching.batches.noJob')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('matching.batches.whyPair', {
                                participant: name,
                                job: pair.job.title,
                              })}
                              onClick={() =>
                                setWhy({ participantId: pair.participant.id, jobId: pair.job.id })
                              }
                            >
                              {t('matching.batches.why')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )
        }
      </QueryView>
      <MatchExplainDialog
        participantId={why?.participantId ?? null}
        jobId={why?.jobId ?? null}
        onClose={() => setWhy(null)}
        isProposable={false}
      />
    </Paper>
  );
}
