import { MultiSelect, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Municipality } from '../api/types';

/** The Flemish and Brussels municipalities (NIS 2025), loaded once and searched in the browser. */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    queryFn: async () => {
      const [flanders, brussels] = await Promise.all([
        api.get<Municipality[]>('/reference/municipalities', { region: 'flanders', limit: 600 }),
        api.get<Municipality[]>('/reference/municipalities', { region: 'brussels', limit: 600 }),
      ]);
      return [...flanders, ...brussels].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function options(data: Municipality[] | undefined) {
  return (data ?? []).map((m) => ({ value: m.nisCode, label: m.name }));
}

type Common = { label: string; error?: React.ReactNode; description?: string; disabled?: boolean };

export function MunicipalitySelect(
  props: Common & { value?: string | null; onChange: (value: string | null) => void },
) {
  const { t } = useTranslation();
  const { data } = useMunicipalities();
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      data={options(data)}
      limit={50}
      {...props}
    />
  );
}

export function MunicipalityMultiSelect(
  props: Common & { value?: string[]; onChange: (value: string[]) => void },
) {
  const { t } = useTranslation();
  const { data } = useMunicipalities();
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('common.nothingFound')}
      data={options(data)}
      limit={50}
      {...props}
    />
  );
}
