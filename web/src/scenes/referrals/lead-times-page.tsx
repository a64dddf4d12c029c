import { BarChart } from '@mantine/charts';
import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, NO_START_REASONS, REFERRAL_CHANNELS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { LeadTimes, NoStartReasons } from '../../api/types';
import { formatDate } from '../../components/format';
import { OrganisationSelect } from '../../components/organisation-select';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { Suppressed } from '../../components/suppressed';
import { useFilters } from '../../components/use-filters';

const STEPS = [
  'referralToFirstContact',
  'firstContactToIndication',
  'indicationToAdvice',
  'adviceToValidation',
  'referralToValidation',
  'referralToStart',
] as const;
const COUNTS = ['referrals', 'started', 'noStart', 'noAnswer', 'open'] as const;
/** The steps the chart compares per channel: how long until someone answers, and until someone starts. */
const CHART_STEPS = ['referralToFirstContact', 'referralToStart'] as const;
const CHART_COLORS = { referralToFirstContact: 'blue.7', referralToStart: 'teal.8' } as const;
const FILTERS = ['from', 'to', 'channel', 'measure', 'targetOrganisationId'] as const;

function days(value: number | null): ReactNode {
  return value === null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 1 });
}

/**
 * Lead times of the referral flow per channel (median and 90th percentile days per step, with the counts of how
 * referrals ended) and why people did not start. Only aggregated figures; cells under five cases are hidden.
 */
export function LeadTimesPage() {
  const { t } = useTranslation();
  const { params, update } = useFilters();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [debounced] = useDebouncedValue(filters, 300);
  const leadTimes = useQuery({
    queryKey: ['referrals', 'lead-times', debounced],
    queryFn: () => api.get<LeadTimes>('/referrals/lead-times', debounced),
    placeholderData: keepPreviousData,
  });
  const reasons = useQuery({
    queryKey: ['referrals', 'no-start-reasons', debounced],
    queryFn: () => api.get<NoStartReasons>('/referrals/no-start-reasons', debounced),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t('leadTimes.title')} description={t('leadTimes.description')} />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('leadTimes.from')}
          type="date"
          value={filters.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t('leadTimes.to')}
          type="date"
          value={filters.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
        <Select
          label={t('referrals.channel')}
          clearable
          value={filters.channel || null}
          onChange={(v) => update({ channel: v })}
          data={REFERRAL_CHANNELS.map((c) => ({ value: c, label: t(`referrals.channels.${c}`) }))}
          w={210}
        />
        <Select
          label={t('referrals.measure')}
          clearable
          value={filters.measure || null}
          onChange={(v) => update({ measure: v })}
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          w={250}
        />
        <OrganisationSelect
          label={t('leadTimes.targetOrganisation')}
          clearable
          value={filters.targetOrganisationId || null}
          onChange={(v) => update({ targetOrganisationId: v })}
        />
      </Group>
      <QueryView query={leadTimes}>
        {(data) => (
          <Stack>
            <Text size="sm">
              {t('leadTimes.period', { from: formatDate(data.from), to: formatDate(data.to) })}{' '}
              {t('leadTimes.suppressedExplained', { minimum: data.minimumCell })}
            </Text>
            {data.channels.length === 0 ? (
              <EmptyState>{t('leadTimes.empty')}</EmptyState>
            ) : (
              <>
                <MedianChart data={data} />
                <Title order={2} size="h3">
                  {t('leadTimes.perChannel')}
                </Title>
                <SimpleGrid cols={{ base: 1, lg: 2 }}>
                  {data.channels.map((c) => (
                    <ChannelCard key={c.channel} channel={c} minimum={data.minimumCell} />
                  ))}
                </SimpleGrid>
              </>
            )}
          </Stack>
        )}
      </QueryView>
      <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby="no-start-reasons">
        <Title order={2} size="h3" mb="md" id="no-start-reasons">
          {t('leadTimes.reasonsTitle')}
        </Title>
        <QueryView query={reasons}>{(data) => <ReasonsTable data={data} />}</QueryView>
      </Paper>
    </>
  );
}

