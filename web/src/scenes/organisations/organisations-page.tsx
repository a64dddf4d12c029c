import { Badge, Button, Group, Modal, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ORGANISATION_KINDS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Organisation, Page } from '../../api/types';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { OrganisationForm, organisationBody, organisationValues } from './organisation-form';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const q = params.get('q') ?? '';
  const kind = params.get('kind');
  const [debouncedQ] = useDebouncedValue(q, 250);

  const query = useQuery({
    queryKey: ['organisations', { q: debouncedQ, kind, page }],
    queryFn: () => api.get<Page<Organisation>>('/organisations', { q: debouncedQ, kind, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.description')}
        actions={
          can('organisation.create') && (
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              {t('organisations.new')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('organisations.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(event) => update({ q: event.currentTarget.value })}
        />
        <Select
          label={t('organisations.kind')}
          clearable
          value={kind}
          onChange={(value) => update({ kind: value })}
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover aria-label={t('organisations.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('organisations.name')}</Table.Th>
                      <Table.Th>{t('organisations.kind')}</Table.Th>
                      <Table.Th>{t('organisations.enterpriseNumber')}</Table.Th>
                      <Table.Th>{t('organisations.municipality')}</Table.Th>
                      <Table.Th ta="right">{t('organisations.users')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((org) => (
                      <Table.Tr key={org.id}>
                        <Table.Td>
                          <Link to={`/organisations/${org.id}`}>{org.name}</Link>
                        </Table.Td>
                        <Table.Td>{t(`organisationKinds.${org.kind}`)}</Table.Td>
                        <Table.Td>{org.enterpriseNumber}</Table.Td>
                        <Table.Td>{org.municipality?.name ?? '—'}</Table.Td>
                        <Table.Td ta="right">{org.userCount}</Table.Td>
                        <Table.Td>
                          <Badge color={org.isActive ? 'green' : 'gray'}>
                            {org.isActive ? t('common.active') : t('common.inactive')}
                          </Badge>
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
      <Modal opened={creating} onClose={close} title={t('organisations.new')} size="lg">
        <OrganisationForm
          mode="create"
          networkFields
          initial={organisationValues()}
          submitLabel={t('common.create')}
          onCancel={close}
          onSubmit={async (values) => {
            const created = await api.post<Organisation>(
              '/organisations',
              organisationBody(values, true, 'create'),
            );
            await queryClient.invalidateQueries({ queryKey: ['organisations'] });
            notifications.show({
              color: 'green',
              message: t('organisations.created', { name: created.name }),
            });
            close();
            await navigate(`/organisations/${created.id}`);
          }}
        />
      </Modal>
    </>
  );
}
