import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconEdit, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_BANDS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { WorkplaceAdaptation } from '../../api/types';
import { dimensionOptions, useDimensions } from '../../components/dimensions';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { AdaptationEditDialog } from './adaptation-edit-dialog';

/**
 * The catalogue of workplace adaptations: which gaps (dimensions) each can close, its typical cost and who can
 * fund it. Filtering by dimensions answers "what closes these gaps?", those closing most first; network admins
 * add, edit and deactivate adaptations.
 */
export function AdaptationsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { params, update } = useFilters();
  const dimensions = useDimensions();
  const [editing, setEditing] = useState<WorkplaceAdaptation | 'new' | null>(null);
  const q = params.get('q') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const gaps = (params.get('dimensions') ?? '').split(',').filter(Boolean);
  const filters = {
    q: debouncedQ,
    dimensions: gaps.join(',') || null,
    costBand: params.get('costBand'),
    includeInactive: params.get('inactive') === 'true' ? 'true' : null,
  };
  const query = useQuery({
    queryKey: ['workplace-adaptations', { ...filters, language: i18n.language }],
    queryFn: () => api.get<{ items: WorkplaceAdaptation[] }>('/workplace-adaptations', filters),
    placeholderData: keepPreviousData,
  });
  const canManage = can('adaptation.manage');
  return (
    <>
      <PageHeader
        title={t('catalogues.adaptations.title')}
        description={t('catalogues.adaptations.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('catalogues.adaptations.add')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('common.search')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          w={220}
        />
        <MultiSelect
          label={t('catalogues.adaptations.gaps')}
          description={t('catalogues.adaptations.gapsHelp')}
          searchable
          clearable
          data={dimensionOptions(dimensions.data, (g) => t(`capabilities.groups.${g}`))}
          value={gaps}
          onChange={(value) => update({ dimensions: value.join(',') || null })}
          nothingFoundMessage={t('common.nothingFound')}
          miw={280}
          maw={520}
        />
        <Select
          label={t('catalogues.adaptations.costBand')}
          clearable
          value={params.get('costBand')}
          onChange={(v) => update({ costBand: v })}
          data={COST_BANDS.map((b) => ({ value: b, label: t(`catalogues.adaptations.costBands.${b}`) }))}
          w={220}
        />
        {canManage && (
          <Checkbox
            label={t('catalogues.includeInactive')}
            checked={params.get('inactive') === 'true'}
            onChange={(e) => update({ inactive: e.currentTarget.checked ? 'true' : null })}
            mb={8}
          />
        )}
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('catalogues.adaptations.empty')}</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label={t('catalogues.adaptations.title')} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('catalogues.adaptations.adaptation')}</Table.Th>
                    <Table.Th>{t('catalogues.adaptations.dimensions')}</Table.Th>
                    <Table.Th>{t('catalogues.adaptations.costBand')}</Table.Th>
                    <Table.Th>{t('catalogues.adaptations.funders')}</Table.Th>
                    {canManage && (
                      <Table.Th>
                        <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td maw={360}>
                        <Group gap="xs">
                          <Text size="sm" fw={600}>
                            {a.name}
                          </Text>
                          {!a.isActive && <Badge color="gray">{t('common.inactive')}</Badge>}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {a.description}
                        </Text>
                        {gaps.length > 0 && (
                          <Text size="xs" fw={600} mt={4}>
                            {t('catalogues.adaptations.closes', {
                              count: a.closes.length,
                              total: gaps.length,
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {a.dimensions.map((d) => (
                            <Badge
                              key={d.key}
                              color={a.closes.includes(d.key) ? 'green' : 'gray'}
                              leftSection={
                                a.closes.includes(d.key) ? <IconCheck size={12} aria-hidden /> : undefined
                              }
                            >
                              {d.label}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td miw={150}>{t(`catalogues.adaptations.costBands.${a.costBand}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {a.funders.map((f) => t(`catalogues.adaptations.funderNames.${f}`)).join(', ') ||
                            '—'}
                        </Text>
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          {a.abilities.update && (
                            <Tooltip label={t('catalogues.adaptations.editTitle', { name: a.name })}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('catalogues.adaptations.editTitle', { name: a.name })}
                                onClick={() => setEditing(a)}
                              >
                                <IconEdit size={16} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {editing !== null && (
        <AdaptationEditDialog
          adaptation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
