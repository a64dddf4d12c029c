import type { Locale } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { dimensionLabel } from '../jobs/jobs.presenter';
import { DIMENSIONS } from '../profiles/dimensions';
import { canManageAdaptations } from './adaptations.policy';
import type { AdaptationRecord } from './adaptations.repository';
import type { WorkplaceAdaptationDto } from './adaptations.schemas';

const GROUP_OF = new Map(DIMENSIONS.map((d) => [d.key as string, d.group]));

export function presentAdaptation(
  row: AdaptationRecord,
  actor: Actor,
  locale: Locale,
  closes: string[] = [],
): WorkplaceAdaptationDto {
  return {
    id: row.id,
    key: row.key,
    name: locale === 'en' ? row.name_en : row.name_nl,
    description: locale === 'en' ? row.description_en : row.description_nl,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    descriptionNl: row.description_nl,
    descriptionEn: row.description_en,
    costBand: row.cost_band,
    funders: row.funders as WorkplaceAdaptationDto['funders'],
    dimensions: row.dimensions.map((key) => ({
      key,
      group: GROUP_OF.get(key) ?? 'conditions',
      label: dimensionLabel(key, locale),
    })),
    isActive: row.is_active,
    closes,
    version: row.version,
    abilities: { update: canManageAdaptations(actor) },
  };
}
