import { Button, Group, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Query, toQueryString } from '../../api/client';
import { formatDate } from '../../components/format';

/** The filters every monitoring view shares (kept in the URL). */
export const MONITORING_FILTERS = [
  'from',
  'to',
  'measure',
  'channel',
  'organisationId',
  'provinceNis',
] as const;
export type MonitoringFilters = Record<(typeof MONITORING_FILTERS)[number], string>;

/** Download links of a figure's table as CSV and XLSX: plain links, the session cookie authorises them. */
export function ExportLinks({ path, query, table }: { path: string; query: Query; table: string }) {
  const { t } = useTranslation();
  const href = (format: 'csv' | 'xlsx') => `/api${path}${toQueryString({ ...query, format })}`;
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        component="a"
        href={href('csv')}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileTypeCsv size={16} />}
        aria-label={t('monitoring.export.csvLabel', { table })}
      >
        {t('monitoring.export.csv')}
      </Button>
      <Button
        component="a"
        href={href('xlsx')}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileSpreadsheet size={16} />}
        aria-label={t('monitoring.export.xlsxLabel', { table })}
      >
        {t('monitoring.export.xlsx')}
      </Button>
    </Group>
  );
}

/** The period of a figure and what a hidden cell means. */
export function PeriodNote({ from, to, minimum }: { from: string; to: string; minimum: number }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('monitoring.period', { from: formatDate(from), to: formatDate(to) })}{' '}
      {t('monitoring.hiddenExplained', { minimum })} {t('monitoring.export.audited')}
    </Text>
  );
}

/** A percentage with one decimal in the user's language, or a dash. */
export function percent(part: number | null | undefined, whole: number | null | undefined): string {
  if (part === null || part === undefined || !whole) {
    return '—';
  }
  return `${((100 * part) / whole).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
}
