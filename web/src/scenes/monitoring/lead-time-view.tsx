import { LineChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { LeadTimeSeries } from '../../api/types';
import { EmptyState, QueryView } from '../../components/page';
import { CountCell } from '../../components/suppressed';
import { TableScroll } from '../../components/table-scroll';
import { ExportLinks, type MonitoringFilters, PeriodNote } from './monitoring-shared';

const CHANNELS = ['vdab', 'gtb', 'ocmw_indication_cell'] as const;
const CHANNEL_COLORS = { vdab: 'blue.8', gtb: 'teal.8', ocmw_indication_cell: 'grape.8' } as const;
const STEPS = ['referralToAdvice', 'adviceToValidation'] as const;

const days = (v: number | null) =>
  v === null ? '—' : v.toLocaleString(undefined, { maximumFractionDigits: 1 });

/** Lead times of the indication channels over time: the median per period in a chart, median and P90 in a table. */
export function LeadTimeView({ filters }: { filters: MonitoringFilters }) {
  const { t } = useTranslation();
  const [bucket, setBucket] = useState<'quarter' | 'month'>('quarter');
  const query = { ...filters, groupBy: bucket };
  const series = useQuery({
    queryKey: ['monitoring', 'lead-times', query],
    queryFn: () => api.get<LeadTimeSeries>('/monitoring/lead-times', query),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="lead-time-bucket">
            {t('monitoring.leadTimes.bucket')}
          </Text>
          <SegmentedControl
            aria-labelledby="lead-time-bucket"
            value={bucket}
            onChange={(v) => setBucket(v as 'quarter' | 'month')}
            data={(['quarter', 'month'] as const).map((b) => ({
              value: b,
              label: t(`monitoring.leadTimes.buckets.${b}`),
            }))}
          />
        </Stack>
        <ExportLinks path="/monitoring/lead-times" query={query} table={t('monitoring.leadTimes.title')} />
      </Group>
      <QueryView query={series}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState>{t('monitoring.leadTimes.empty')}</EmptyState>
          ) : (
            <>
              <PeriodNote from={data.from} to={data.to} minimum={data.minimumCell} />
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {STEPS.map((step) => (
                  <MedianChart key={step} data={data} step={step} />
                ))}
              </SimpleGrid>
              <LeadTimeTable data={data} />
            </>
          )
        }
      </QueryView>
    </Stack>
  );
}

function MedianChart({ data, step }: { data: LeadTimeSeries; step: (typeof STEPS)[number] }) {
  const { t } = useTranslation();
  const periods = [...new Set(data.rows.map((r) => r.period))].sort();
  const rows = periods.map((period) => ({
    period,
    ...Object.fromEntries(
      CHANNELS.map((c) => [
        c,
        data.rows.find((r) => r.period === period && r.channel === c && r.step === step)?.medianDays ?? null,
      ]),
    ),
  }));
  const title = t('monitoring.leadTimes.chartTitle', { step: t(`monitoring.leadTimes.steps.${step}`) });
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      <div role="img" aria-label={t('monitoring.leadTimes.chartSummary')}>
        <LineChart
          h={240}
          data={rows}
          dataKey="period"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          connectNulls
          unit=" d"
          lineChartProps={{ accessibilityLayer: false }}
          series={CHANNELS.map((c) => ({
            name: c,
            label: t(`referrals.channels.${c}`),
            color: CHANNEL_COLORS[c],
          }))}
        />
      </div>
    </Paper>
  );
}

function LeadTimeTable({ data }: { data: LeadTimeSeries }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="lead-time-table">
      <Title order={2} size="h3" mb="md" id="lead-time-table">
        {t('monitoring.leadTimes.title')}
      </Title>
      <TableScroll minWidth={640} maxHeight={480} label={t('monitoring.leadTimes.title')}>
        <Table striped stickyHeader aria-labelledby="lead-time-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monitoring.leadTimes.periodColumn')}</Table.Th>
              <Table.Th>{t('monitoring.leadTimes.channel')}</Table.Th>
              <Table.Th>{t('monitoring.leadTimes.step')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.leadTimes.n')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.leadTimes.median')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.leadTimes.p90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={`${r.period}-${r.channel}-${r.step}`}>
                <Table.Td>{r.period}</Table.Td>
                <Table.Td>{t(`referrals.channels.${r.channel}`)}</Table.Td>
                <Table.Td>{t(`monitoring.leadTimes.steps.${r.step}`)}</Table.Td>
                <Table.Td ta="right">
                  <CountCell value={r.n} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">{days(r.medianDays)}</Table.Td>
                <Table.Td ta="right">{days(r.p90Days)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}
