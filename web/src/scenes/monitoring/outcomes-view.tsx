import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_BYS, type GroupBy } from '../../../../server/src/modules/monitoring/monitoring.schemas';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { MonitoringOutcomes, SuccessDefinition } from '../../api/types';
import { EmptyState, QueryView } from '../../components/page';
import { CountCell } from '../../components/suppressed';
import { TableScroll } from '../../components/table-scroll';
import { groupLabel } from './funnel-view';
import { ExportLinks, type MonitoringFilters, PeriodNote } from './monitoring-shared';
import { SuccessDefinitionsDialog } from './success-definitions-dialog';

const rate = (v: number | null) =>
  v === null ? '—' : `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;

/** Outcomes of the trajectories closed in the period, and success by each chosen definition, side by side. */
export function OutcomesView({ filters }: { filters: MonitoringFilters }) {
  const { t } = useTranslation();
  const can = useCan();
  const [groupBy, setGroupBy] = useState<GroupBy>('measure');
  const [chosen, setChosen] = useState<string[]>([]);
  const [isManaging, setManaging] = useState(false);
  const definitions = useQuery({
    queryKey: ['monitoring', 'success-definitions'],
    queryFn: () => api.get<SuccessDefinition[]>('/monitoring/success-definitions'),
  });
  const query = { ...filters, groupBy, definitions: chosen.length > 0 ? chosen.join(',') : undefined };
  const outcomes = useQuery({
    queryKey: ['monitoring', 'outcomes', query],
    queryFn: () => api.get<MonitoringOutcomes>('/monitoring/outcomes', query),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Text size="sm">{t('monitoring.outcomes.description')}</Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('monitoring.filters.groupBy')}
            value={groupBy}
            allowDeselect={false}
            onChange={(v) => v && setGroupBy(v as GroupBy)}
            data={GROUP_BYS.map((g) => ({ value: g, label: t(`monitoring.groupBys.${g}`) }))}
            w={200}
          />
          <MultiSelect
            label={t('monitoring.outcomes.definitions')}
            value={chosen}
            onChange={setChosen}
            placeholder={chosen.length === 0 ? t('monitoring.outcomes.allActive') : undefined}
            data={(definitions.data ?? []).map((d) => ({ value: d.key, label: d.name }))}
            clearable
            w={420}
          />
        </Group>
        <Group gap="xs">
          {can('monitoring.manage') && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSettings size={16} />}
              onClick={() => setManaging(true)}
            >
              {t('monitoring.outcomes.manage')}
            </Button>
          )}
          <ExportLinks path="/monitoring/outcomes" query={query} table={t('monitoring.outcomes.title')} />
        </Group>
      </Group>
      <QueryView query={outcomes}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState>{t('monitoring.outcomes.empty')}</EmptyState>
          ) : (
            <>
              <PeriodNote from={data.from} to={data.to} minimum={data.minimumCell} />
              <OutcomeTable data={data} />
              <SimpleGrid cols={{ base: 1, xl: data.definitions.length > 1 ? 2 : 1 }}>
                {data.definitions.map((d) => (
                  <SuccessTable key={d.key} data={data} definitionKey={d.key} />
                ))}
              </SimpleGrid>
            </>
          )
        }
      </QueryView>
      {isManaging && definitions.data && (
        <SuccessDefinitionsDialog definitions={definitions.data} onClose={() => setManaging(false)} />
      )}
    </Stack>
  );
}

function OutcomeTable({ data }: { data: MonitoringOutcomes }) {
  const { t } = useTranslation();
  const rows = [
    ...data.rows.map((r) => ({ key: r.group.key, label: groupLabel(t, data.groupBy, r.group), ...r })),
    { key: 'total', label: t('monitoring.funnel.total'), ...data.total },
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="outcomes-table">
      <Title order={2} size="h3" mb="md" id="outcomes-table">
        {t('monitoring.outcomes.title')}
      </Title>
      <TableScroll minWidth={820} label={t('monitoring.outcomes.title')}>
        <Table striped aria-labelledby="outcomes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`monitoring.groupBys.${data.groupBy}`)}</Table.Th>
              <Table.Th ta="right">{t('monitoring.outcomes.closed')}</Table.Th>
              {data.outcomeKinds.map((k) => (
                <Table.Th key={k} ta="right">
                  {t(`monitoring.outcomes.kinds.${k}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} fw={r.key === 'total' ? 700 : undefined}>
                <Table.Th scope="row" fw={r.key === 'total' ? 700 : 400}>
                  {r.label}
                </Table.Th>
                <Table.Td ta="right">
                  <CountCell value={r.closed} minimum={data.minimumCell} />
                </Table.Td>
                {data.outcomeKinds.map((k) => (
                  <Table.Td key={k} ta="right">
                    <CountCell value={r.outcomes[k] ?? null} minimum={data.minimumCell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}

function SuccessTable({ data, definitionKey }: { data: MonitoringOutcomes; definitionKey: string }) {
  const { t } = useTranslation();
  const definition = data.definitions.find((d) => d.key === definitionKey)!;
  const id = `success-${definitionKey}`;
  const rows = [
    ...data.rows.map((r) => ({
      key: r.group.key,
      label: groupLabel(t, data.groupBy, r.group),
      s: r.success[definitionKey]!,
    })),
    { key: 'total', label: t('monitoring.funnel.total'), s: data.total.success[definitionKey]! },
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group gap="xs" mb={4}>
        <Badge variant="light" color="gray">
          {definitionKey}
        </Badge>
      </Group>
      <Title order={2} size="h4" id={id}>
        {definition.name}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {definition.description}
      </Text>
      <TableScroll minWidth={560} label={definition.name}>
        <Table striped aria-label={t('monitoring.outcomes.definitionLabel', { name: definition.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`monitoring.groupBys.${data.groupBy}`)}</Table.Th>
              <Table.Th ta="right">{t('monitoring.outcomes.counted')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.outcomes.met')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.outcomes.notMet')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.outcomes.pending')}</Table.Th>
              <Table.Th ta="right" title={t('monitoring.outcomes.rateHelp')}>
                {t('monitoring.outcomes.rate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ key, label, s }) => (
              <Table.Tr key={key} fw={key === 'total' ? 700 : undefined}>
                <Table.Th scope="row" fw={key === 'total' ? 700 : 400}>
                  {label}
                </Table.Th>
                <Table.Td ta="right">
                  <CountCell value={s.counted} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={s.met} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={s.notMet} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={s.pending} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">{rate(s.rate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="xs" c="dimmed" mt="xs">
        {t('monitoring.outcomes.rateHelp')}
      </Text>
    </Paper>
  );
}
