import { Badge, Button, Code, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AuditEvent, AuditEventPage } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader } from '../../components/page';
import { useFilters } from '../../components/use-filters';

const OUTCOME_COLOR = { success: 'green', denied: 'red', failure: 'orange' } as const;
const FILTERS = ['action', 'entityType', 'entityId', 'outcome', 'from', 'to'] as const;

/** Search the audit log: who did or read what, in which organisation, when and from where. */
export function AuditPage() {
  const { t } = useTranslation();
  const { params, update } = useFilters();
  const [expanded, setExpanded] = useState<number | null>(null);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [debounced] = useDebouncedValue(filters, 300);

  const query = useInfiniteQuery({
    queryKey: ['audit', debounced],
    queryFn: ({ pageParam }) =>
      api.get<AuditEventPage>('/audit', { ...debounced, beforeId: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const events: AuditEvent[] = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('audit.action')}
          description={t('audit.actionHelp')}
          value={filters.action}
          onChange={(e) => update({ action: e.currentTarget.value })}
        />
        <TextInput
          label={t('audit.entityType')}
          value={filters.entityType}
          onChange={(e) => update({ entityType: e.currentTarget.value })}
        />
        <Select
          label={t('audit.outcome')}
          clearable
          value={filters.outcome || null}
          onChange={(v) => update({ outcome: v })}
          data={(['success', 'denied', 'failure'] as const).map((o) => ({
            value: o,
            label: t(`audit.outcomes.${o}`),
          }))}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={filters.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={filters.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
      </Group>
      {query.isError && (
        <Text c="red.9" role="alert">
          {errorMessage(query.error)}
        </Text>
      )}
      {query.isSuccess && events.length === 0 && <EmptyState>{t('common.noResults')}</EmptyState>}
      {events.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('audit.title')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.when')}</Table.Th>
                <Table.Th>{t('audit.who')}</Table.Th>
                <Table.Th>{t('audit.organisation')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.record')}</Table.Th>
                <Table.Th>{t('audit.outcome')}</Table.Th>
                <Table.Th>{t('audit.from_where')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('audit.details')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Fragment key={event.id}>
                  <Table.Tr>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
                    <Table.Td>
                      {event.actor?.name ?? '—'}
                      {event.viaApiToken && (
                        <Badge ml={4} size="xs" color="gray">
                          API
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{event.organisation?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Code>{event.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      {event.entityType}
                      {event.entityId && (
                        <Text span c="dimmed" size="xs">{` ${event.entityId.slice(0, 8)}`}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[event.outcome]}>
                        {t(`audit.outcomes.${event.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{event.ip ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-expanded={expanded === event.id}
                        onClick={() => setExpanded(expanded === event.id ? null : event.id)}
                      >
                        {t('audit.details')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                  {expanded === event.id && (
                    <Table.Tr>
                      <Table.Td colSpan={8}>
                        <Code block>
                          {JSON.stringify(
                            { entityId: event.entityId, userAgent: event.userAgent, ...event.details },
                            null,
                            2,
                          )}
                        </Code>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {query.hasNextPage && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
