import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Occupation } from '../api/types';

export interface OccupationOption {
  code: string;
  title: string;
}

/**
 * Choose ISCO-08 occupations (unit groups, level 4), searched on the server by title or code as the user types.
 * Chosen occupations keep their titles, so the choice stays readable whatever is being searched.
 */
export function OccupationMultiSelect({
  label,
  description,
  value = [],
  onChange,
  error,
  max = 10,
}: {
  label: string;
  description?: ReactNode;
  value?: OccupationOption[];
  onChange: (value: OccupationOption[]) => void;
  error?: ReactNode;
  max?: number;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = useQuery({
    queryKey: ['reference', 'occupations', debounced],
    queryFn: () => api.get<Occupation[]>('/reference/occupations', { q: debounced, level: 4, limit: 20 }),
    enabled: debounced.length >= 2,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const known = new Map(value.map((o) => [o.code, o.title]));
  for (const o of query.data ?? []) {
    if (!known.has(o.code)) {
      known.set(o.code, o.title);
    }
  }
  const data = [...known].map(([code, title]) => ({ value: code, label: `${code} ${title}` }));
  return (
    <MultiSelect
      label={label}
      description={description}
      searchable
      clearable
      maxValues={max}
      data={data}
      value={value.map((o) => o.code)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already; options are only filtered to leave out what is chosen.
      filter={({ options }) => options}
      hidePickedOptions
      nothingFoundMessage={
        debounced.length < 2
          ? t('participantRecord.occupationTypeToSearch')
          : query.isFetching
            ? t('common.loading')
            : t('common.nothingFound')
      }
      onChange={(codes) => onChange(codes.map((code) => ({ code, title: known.get(code) ?? code })))}
      error={error}
    />
  );
}

/**
 * Choose one ISCO-08 occupation (unit group), searched on the server by title or code as the user types; the
 * chosen one keeps its title.
 */
export function OccupationSelect({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: ReactNode;
  value: OccupationOption | null;
  onChange: (value: OccupationOption | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const query = useQuery({
    queryKey: ['reference', 'occupations', debounced],
    queryFn: () => api.get<Occupation[]>('/reference/occupations', { q: debounced, level: 4, limit: 20 }),
    enabled: debounced.length >= 2,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const known = new Map<string, string>(value ? [[value.code, value.title]] : []);
  for (const o of query.data ?? []) {
    known.set(o.code, o.title);
  }
  const data = [...known].map(([code, title]) => ({ value: code, label: `${code} ${title}` }));
  return (
    <Select
      label={label}
      description={description}
      searchable
      clearable
      data={data}
      value={value?.code ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        debounced.length < 2
          ? t('participantRecord.occupationTypeToSearch')
          : query.isFetching
            ? t('common.loading')
            : t('common.nothingFound')
      }
      onChange={(code) => onChange(code ? { code, title: known.get(code) ?? code } : null)}
      error={error}
    />
  );
}
