import {
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_FIGURES } from '../../../../server/src/modules/monitoring/monitoring.schemas';
import { api } from '../../api/client';
import type { MonitoringMap } from '../../api/types';
import { QueryView } from '../../components/page';
import { CountCell } from '../../components/suppressed';
import { TableScroll } from '../../components/table-scroll';
import { FlandersMap } from './flanders-map';
import { ExportLinks, type MonitoringFilters, PeriodNote, percent } from './monitoring-shared';

type Figure = (typeof MAP_FIGURES)[number];
type Level = 'municipality' | 'province';

/** A figure per municipality or province: the map, and the tables per province and per municipality. */
export function MapView({ filters }: { filters: MonitoringFilters }) {
  const { t } = useTranslation();
  const [figure, setFigure] = useState<Figure>('referred');
  const [level, setLevel] = useState<Level>('municipality');
  const query = { ...filters, figure, level };
  const map = useQuery({
    queryKey: ['monitoring', 'map', query],
    queryFn: () => api.get<MonitoringMap>('/monitoring/map', query),
    placeholderData: keepPreviousData,
  });
  const provincesQuery = { ...filters, figure, level: 'province' };
  const provinces = useQuery({
    queryKey: ['monitoring', 'map', provincesQuery],
    queryFn: () => api.get<MonitoringMap>('/monitoring/map', provincesQuery),
    placeholderData: keepPreviousData,
    enabled: level === 'municipality',
  });
  const format = (v: number) =>
    figure === 'start_rate'
      ? `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`
      : v.toLocaleString(undefined, { maximumFractionDigits: 0 });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('monitoring.map.figure')}
            value={figure}
            allowDeselect={false}
            onChange={(v) => v && setFigure(v as Figure)}
            data={MAP_FIGURES.map((f) => ({ value: f, label: t(`monitoring.map.figures.${f}`) }))}
            w={200}
          />
          <Stack gap={4}>
            <span id="map-level" style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500 }}>
              {t('monitoring.map.level')}
            </span>
            <SegmentedControl
              aria-labelledby="map-level"
              value={level}
              onChange={(v) => setLevel(v as Level)}
              data={(['municipality', 'province'] as const).map((l) => ({
                value: l,
                label: t(`monitoring.map.levels.${l}`),
              }))}
            />
          </Stack>
        </Group>
        <ExportLinks path="/monitoring/map" query={query} table={t('monitoring.map.title')} />
      </Group>
      <QueryView query={map}>
        {(data) => {
          const values = new Map(data.rows.map((r) => [r.nis, r.value]));
          const top = data.rows
            .filter((r) => r.value !== null)
            .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
            .slice(0, 3)
            .map((r) => `${r.name} (${format(r.value!)})`);
          const summary =
            top.length === 0
              ? t('monitoring.map.summaryEmpty')
              : t('monitoring.map.summary', {
                  figure: t(`monitoring.map.figures.${figure}`),
                  top: top.join(', '),
                });
          return (
            <>
              <PeriodNote from={data.from} to={data.to} minimum={data.minimumCell} />
              <Paper withBorder p="lg" component="section" aria-labelledby="map-title">
                <Title order={2} size="h3" mb="md" id="map-title">
                  {t('monitoring.map.title')}
                </Title>
                <FlandersMap
                  values={values}
                  byProvince={level === 'province'}
                  label={summary}
                  format={format}
                />
              </Paper>
              <SimpleGrid cols={{ base: 1, lg: level === 'municipality' ? 2 : 1 }}>
                {level === 'province' ? (
                  <RegionTable data={data} title={t('monitoring.map.provincesTitle')} id="provinces" />
                ) : (
                  <>
                    {provinces.data && (
                      <RegionTable
                        data={provinces.data}
                        title={t('monitoring.map.provincesTitle')}
                        id="provinces"
                      />
                    )}
                    <RegionTable
                      data={data}
                      title={t('monitoring.map.municipalitiesTitle')}
                      id="municipalities"
                      searchable
                    />
                  </>
                )}
              </SimpleGrid>
            </>
          );
        }}
      </QueryView>
    </Stack>
  );
}

function RegionTable({
  data,
  title,
  id,
  searchable = false,
}: {
  data: MonitoringMap;
  title: string;
  id: string;
  searchable?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [onlyWithData, setOnlyWithData] = useState(true);
  const needle = search.trim().toLocaleLowerCase();
  const rows = data.rows.filter(
    (r) =>
      (!needle || r.name.toLocaleLowerCase().includes(needle)) &&
      (!searchable || !onlyWithData || r.referred !== 0),
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" mb="md" id={`${id}-title`}>
        {title}
      </Title>
      {searchable && (
        <Group mb="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('monitoring.map.filterMunicipalities')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Switch
            label={t('monitoring.map.onlyWithData')}
            checked={onlyWithData}
            onChange={(e) => setOnlyWithData(e.currentTarget.checked)}
          />
        </Group>
      )}
      <TableScroll minWidth={420} maxHeight={420} label={title}>
        <Table striped stickyHeader aria-labelledby={`${id}-title`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monitoring.map.name')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.map.referred')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.map.started')}</Table.Th>
              <Table.Th ta="right">{t('monitoring.map.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.nis}>
                <Table.Th scope="row" fw={400}>
                  {r.name}
                </Table.Th>
                <Table.Td ta="right">
                  <CountCell value={r.referred} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={r.started} minimum={data.minimumCell} />
                </Table.Td>
                <Table.Td ta="right">{percent(r.started, r.referred)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}
