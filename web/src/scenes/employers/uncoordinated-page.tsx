import { Anchor, Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { UncoordinatedCase, UncoordinatedList } from '../../api/types';
import { formatDate } from '../../components/format';
import { OrganisationSelect } from '../../components/organisation-select';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { CoordinationBadge } from './employer-labels';

const WINDOWS = ['30', '60', '90', '180', '365'];

/**
 * Employers contacted by more than one organisation in the last 90 days (or another window): per employer the
 * organisations, their contacts with dates, and how each organisation stands towards the employer today. The
 * list exists to catch approaches that were not coordinated through the account owner.
 */
export function UncoordinatedPage() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const days = WINDOWS.includes(params.get('days') ?? '') ? (params.get('days') as string) : '90';
  const organisationId = params.get('organisation');
  const query = useQuery({
    queryKey: ['uncoordinated', { days, organisationId, page }],
    queryFn: () =>
      api.get<UncoordinatedList>('/employers/uncoordinated-approaches', {
        days,
        organisationId,
        page,
        pageSize: 20,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('employerDesk.uncoordinated.title')}
        description={t('employerDesk.uncoordinated.description')}
      />
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('employerDesk.uncoordinated.window')}
          allowDeselect={false}
          value={days}
          onChange={(v) => update({ days: v === '90' ? null : v })}
          data={WINDOWS.map((d) => ({
            value: d,
            label: t('employerDesk.uncoordinated.lastDays', { count: Number(d) }),
          }))}
          w={200}
        />
        <OrganisationSelect
          label={t('employerDesk.uncoordinated.organisation')}
          clearable
          value={organisationId}
          onChange={(v) => update({ organisation: v })}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('employerDesk.uncoordinated.empty', { count: data.days })}</EmptyState>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {t('employerDesk.uncoordinated.period', {
                  from: formatDate(data.from),
                  to: formatDate(data.to),
                })}
              </Text>
              <Stack
                component="ol"
                className="plain-list"
                gap="md"
                aria-label={t('employerDesk.uncoordinated.title')}
              >
                {data.items.map((c) => (
                  <li key={c.employer.id}>
                    <CaseCard item={c} />
                  </li>
                ))}
              </Stack>
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

function CaseCard({ item: c }: { item: UncoordinatedCase }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`case-${c.employer.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={`case-${c.employer.id}`}>
            <Anchor component={Link} to={`/employers/${c.employer.id}?tab=contacts`} inherit>
              {c.employer.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {c.owner
              ? t('employerDesk.uncoordinated.owner', { organisation: c.owner.name })
              : t('employerDesk.owner.none')}
            {' · '}
            {t('employerDesk.uncoordinated.span', {
              from: formatDate(c.firstContactOn),
              to: formatDate(c.lastContactOn),
            })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge color="blue">
            {t('employerDesk.uncoordinated.organisations', { count: c.organisationCount })}
          </Badge>
          <Badge color="gray">{t('employerDesk.uncoordinated.contacts', { count: c.contactCount })}</Badge>
          {c.uncoordinatedCount > 0 && (
            <Badge color="orange">
              {t('employerDesk.uncoordinated.flagged', { count: c.uncoordinatedCount })}
            </Badge>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('employerDesk.uncoordinated.tableLabel', { name: c.employer.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('employerDesk.uncoordinated.organisation')}</Table.Th>
              <Table.Th>{t('employerDesk.uncoordinated.today')}</Table.Th>
              <Table.Th>{t('employerDesk.uncoordinated.contactsColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.organisations.map((o) => (
              <Table.Tr key={o.organisation.id}>
                <Table.Td>{o.organisation.name}</Table.Td>
                <Table.Td>
                  <CoordinationBadge coordination={o.coordination} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {o.contacts.map((contact) => (
                      <Text size="sm" key={contact.id}>
                        {formatDate(contact.contactedOn)} ·{' '}
                        {t(`employerDesk.contacts.channels.${contact.channel}`)} · {contact.user.name}
                        {contact.isUncoordinated && (
                          <Text span fw={700} size="sm">
                            {' '}
                            ({t('employerDesk.contacts.uncoordinated').toLowerCase()})
                          </Text>
                        )}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
