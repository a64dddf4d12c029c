import { ActionIcon, Anchor, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Page, TrajectoryItem } from '../../api/types';
import { useOrganisationCoaches } from '../../components/coach-select';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { OverdueMark, TrajectoryStatusBadge } from './trajectory-status';
import { useTrajectoryTypes } from './use-trajectory-types';

/**
 * Trajectories led by the user's organisation(s): open ones first, filtered in the URL (so "my work" can link to
 * the overdue ones). Overdue rows carry an icon and words, and a tinted background.
 */
export function TrajectoriesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { params, update, page } = useFilters();
  const types = useTrajectoryTypes(true);
  const organisationId =
    me.roles.find((g) => (g.role === 'coach' || g.role === 'org_admin') && g.organisation)?.organisation
      ?.id ?? null;
  const coaches = useOrganisationCoaches(organisationId);
  const status = params.get('status') ?? 'open';
  const filters = {
    status: status === 'all' ? null : status,
    typeId: params.get('typeId'),
    coach: params.get('coach'),
    overdue: params.get('overdue'),
  };
  const query = useQuery({
    queryKey: ['trajectories', { ...filters, page }],
    queryFn: () => api.get<Page<TrajectoryItem>>('/trajectories', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  const isCoach = me.roles.some((g) => g.role === 'coach');

  return (
    <>
      <PageHeader title={t('trajectories.title')} description={t('trajectories.description')} />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <Select
          label={t('trajectories.status')}
          allowDeselect={false}
          value={status}
          onChange={(v) => update({ status: v === 'open' ? null : v })}
          data={(['open', 'closed', 'all'] as const).map((s) => ({
            value: s,
            label: t(`trajectories.statusFilter.${s}`),
          }))}
          w={180}
        />
        <Select
          label={t('trajectories.type')}
          clearable
          value={filters.typeId}
          onChange={(v) => update({ typeId: v })}
          data={(types.data?.items ?? []).map((type) => ({ value: type.id, label: type.name }))}
          w={260}
        />
        <Select
          label={t('trajectories.coach')}
          clearable
          searchable
          value={filters.coach}
          onChange={(v) => update({ coach: v })}
          data={[
            ...(isCoach ? [{ value: 'me', label: t('trajectories.coachMe') }] : []),
            ...(coaches.data ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
          w={240}
        />
        <Select
          label={t('trajectories.terms')}
          clearable
          value={filters.overdue}
          onChange={(v) => update({ overdue: v })}
          data={[
            { value: 'true', label: t('trajectories.overdueFilter.true') },
            { value: 'false', label: t('trajectories.overdueFilter.false') },
          ]}
          w={220}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('trajectories.empty')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={1000}>
                <Table striped highlightOnHover aria-label={t('trajectories.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('trajectories.participant')}</Table.Th>
                      <Table.Th>{t('trajectories.type')}</Table.Th>
                      <Table.Th>{t('trajectories.currentPhases')}</Table.Th>
                      <Table.Th>{t('trajectories.terms')}</Table.Th>
                      <Table.Th>{t('trajectories.coach')}</Table.Th>
                      <Table.Th>{t('trajectories.employer')}</Table.Th>
                      <Table.Th>{t('trajectories.period')}</Table.Th>
                      <Table.Th>{t('trajectories.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((item) => (
                      <TrajectoryRow key={item.id} item={item} />
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

function TrajectoryRow({ item }: { item: TrajectoryItem }) {
  const { t } = useTranslation();
  const name = `${item.participant.firstName} ${item.participant.lastName}`;
  return (
    <Table.Tr bg={item.isOverdue ? 'var(--mantine-color-red-0)' : undefined}>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Anchor component={Link} to={`/trajectories/${item.id}`}>
            {item.participant.lastName}, {item.participant.firstName}
          </Anchor>
          <Tooltip label={t('trajectories.participantFile', { name })}>
            <ActionIcon
              component={Link}
              to={`/participants/${item.participant.id}`}
              variant="subtle"
              size="sm"
              aria-label={t('trajectories.participantFile', { name })}
            >
              <IconFileText size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
      <Table.Td>{item.type.name}</Table.Td>
      <Table.Td>
        {item.currentPhases.length === 0 ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Stack gap={0}>
            {item.currentPhases.map((p) => (
              <Text key={p.key} size="sm">
                {p.name}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {item.isOverdue ? (
          <OverdueMark trajectory={item} />
        ) : (
          <Text size="sm" c="dimmed">
            {item.status === 'open' ? t('trajectories.onTime') : '—'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{item.coach?.name ?? '—'}</Table.Td>
      <Table.Td>{item.employer?.name ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {formatDate(item.startedOn)} – {formatDate(item.closedOn ?? item.plannedEndOn)}
        </Text>
      </Table.Td>
      <Table.Td>
        <TrajectoryStatusBadge trajectory={item} />
      </Table.Td>
    </Table.Tr>
  );
}
