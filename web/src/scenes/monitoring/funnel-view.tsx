import { BarChart } from '@mantine/charts';
import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_BYS, type GroupBy } from '../../../../server/src/modules/monitoring/monitoring.schemas';
import { api } from '../../api/client';
import type { Funnel } from '../../api/types';
import { EmptyState, QueryView } from '../../components/page';
import { CountCell } from '../../components/suppressed';
import { TableScroll } from '../../components/table-scroll';
import { ExportLinks, type MonitoringFilters, PeriodNote, percent } from './monitoring-shared';

/** The referral funnel per group: referred → first contact → indicated → advice → validated → started. */
export function FunnelView({ filters }: { filters: MonitoringFilters }) {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<GroupBy>('measure');
  const query = { ...filters, groupBy };
  const funnel = useQuery({
    queryKey: ['monitoring', 'funnel', query],
    queryFn: () => api.get<Funnel>('/monitoring/funnel', query),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('monitoring.filters.groupBy')}
          value={groupBy}
          allowDeselect={false}
          onChange={(v) => v && setGroupBy(v as GroupBy)}
          data={GROUP_BYS.map((g) => ({ value: g, label: t(`monitoring.groupBys.${g}`) }))}
          w={200}
        />
        <ExportLinks path="/monitoring/funnel" query={query} table={t('monitoring.funnel.title')} />
      </Group>
      <QueryView query={funnel}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState>{t('monitoring.funnel.empty')}</EmptyState>
          ) : (
            <>
              <PeriodNote from={data.from} to={data.to} minimum={data.minimumCell} />
              <FunnelChart data={data} />
              <FunnelTable data={data} />
              <ReasonsTable data={data} />
            </>
          )
        }
      </QueryView>
    </Stack>
  );
}

function FunnelChart({ data }: { data: Funnel }) {
  const { t } = useTranslation();
  // A hidden total is left out of the chart rather than drawn as zero; the table says it is hidden.
  const rows = data.steps
    .filter((s) => data.total[s] !== null && data.total[s] !== undefined)
    .map((s) => ({ step: t(`monitoring.steps.${s}`), people: data.total[s] }));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="funnel-chart">
      <Title order={2} size="h3" mb="md" id="funnel-chart">
        {t('monitoring.funnel.chartTitle')}
      </Title>
      <div role="img" aria-label={t('monitoring.funnel.chartSummary')}>
        <BarChart
          h={260}
          data={rows}
          dataKey="step"
          barChartProps={{ accessibilityLayer: false }}
          series={[{ name: 'people', label: t('monitoring.steps.referred'), color: 'blue.7' }]}
        />
      </div>
    </Paper>
  );
}

function FunnelTable({ data }: { data: Funnel }) {
  const { t } = useTranslation();
  const row = (label: string, values: Funnel['total'], key: string, isTotal = false) => (
    <Table.Tr key={key} fw={isTotal ? 700 : undefined}>
      <Table.Th scope="row" fw={isTotal ? 700 : 400}>
        {label}
      </Table.Th>
      {data.steps.map((s) => (
        <Table.Td key={s} ta="right">
          <CountCell value={values[s] ?? null} minimum={data.minimumCell} />
        </Table.Td>
      ))}
      <Table.Td ta="right">{percent(values.started, values.referred)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="funnel-table">
      <Title order={2} size="h3" mb="md" id="funnel-table">
        {t('monitoring.funnel.title')}
      </Title>
      <TableScroll minWidth={760} label={t('monitoring.funnel.title')}>
        <Table striped aria-labelledby="funnel-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`monitoring.groupBys.${data.groupBy}`)}</Table.Th>
              {data.steps.map((s) => (
                <Table.Th key={s} ta="right">
                  {t(`monitoring.steps.${s}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('monitoring.funnel.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => row(groupLabel(t, data.groupBy, r.group), r.values, r.group.key))}
            {data.groupBy !== 'none' && row(t('monitoring.funnel.total'), data.total, 'total', true)}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}

/** Measures and channels in the UI's language; other groups (organisations, places, periods) as the server names them. */
export function groupLabel(
  t: (key: string) => string,
  groupBy: string,
  group: { key: string; label: string },
) {
  if (group.key === '-') {
    return group.label;
  }
  if (groupBy === 'measure') {
    return t(`measures.${group.key}`);
  }
  if (groupBy === 'channel') {
    return t(`referrals.channels.${group.key}`);
  }
  return group.label;
}

function ReasonsTable({ data }: { data: Funnel }) {
  const { t } = useTranslation();
  const reasons = [...new Set(data.noStartReasons.map((r) => r.reason))];
  const groups = [...new Map(data.noStartReasons.map((r) => [r.group.key, r.group])).values()];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="funnel-reasons">
      <Title order={2} size="h3" mb="md" id="funnel-reasons">
        {t('monitoring.funnel.reasonsTitle')}
      </Title>
      {reasons.length === 0 ? (
        <Text c="dimmed">{t('monitoring.funnel.reasonsEmpty')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('monitoring.funnel.reasonsLabel')}>
          <Table striped aria-label={t('monitoring.funnel.reasonsLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring.funnel.reason')}</Table.Th>
                {groups.map((g) => (
                  <Table.Th key={g.key} ta="right">
                    {groupLabel(t, data.groupBy, g)}
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
                  {groups.map((g) => {
                    const cell = data.noStartReasons.find(
                      (r) => r.group.key === g.key && r.reason === reason,
                    );
                    return (
                      <Table.Td key={g.key} ta="right">
                        <CountCell value={cell ? cell.count : 0} minimum={data.minimumCell} />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}