function MedianChart({ data }: { data: LeadTimes }) {
  const { t } = useTranslation();
  const rows = data.channels.map((c) => ({
    channel: t(`referrals.channels.${c.channel}`),
    ...Object.fromEntries(CHART_STEPS.map((s) => [s, c.steps[s].medianDays])),
  }));
  const hasAny = data.channels.some((c) => CHART_STEPS.some((s) => c.steps[s].medianDays !== null));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="lead-time-chart">
      <Title order={2} size="h3" mb="md" id="lead-time-chart">
        {t('leadTimes.chartTitle')}
      </Title>
      {hasAny ? (
        <div role="img" aria-label={t('leadTimes.chartSummary')}>
          <BarChart
            h={280}
            data={rows}
            dataKey="channel"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            unit=" d"
            // The figures are in the tables below; a keyboard stop inside an image would lead nowhere.
            barChartProps={{ accessibilityLayer: false }}
            series={CHART_STEPS.map((s) => ({
              name: s,
              label: t(`leadTimes.steps.${s}`),
              color: CHART_COLORS[s],
            }))}
          />
        </div>
      ) : (
        <Text c="dimmed">{t('leadTimes.chartEmpty')}</Text>
      )}
    </Paper>
  );
}

function ChannelCard({ channel: c, minimum }: { channel: LeadTimes['channels'][number]; minimum: number }) {
  const { t } = useTranslation();
  const name = t(`referrals.channels.${c.channel}`);
  return (
    <Paper withBorder p="lg" component="section" aria-label={name}>
      <Title order={3} size="h4" mb="sm">
        {name}
      </Title>
      <Group gap="lg" mb="md" component="dl" aria-label={t('leadTimes.countsLabel', { channel: name })} m={0}>
        {COUNTS.map((k) => (
          <div key={k}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t(`leadTimes.counts.${k}`)}
            </Text>
            <Text component="dd" fw={700} size="lg" m={0}>
              {c[k]}
            </Text>
          </div>
        ))}
      </Group>
      <Table aria-label={t('leadTimes.tableLabel', { channel: name })} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leadTimes.step')}</Table.Th>
            <Table.Th ta="right">{t('leadTimes.n')}</Table.Th>
            <Table.Th ta="right">{t('leadTimes.median')}</Table.Th>
            <Table.Th ta="right">{t('leadTimes.p90')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {STEPS.map((s) => {
            const f = c.steps[s];
            return (
              <Table.Tr key={s}>
                <Table.Th scope="row" fw={400}>
                  {t(`leadTimes.steps.${s}`)}
                </Table.Th>
                <Table.Td ta="right">{f.isSuppressed ? <Suppressed minimum={minimum} /> : f.n}</Table.Td>
                <Table.Td ta="right">{f.isSuppressed ? '—' : days(f.medianDays)}</Table.Td>
                <Table.Td ta="right">{f.isSuppressed ? '—' : days(f.p90Days)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ReasonsTable({ data }: { data: NoStartReasons }) {
  const { t } = useTranslation();
  if (data.rows.length === 0) {
    return <Text c="dimmed">{t('leadTimes.reasonsEmpty')}</Text>;
  }
  const channels = REFERRAL_CHANNELS.filter((c) => data.rows.some((r) => r.channel === c));
  const reasons = [...NO_START_REASONS, 'no_answer' as const].filter((reason) =>
    data.rows.some((r) => r.reason === reason),
  );
  const cell = (channel: string, reason: string) =>
    data.rows.find((r) => r.channel === channel && r.reason === reason);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={t('leadTimes.reasonsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leadTimes.reason')}</Table.Th>
            {channels.map((c) => (
              <Table.Th key={c} ta="right">
                {t(`referrals.channels.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map((reason) => (
            <Table.Tr key={reason}>
              <Table.Th scope="row" fw={400}>
                {t(`referrals.noStartReasons.${reason}`)}
              </Table.Th>
              {channels.map((c) => {
                const found = cell(c, reason);
                return (
                  <Table.Td key={c} ta="right">
                    {!found ? (
                      0
                    ) : found.count === null ? (
                      <Suppressed minimum={data.minimumCell} />
                    ) : (
                      found.count
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
