import { Badge, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page, ParticipantItem } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { PARTICIPANT_STATUSES, STATUS_COLOR } from './participant-status';

/** Participants of the user's organisations (the caseload), searchable and filtered, paged on the server. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const q = params.get('q') ?? '';
  const status = params.get('status');
  const coach = params.get('coach');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const query = useQuery({
    queryKey: ['participants', { q: debouncedQ, status, coach, page }],
    queryFn: () =>
      api.get<Page<ParticipantItem>>('/participants', {
        q: debouncedQ,
        status,
        coachId: coach,
        page,
        pageSize: 25,
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t('participants.title')} description={t('participants.description')} />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('participants.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
        />
        <Select
          label={t('participants.status')}
          clearable
          value={status}
          onChange={(v) => update({ status: v })}
          data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`participants.statuses.${s}`) }))}
        />
        <Select
          label={t('participants.coach')}
          clearable
          value={coach}
          onChange={(v) => update({ coach: v })}
          data={[
            { value: 'me', label: t('participants.coachMe') },
            { value: 'none', label: t('participants.coachNone') },
          ]}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={860}>
                <Table striped highlightOnHover aria-label={t('participants.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('participants.name')}</Table.Th>
                      <Table.Th>{t('participants.nationalNumber')}</Table.Th>
                      <Table.Th>{t('participants.municipality')}</Table.Th>
                      <Table.Th>{t('participants.organisation')}</Table.Th>
                      <Table.Th>{t('participants.coach')}</Table.Th>
                      <Table.Th>{t('participants.status')}</Table.Th>
                      <Table.Th>{t('participants.waitingSince')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Link to={`/participants/${p.id}`}>
                            {p.lastName}, {p.firstName}
                          </Link>
                        </Table.Td>
                        <Table.Td>{p.nationalNumberMasked}</Table.Td>
                        <Table.Td>{p.municipality?.name ?? '—'}</Table.Td>
                        <Table.Td>{p.organisation?.name ?? '—'}</Table.Td>
                        <Table.Td>{p.coach?.name ?? t('participants.coachNone')}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[p.status] ?? 'gray'}>
                            {t(`participants.statuses.${p.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {p.waitingSince
                            ? t('participants.waitingDays', {
                                date: formatDate(p.waitingSince),
                                count: dayjs().diff(p.waitingSince, 'day'),
                              })
                            : '—'}
                        </Table.Td>
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
