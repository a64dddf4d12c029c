import { Anchor, Badge, Button, Checkbox, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Employer, Page } from '../../api/types';
import { MunicipalitySelect } from '../../components/municipality-select';
import { OrganisationSelect } from '../../components/organisation-select';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { EmployerCreateDialog } from './employer-create-dialog';

/**
 * The network's shared employer register, filtered in the URL (search, owner organisation, "of my organisation",
 * NACE prefix, municipality, with or without an account owner), each employer with its account owner.
 */
export function EmployersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const q = params.get('q') ?? '';
  const nace = params.get('nace') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [debouncedNace] = useDebouncedValue(nace, 250);
  const filters = {
    q: debouncedQ,
    ownerOrganisationId: params.get('owner'),
    mine: params.get('mine'),
    nace: /^[0-9]{1,2}(\.[0-9]{0,3})?$/.test(debouncedNace) ? debouncedNace : null,
    municipalityNis: params.get('municipality'),
    hasOwner: params.get('hasOwner'),
  };
  const query = useQuery({
    queryKey: ['employers', { ...filters, page }],
    queryFn: () => api.get<Page<Employer>>('/employers', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('employers.title')}
        description={t('employers.description')}
        actions={
          <>
            {can('contact.read') && (
              <Button
                component={Link}
                to="/employers/uncoordinated"
                variant="default"
                leftSection={<IconAlertTriangle size={16} />}
              >
                {t('nav.uncoordinated')}
              </Button>
            )}
            {can('employer.write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                {t('employerDesk.create.title')}
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('employers.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          w={240}
        />
        <OrganisationSelect
          label={t('employerDesk.list.owner')}
          clearable
          value={params.get('owner')}
          onChange={(v) => update({ owner: v })}
        />
        <Select
          label={t('employerDesk.list.hasOwner')}
          clearable
          value={params.get('hasOwner')}
          onChange={(v) => update({ hasOwner: v })}
          data={[
            { value: 'true', label: t('employerDesk.list.withOwner') },
            { value: 'false', label: t('employerDesk.list.withoutOwner') },
          ]}
          w={260}
        />
        <TextInput
          label={t('employerDesk.list.nace')}
          placeholder={t('employerDesk.list.naceHelp')}
          value={nace}
          onChange={(e) => update({ nace: e.currentTarget.value })}
          w={170}
        />
        <MunicipalitySelect
          label={t('employers.municipality')}
          value={params.get('municipality')}
          onChange={(v) => update({ municipality: v })}
        />
        <Checkbox
          label={t('employerDesk.list.mine')}
          checked={params.get('mine') === 'true'}
          onChange={(e) => update({ mine: e.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover aria-label={t('employers.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('employers.name')}</Table.Th>
                      <Table.Th>{t('employers.enterpriseNumber')}</Table.Th>
                      <Table.Th>{t('employers.sector')}</Table.Th>
                      <Table.Th>{t('employers.sizeClass')}</Table.Th>
                      <Table.Th>{t('employers.municipality')}</Table.Th>
                      <Table.Th>{t('employerDesk.owner.title')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/employers/${e.id}`}>
                            {e.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.enterpriseNumber}</Table.Td>
                        <Table.Td>{e.naceCode ?? '—'}</Table.Td>
                        <Table.Td>{e.sizeClass ?? '—'}</Table.Td>
                        <Table.Td>{e.municipality?.name ?? '—'}</Table.Td>
                        <Table.Td>
                          {e.owner ? (
                            <>
                              <Text size="sm">{e.owner.organisation.name}</Text>
                              {e.owner.accountManager && (
                                <Text size="xs" c="dimmed">
                                  {e.owner.accountManager.name}
                                </Text>
                              )}
                            </>
                          ) : (
                            <Badge color="gray">{t('employerDesk.owner.none')}</Badge>
                          )}
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
      {can('employer.write') && (
        <EmployerCreateDialog
          opened={creating}
          onClose={close}
          onCreated={(created) => {
            close();
            void navigate(`/employers/${created.id}`);
          }}
        />
      )}
    </>
  );
}
