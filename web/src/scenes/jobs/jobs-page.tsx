import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_KINDS, JOB_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Employer, EmployerDetail, JobItem, Page } from '../../api/types';
import { MunicipalitySelect } from '../../components/municipality-select';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { useFilters } from '../../components/use-filters';
import { JobsTable } from './jobs-table';

/**
 * Every job the user may see across the register, filtered in the URL: title words, status, kind, employer,
 * ISCO code prefix, the site's municipality, and the employers of the user's organisations.
 */
export function JobsPage() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const [employer, setEmployer] = useState<Option | null>(null);
  const q = params.get('q') ?? '';
  const isco = params.get('isco') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [debouncedIsco] = useDebouncedValue(isco, 250);
  const filters = {
    q: debouncedQ,
    status: params.get('status'),
    kind: params.get('kind'),
    employerId: params.get('employer'),
    isco: /^[0-9]{1,4}$/.test(debouncedIsco) ? debouncedIsco : null,
    municipalityNis: params.get('municipality'),
    mine: params.get('mine'),
  };
  // A link with an employer in it shows that employer's name in the filter.
  const linked = useQuery({
    queryKey: ['employers', filters.employerId],
    queryFn: () => api.get<EmployerDetail>(`/employers/${filters.employerId}`),
    enabled: !!filters.employerId && employer?.value !== filters.employerId,
  });
  const selectedEmployer =
    employer ?? (linked.data ? { value: linked.data.id, label: linked.data.name } : null);
  const query = useQuery({
    queryKey: ['jobs', { ...filters, page }],
    queryFn: () => api.get<Page<JobItem>>('/jobs', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title={t('jobs.listTitle')} description={t('jobs.listDescription')} />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('jobs.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          w={220}
        />
        <Select
          label={t('common.status')}
          clearable
          value={params.get('status')}
          onChange={(v) => update({ status: v })}
          data={JOB_STATUSES.map((s) => ({ value: s, label: t(`jobs.statuses.${s}`) }))}
          w={160}
        />
        <Select
          label={t('jobs.kind')}
          clearable
          value={params.get('kind')}
          onChange={(v) => update({ kind: v })}
          data={JOB_KINDS.map((k) => ({ value: k, label: t(`jobs.kinds.${k}`) }))}
          w={200}
        />
        <RemoteSelect<Employer>
          path="/employers"
          label={t('jobs.employer')}
          toOption={(e) => ({ value: e.id, label: e.name })}
          value={params.get('employer')}
          selected={selectedEmployer}
          onChange={(option) => {
            setEmployer(option);
            update({ employer: option?.value ?? null });
          }}
        />
        <TextInput
          label={t('jobs.iscoFilter')}
          placeholder={t('jobs.iscoFilterHelp')}
          value={isco}
          onChange={(e) => update({ isco: e.currentTarget.value })}
          w={190}
        />
        <MunicipalitySelect
          label={t('employers.municipality')}
          value={params.get('municipality')}
          onChange={(v) => update({ municipality: v })}
        />
        <Checkbox
          label={t('jobs.mine')}
          checked={params.get('mine') === 'true'}
          onChange={(e) => update({ mine: e.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('jobs.empty')}</EmptyState>
          ) : (
            <>
              <JobsTable jobs={data.items} label={t('jobs.listTitle')} />
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
