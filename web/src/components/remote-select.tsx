import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Query } from '../api/client';
import type { Page } from '../api/types';

export interface Option {
  value: string;
  label: string;
}

/**
 * A searchable select whose options come from a paged API list (employers, participants…), searched on the
 * server as the user types. The current choice is kept as an option so its label stays visible.
 */
export function RemoteSelect<T>({
  path,
  params,
  toOption,
  value,
  selected,
  onChange,
  label,
  description,
  required,
  error,
  disabled,
}: {
  path: string;
  /** Filters sent with every search (e.g. only open jobs). */
  params?: Query;
  toOption: (item: T) => Option;
  value: string | null;
  selected?: Option | null;
  onChange: (option: Option | null) => void;
  label: string;
  description?: React.ReactNode;
  required?: boolean;
  error?: React.ReactNode;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: [path, 'options', params, debounced],
    queryFn: () => api.get<Page<T>>(path, { ...params, q: debounced, pageSize: 20 }),
    enabled: !disabled,
  });
  const options = (query.data?.items ?? []).map(toOption);
  if (selected && !options.some((o) => o.value === selected.value)) {
    options.unshift(selected);
  }
  return (
    <Select
      label={label}
      description={description}
      required={required}
      searchable
      clearable
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('common.nothingFound')}
      onChange={(next) => onChange(options.find((o) => o.value === next) ?? null)}
      error={error}
      disabled={disabled}
    />
  );
}
