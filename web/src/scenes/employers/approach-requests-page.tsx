import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APPROACH_REQUEST_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { ApproachRequest, Page } from '../../api/types';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { ApproachRequestsTable } from './approach-requests-table';

const BOXES = ['incoming', 'outgoing', 'all'] as const;
type Box = (typeof BOXES)[number];

/**
 * Approach requests of the user's organisations: incoming (about employers they own, to decide) and outgoing
 * (filed by them), filtered in the URL so the start page can link to "waiting for our decision".
 */
export function ApproachRequestsPage() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const box: Box = (BOXES as readonly string[]).includes(params.get('box') ?? '')
    ? (params.get('box') as Box)
    : 'incoming';
  const status = params.get('status');
  const query = useQuery({
    queryKey: ['approach-requests', { box, status, page }],
    queryFn: () => api.get<Page<ApproachRequest>>('/approach-requests', { box, status, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('employerDesk.approaches.title')}
        description={t('employerDesk.approaches.description')}
      />
      <Stack gap={4} mb="md">
        <SegmentedControl
          aria-label={t('employerDesk.approaches.box')}
          w="fit-content"
          value={box}
          onChange={(value) => update({ box: value === 'incoming' ? null : value })}
          data={BOXES.map((b) => ({ value: b, label: t(`employerDesk.approaches.boxes.${b}`) }))}
        />
        <Text size="sm" c="dimmed">
          {t(`employerDesk.approaches.boxHelp.${box}`)}
        </Text>
      </Stack>
      <Select
        label={t('common.status')}
        clearable
        value={status}
        onChange={(v) => update({ status: v })}
        data={APPROACH_REQUEST_STATUSES.map((s) => ({
          value: s,
          label: t(`employerDesk.approaches.statuses.${s}`),
        }))}
        w={220}
        mb="md"
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t(`employerDesk.approaches.empty.${box}`)}</EmptyState>
          ) : (
            <>
              <ApproachRequestsTable
                requests={data.items}
                label={t(`employerDesk.approaches.boxes.${box}`)}
              />
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
    </>
  );
}
