import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconFileText, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MEASURES, REFERRAL_CHANNELS, REFERRAL_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Page, Referral } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { ReferralCreateDialog } from './referral-create-dialog';
import { ReferralStatusBadge, WaitingDays } from './referral-status';

const BOXES = ['inbox', 'outbox', 'all'] as const;
type Box = (typeof BOXES)[number];

/**
 * Referrals of the user's organisations: the inbox (to us), the outbox (sent by us) or all, filtered in the
 * URL (so "my work" can link to a filtered list), oldest first by default so that nobody waits unseen.
 */
export function ReferralsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const box = (BOXES as readonly string[]).includes(params.get('box') ?? '')
    ? (params.get('box') as Box)
    : 'inbox';
  const status = params.get('status');
  const channel = params.get('channel');
  const measure = params.get('measure');
  const sort = params.get('sort') ?? 'oldest';
  const filters = { box, status, channel, measure, sort };
  const query = useQuery({
    queryKey: ['referrals', { ...filters, page }],
    queryFn: () => api.get<Page<Referral>>('/referrals', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('referrals.title')}
        description={t('referrals.description')}
        actions={
          <>
            {can('leadtime.read') && (
              <Button
                component={Link}
                to="/referrals/lead-times"
                variant="default"
                leftSection={<IconChartBar size={16} />}
              >
                {t('referrals.leadTimesLink')}
              </Button>
            )}
            {can('referral.write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                {t('referrals.new')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap={4} mb="md">
        <SegmentedControl
          aria-label={t('referrals.box')}
          w="fit-content"
          value={box}
          onChange={(value) => update({ box: value === 'inbox' ? null : value })}
          data={BOXES.map((b) => ({ value: b, label: t(`referrals.boxes.${b}`) }))}
        />
        <Text size="sm" c="dimmed">
          {t(`referrals.boxHelp.${box}`)}
        </Text>
      </Stack>
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <Select
          label={t('referrals.status')}
          clearable
          value={status}
          onChange={(v) => update({ status: v })}
          data={[
            { value: 'open', label: t('referrals.statusOpen') },
            ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.statuses.${s}`) })),
          ]}
          w={260}
        />
        <Select
          label={t('referrals.channel')}
          clearable
          value={channel}
          onChange={(v) => update({ channel: v })}
          data={REFERRAL_CHANNELS.map((c) => ({ value: c, label: t(`referrals.channels.${c}`) }))}
          w={210}
        />
        <Select
          label={t('referrals.measure')}
          clearable
          value={measure}
          onChange={(v) => update({ measure: v })}
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          w={250}
        />
        <Select
          label={t('referrals.sort')}
          allowDeselect={false}
          value={sort}
          onChange={(v) => update({ sort: v === 'oldest' ? null : v })}
          data={(['oldest', 'newest'] as const).map((s) => ({ value: s, label: t(`referrals.sorts.${s}`) }))}
          w={170}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t(`referrals.empty.${box}`)}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={980}>
                <Table striped highlightOnHover aria-label={t('referrals.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('referrals.participant')}</Table.Th>
                      <Table.Th>{t('referrals.channel')}</Table.Th>
                      <Table.Th>{t('referrals.referrer')}</Table.Th>
                      <Table.Th>{t('referrals.target')}</Table.Th>
                      <Table.Th>{t('referrals.measure')}</Table.Th>
                      <Table.Th>{t('referrals.referredOn')}</Table.Th>
                      <Table.Th>{t('referrals.waiting')}</Table.Th>
                      <Table.Th>{t('referrals.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((r) => {
                      const name = `${r.participant.firstName} ${r.participant.lastName}`;
                      return (
                        <Table.Tr key={r.id}>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Anchor component={Link} to={`/referrals/${r.id}`}>
                                {r.participant.lastName}, {r.participant.firstName}
                              </Anchor>
                              <Tooltip label={t('referrals.participantFile', { name })}>
                                <ActionIcon
                                  component={Link}
                                  to={`/participants/${r.participant.id}`}
                                  variant="subtle"
                                  size="sm"
                                  aria-label={t('referrals.participantFile', { name })}
                                >
                                  <IconFileText size={16} />
                                </ActionIcon>
                              </Tooltip>
                            </Group>
                          </Table.Td>
                          <Table.Td>{t(`referrals.channels.${r.channel}`)}</Table.Td>
                          <Table.Td>
                            {r.referrerOrganisation?.name ?? '—'}
                            {(r.referrerUser || r.referrerName) && (
                              <Text size="xs" c="dimmed">
                                {r.referrerUser?.name ?? r.referrerName}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{r.targetOrganisation.name}</Table.Td>
                          <Table.Td>{t(`measures.${r.measure}`)}</Table.Td>
                          <Table.Td>{formatDate(r.referredOn)}</Table.Td>
                          <Table.Td>
                            <WaitingDays referral={r} />
                          </Table.Td>
                          <Table.Td>
                            <ReferralStatusBadge status={r.status} />
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
      {can('referral.write') && (
        <ReferralCreateDialog
          opened={creating}
          onClose={close}
          onCreated={(created) => {
            close();
            void navigate(`/referrals/${created.id}`);
          }}
        />
      )}
    </>
  );
}
