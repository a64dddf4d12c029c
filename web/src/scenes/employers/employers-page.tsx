import { Group, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Employer, Page } from '../../api/types';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';

/** The network's shared employer register. */
export function EmployersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const query = useQuery({
    queryKey: ['employers', { q: debouncedQ, page }],
    queryFn: () => api.get<Page<Employer>>('/employers', { q: debouncedQ, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    if (key !== 'page') {
      next.delete('page');
    }
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('employers.title')} description={t('employers.description')} />
      <Group mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('employers.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => set('q', e.currentTarget.value)}
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
                onChange={(p) => set('page', String(p))}
              />
            </>
          )
        }
      </QueryView>
    </>
  );
}
