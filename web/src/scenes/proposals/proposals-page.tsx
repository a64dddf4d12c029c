import {
  Anchor,
  Badge,
  CloseButton,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROPOSAL_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Page, Proposal } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { formatNumber } from '../matching/explanation-text';
import { ProposalStatusBadge } from './proposal-status';

const BOXES = ['all', 'participants', 'employers'] as const;
type Box = (typeof BOXES)[number];

/**
 * The proposals of the staff's participants and employers: all, or one side; by status (open = not decided yet);
 * filters in the URL, so start pages and the network-wide proposal can link to a filtered list.
 */
export function ProposalsPage() {
  const { t, i18n } = useTranslation();
  const { params, update, page } = useFilters();
  const box = (BOXES as readonly string[]).includes(params.get('box') ?? '')
    ? (params.get('box') as Box)
    : 'all';
  const status = params.get('status');
  const batchId = params.get('batchId');
  const filters = { box, status, batchId };
  const query = useQuery({
    queryKey: ['proposals', { ...filters, page }],
    queryFn: () => api.get<Page<Proposal>>('/proposals', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title={t('proposals.title')} description={t('proposals.description')} />
      <Stack gap={4} mb="md">
        <SegmentedControl
          aria-label={t('proposals.box')}
          w="fit-content"
          value={box}
          onChange={(value) => update({ box: value === 'all' ? null : value })}
          data={BOXES.map((b) => ({ value: b, label: t(`proposals.boxes.${b}`) }))}
        />
        <Text size="sm" c="dimmed">
          {t(`proposals.boxHelp.${box}`)}
        </Text>
      </Stack>
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('proposals.status')}
          clearable
          value={status}
          onChange={(v) => update({ status: v })}
          data={[
            { value: 'open', label: t('proposals.statusOpen') },
            ...PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposals.statuses.${s}`) })),
          ]}
          w={260}
        />
        {batchId && (
          <Badge
            size="lg"
            color="blue"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('proposals.clearBatch')}
                onClick={() => update({ batchId: null })}
              />
            }
          >
            {t('proposals.fromBatch')}
          </Badge>
        )}
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('proposals.empty')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={940}>
                <Table striped highlightOnHover aria-label={t('proposals.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('proposals.participant')}</Table.Th>
                      <Table.Th>{t('proposals.job')}</Table.Th>
                      <Table.Th>{t('proposals.place')}</Table.Th>
                      <Table.Th>{t('proposals.score')}</Table.Th>
                      <Table.Th>{t('proposals.status')}</Table.Th>
                      <Table.Th>{t('proposals.interviewOn')}</Table.Th>
                      <Table.Th>{t('proposals.createdAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/proposals/${p.id}`}>
                            {p.participant.lastName}, {p.participant.firstName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{p.job.title}</Text>
                          <Text size="xs" c="dimmed">
                            {p.employer.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>{p.job.municipality ?? '—'}</Table.Td>
                        <Table.Td>{formatNumber(p.score, i18n.language)}</Table.Td>
                        <Table.Td>
                          <ProposalStatusBadge status={p.status} />
                        </Table.Td>
                        <Table.Td>{p.interviewOn ? formatDate(p.interviewOn) : '—'}</Table.Td>
                        <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                      </Table.Tr>
                    ))}
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
    </>
  );
}
