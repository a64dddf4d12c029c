import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconListCheck, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IcfCategory, IcfSuggested } from '../../api/types';
import { ICF_SOURCES, QUALIFIERS } from './indication-labels';

export interface IcfItemDraft {
  code: string;
  title: string;
  qualifier: number;
  source: (typeof ICF_SOURCES)[number];
  note: string;
}

export const MIN_ITEMS = 20;
export const MAX_ITEMS = 43;

/**
 * The ICF items of a draft indication: add by code or words, or the suggested work set at once; rate each with a
 * qualifier and its source. New items start at 8 (not specified) so that nothing is rated by accident.
 */
export function IcfItemsEditor({
  items,
  onChange,
  errors,
}: {
  items: IcfItemDraft[];
  onChange: (items: IcfItemDraft[]) => void;
  /** Server messages per item index (from data.items.N.*). */
  errors: Record<number, string>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [added, setAdded] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['reference/icf', debounced],
    queryFn: () => api.get<IcfCategory[]>('/reference/icf', { q: debounced, limit: 30 }),
    enabled: debounced.trim().length > 0,
  });
  const suggested = useQuery({
    queryKey: ['reference/icf/suggested'],
    queryFn: () => api.get<IcfSuggested[]>('/reference/icf/suggested'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const present = new Set(items.map((i) => i.code));
  const qualifierOptions = QUALIFIERS.map((q) => ({
    value: String(q),
    label: t(`indications.qualifiers.q${q}`),
  }));
  const sourceOptions = ICF_SOURCES.map((s) => ({ value: s, label: t(`indications.sources.${s}`) }));
  const count = items.length;
  const countColor = count >= MIN_ITEMS && count <= MAX_ITEMS ? 'green' : 'orange';

  const add = (category: { code: string; title: string }) =>
    onChange([
      ...items,
      { code: category.code, title: category.title, qualifier: 8, source: 'interview', note: '' },
    ]);
  const update = (code: string, change: Partial<IcfItemDraft>) =>
    onChange(items.map((i) => (i.code === code ? { ...i, ...change } : i)));
  const addSuggested = () => {
    const missing = (suggested.data ?? []).filter((s) => !present.has(s.code));
    onChange([
      ...items,
      ...missing.map((s) => ({
        code: s.code,
        title: s.title,
        qualifier: 8,
        source: 'interview' as const,
        note: '',
      })),
    ]);
    setAdded(t('indications.editor.suggestedAdded', { count: missing.length }));
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('indications.editor.addSearch')}
          placeholder={t('indications.editor.addSearchPlaceholder')}
          searchable
          w={420}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          value={null}
          nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
          data={(found.data ?? []).map((c) => ({
            value: c.code,
            label: `${c.code} ${c.title}${present.has(c.code) ? ` (${t('indications.editor.already')})` : ''}`,
            disabled: present.has(c.code),
          }))}
          onChange={(code) => {
            const category = found.data?.find((c) => c.code === code);
            if (category) {
              add(category);
              setSearch('');
            }
          }}
        />
        <Tooltip label={t('indications.editor.addSuggestedHelp')} multiline w={320}>
          <Button
            variant="light"
            leftSection={<IconListCheck size={16} />}
            onClick={addSuggested}
            loading={suggested.isPending}
            disabled={!suggested.data}
          >
            {t('indications.editor.addSuggested')}
          </Button>
        </Tooltip>
      </Group>
      <Group gap="sm">
        <Badge color={countColor} variant="light" size="lg">
          {t('indications.editor.count', { count, min: MIN_ITEMS, max: MAX_ITEMS })}
        </Badge>
        {added && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {added}
          </Text>
        )}
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{t('indications.editor.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('indications.editor.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indications.editor.code')}</Table.Th>
                <Table.Th>{t('indications.editor.category')}</Table.Th>
                <Table.Th w={210}>{t('indications.editor.qualifier')}</Table.Th>
                <Table.Th w={190}>{t('indications.editor.source')}</Table.Th>
                <Table.Th>{t('indications.editor.note')}</Table.Th>
                <Table.Th w={50}>
                  <span className="visually-hidden">{t('indications.editor.remove')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, index) => (
                <Table.Tr key={item.code}>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {item.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.title}</Text>
                    {errors[index] && (
                      <Text size="xs" c="red.9" role="alert">
                        {errors[index]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('indications.editor.qualifierOf', { code: item.code })}
                      allowDeselect={false}
                      data={qualifierOptions}
                      value={String(item.qualifier)}
                      onChange={(v) => update(item.code, { qualifier: Number(v) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('indications.editor.sourceOf', { code: item.code })}
                      allowDeselect={false}
                      data={sourceOptions}
                      value={item.source}
                      onChange={(v) => update(item.code, { source: v as IcfItemDraft['source'] })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('indications.editor.noteOf', { code: item.code })}
                      value={item.note}
                      maxLength={1000}
                      onChange={(e) => update(item.code, { note: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('indications.editor.removeOf', { code: item.code })}
                      onClick={() => onChange(items.filter((i) => i.code !== item.code))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
