import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Organisation, Page } from '../api/types';

/** The network's active organisations (a handful), loaded once per session for selects. */
export function useActiveOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'active'],
    queryFn: () => api.get<Page<Organisation>>('/organisations', { isActive: 'true', pageSize: 200 }),
    staleTime: 5 * 60_000,
    select: (page) => page.items.map((o) => ({ value: o.id, label: o.name })),
  });
}

/** A searchable select over the network's active organisations. */
export function OrganisationSelect(props: {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { data } = useActiveOrganisations();
  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      data={data ?? []}
      allowDeselect={props.clearable ?? false}
      {...props}
    />
  );
}
