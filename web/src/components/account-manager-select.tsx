import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { OrganisationAccountManager } from '../api/types';

/** The active account managers of one organisation (GET /api/organisations/:id/account-managers). */
export function useAccountManagers(organisationId: string | null) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'account-managers'],
    queryFn: () => api.get<OrganisationAccountManager[]>(`/organisations/${organisationId}/account-managers`),
    enabled: !!organisationId,
    staleTime: 60_000,
  });
}

/**
 * Choose an account manager of the given organisation: the employer's one point of contact. When the
 * organisation has none, the select says so instead of offering an empty list.
 */
export function AccountManagerSelect({
  organisationId,
  label,
  description,
  value,
  onChange,
  error,
  required,
}: {
  organisationId: string | null;
  label: string;
  description?: ReactNode;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const query = useAccountManagers(organisationId);
  const isEmpty = query.isSuccess && query.data.length === 0;
  return (
    <Select
      label={label}
      description={isEmpty ? t('employerDesk.owner.noAccountManagers') : description}
      required={required}
      searchable
      data={(query.data ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))}
      value={value ?? null}
      onChange={onChange}
      error={error}
      disabled={!organisationId || isEmpty}
      nothingFoundMessage={query.isPending ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
