import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { OrganisationCoach } from '../api/types';

/** The active coaches of one organisation (GET /api/organisations/:id/coaches). */
export function useOrganisationCoaches(organisationId: string | null) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'coaches'],
    queryFn: () => api.get<OrganisationCoach[]>(`/organisations/${organisationId}/coaches`),
    enabled: !!organisationId,
    staleTime: 60_000,
  });
}

/**
 * Choose a coach of the given organisation, or none. When the organisation has no active coach, the select says
 * so in its description instead of offering an empty list.
 */
export function CoachSelect({
  organisationId,
  label,
  description,
  emptyMessage,
  value,
  onChange,
  error,
  current,
}: {
  organisationId: string | null;
  label: string;
  description?: ReactNode;
  emptyMessage: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** The coach now assigned, kept as an option while the list loads or if they left the organisation. */
  current?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const query = useOrganisationCoaches(organisationId);
  const options = (query.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (current && value === current.id && !options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: current.name });
  }
  const isEmpty = query.isSuccess && query.data.length === 0;
  return (
    <Select
      label={label}
      description={isEmpty ? emptyMessage : description}
      searchable
      clearable
      data={options}
      value={value ?? null}
      onChange={onChange}
      error={error}
      disabled={!organisationId || isEmpty}
      nothingFoundMessage={query.isPending ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
