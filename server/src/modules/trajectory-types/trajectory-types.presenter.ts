import type { Locale } from '../../db/schema';
import type { TrajectoryTypeRecord, TypePhaseRecord } from './trajectory-types.repository';
import type { TrajectoryTypeDto } from './trajectory-types.schemas';

export function presentTrajectoryType(
  row: TrajectoryTypeRecord,
  phases: TypePhaseRecord[],
  locale: Locale,
  abilities: TrajectoryTypeDto['abilities'],
): TrajectoryTypeDto {
  return {
    id: row.id,
    key: row.key,
    name: locale === 'en' ? row.name_en : row.name_nl,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    measure: row.measure,
    totalTermDays: row.total_term_days,
    participatingRoles: row.participating_roles,
    successOutcomes: row.success_outcomes,
    aftercareMonths: row.aftercare_months.map(Number),
    budgetHoursPerPeriod: Number(row.budget_hours_per_period),
    budgetPeriodMonths: row.budget_period_months,
    phases: phases
      .filter((p) => p.type_id === row.id)
      .map((p) => ({
        key: p.key,
        name: locale === 'en' ? p.name_en : p.name_nl,
        nameNl: p.name_nl,
        nameEn: p.name_en,
        defaultTermDays: p.default_term_days,
      })),
    isActive: row.is_active,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    abilities,
  };
}
