import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toQueryString } from '../../api/client';

/** A count that may be hidden (small cell): "< 5" with an explanation for screen readers and on hover. */
export function CountCell({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <Tooltip label={t('quality.hiddenHelp')} multiline w={280}>
        <Text span c="dimmed" aria-label={t('quality.hiddenHelp')}>
          {t('quality.hidden')}
        </Text>
      </Tooltip>
    );
  }
  return <>{value}</>;
}

/** Download links for a table as CSV and XLSX (the server audits each export). */
export function ExportButtons({ path, query = {} }: { path: string; query?: Record<string, string> }) {
  const { t } = useTranslation();
  const href = (format: string) => `/api${path}${toQueryString({ ...query, format })}`;
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={href('csv')}
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} />}
      >
        {t('quality.exportCsv')}
      </Button>
      <Button
        component="a"
        href={href('xlsx')}
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} />}
      >
        {t('quality.exportXlsx')}
      </Button>
    </Group>
  );
}
