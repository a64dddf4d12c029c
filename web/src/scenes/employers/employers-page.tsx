import { Group, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Employer, Page } from '../../api/types';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';

/** The network's shared employer register. */
export function EmployersPage() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const q = params.get('q') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const query = useQuery({
    queryKey: ['employers', { q: debouncedQ, page }],
    queryFn: () => api.get<Page<Employer>>('/employers', { q: debouncedQ, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title={t('employers.title')} description={t('employers.description')} />
      <Group mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('employers.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover aria-label={t('employers.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('employers.name')}</Table.Th>
                      <Table.Th>{t('employers.enterpriseNumber')}</Table.Th>
                      <Table.Th>{t('employers.sector')}</Table.Th>
                      <Table.Th>{t('employers.sizeClass')}</Table.Th>
                      <Table.Th>{t('employers.municipality')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          <Link to={`/employers/${e.id}`}>{e.name}</Link>
                        </Table.Td>
                        <Table.Td>{e.enterpriseNumber}</Table.Td>
                        <Table.Td>{e.naceCode ?? '—'}</Table.Td>
                        <Table.Td>{e.sizeClass ?? '—'}</Table.Td>
                        <Table.Td>{e.municipality?.name ?? '—'}</Table.Td>
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
