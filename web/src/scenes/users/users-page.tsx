import { Badge, Button, Checkbox, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { CreatedUser, Page, User } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { useGrantableOrganisations } from './roles-editor';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { UserCreateDialog } from './user-create-dialog';
import { UserStatus } from './user-status';

export function UsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useGrantableOrganisations();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const q = params.get('q') ?? '';
  const organisationId = params.get('organisationId');
  const role = params.get('role');
  const locked = params.get('locked') === 'true';
  const [debouncedQ] = useDebouncedValue(q, 250);

  const query = useQuery({
    queryKey: ['users', { q: debouncedQ, organisationId, role, locked, page }],
    queryFn: () =>
      api.get<Page<User>>('/users', {
        q: debouncedQ,
        organisationId,
        role,
        isLocked: locked ? 'true' : undefined,
        page,
        pageSize: 25,
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            {t('users.new')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(event) => update({ q: event.currentTarget.value })}
        />
        <Select
          label={t('users.organisation')}
          clearable
          searchable
          value={organisationId}
          data={organisations}
          onChange={(value) => update({ organisationId: value })}
        />
        <Select
          label={t('users.role')}
          clearable
          value={role}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={(value) => update({ role: value })}
        />
        <Checkbox
          label={t('users.onlyLocked')}
          checked={locked}
          onChange={(event) => update({ locked: event.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={860}>
                <Table striped highlightOnHover aria-label={t('users.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('users.displayName')}</Table.Th>
                      <Table.Th>{t('users.email')}</Table.Th>
                      <Table.Th>{t('users.homeOrganisation')}</Table.Th>
                      <Table.Th>{t('users.roles')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                      <Table.Th>{t('users.lastLogin')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((user) => (
                      <Table.Tr key={user.id}>
                        <Table.Td>
                          <Link to={`/users/${user.id}`}>{user.displayName}</Link>
                        </Table.Td>
                        <Table.Td>{user.email}</Table.Td>
                        <Table.Td>{user.organisation?.name ?? '—'}</Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {[...new Set(user.roles.map((g) => g.role))].map((r) => (
                              <Badge key={r} color="gray" variant="outline">
                                {t(`roles.${r}`)}
                              </Badge>
                            ))}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <UserStatus user={user} />
                        </Table.Td>
                        <Table.Td>{formatDateTime(user.lastLoginAt)}</Table.Td>
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
      <UserCreateDialog
        opened={creating}
        onClose={close}
        onCreated={(result) => {
          close();
          setCreated(result);
          void queryClient.invalidateQueries({ queryKey: ['users'] });
        }}
      />
      <TemporaryPasswordModal
        password={created?.temporaryPassword ?? null}
        email={created?.user.email ?? ''}
        onClose={() => setCreated(null)}
      />
    </>
  );
}
