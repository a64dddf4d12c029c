import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DimensionCatalogue } from '../api/types';

export const DIMENSION_GROUPS = ['physical', 'mental', 'communication', 'social', 'conditions'] as const;
export type DimensionGroup = (typeof DIMENSION_GROUPS)[number];
export const DEMAND_LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The matching dimensions with their labels in the UI language and the anchor words of the levels 0–4
 * (GET /api/reference/dimensions), loaded once per language.
 */
export function useDimensions() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'dimensions', i18n.language],
    queryFn: () => api.get<DimensionCatalogue>('/reference/dimensions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Options for a select of dimensions, grouped as the catalogue groups them. */
export function dimensionOptions(
  catalogue: DimensionCatalogue | undefined,
  groupLabel: (group: DimensionGroup) => string,
) {
  return DIMENSION_GROUPS.map((group) => ({
    group: groupLabel(group),
    items: (catalogue?.dimensions ?? [])
      .filter((d) => d.group === group)
      .map((d) => ({ value: d.key, label: d.label })),
  })).filter((g) => g.items.length > 0);
}
