import type { Locale } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { groupBy } from '../../lib/collections';
import type { EmployerRelation, EmployerView } from '../employers/employers.policy';
import { DIMENSION_INDEX, DIMENSIONS, type DimensionKey } from '../profiles/dimensions';
import { jobAbilities } from './jobs.policy';
import { deriveJobProfile } from './jobs.profile';
import type { JobRecord, jobsRepository, TaskRecord } from './jobs.repository';
import type { JobDetailDto, JobListItemDto } from './jobs.schemas';

type DemandRow = Awaited<ReturnType<typeof jobsRepository.findDemands>>[number];

const DIMENSION_BY_KEY = new Map(DIMENSIONS.map((d) => [d.key as string, d]));

export function dimensionLabel(key: string, locale: Locale): string {
  const d = DIMENSION_BY_KEY.get(key);
  return d ? (locale === 'en' ? d.en : d.nl) : key;
}

export function presentJobListItem(
  row: JobRecord,
  relation: EmployerRelation,
  view: EmployerView,
  actor: Actor,
  locale: Locale,
): JobListItemDto {
  return {
    id: row.id,
    employer: { id: row.employer_id, name: row.employer_name },
    site: {
      id: row.site_id,
      name: row.site_name,
      municipality: row.municipality_nis
        ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
        : null,
    },
    title: row.title,
    occupation: row.isco_code
      ? { code: row.isco_code, title: (locale === 'en' ? row.isco_title_en : row.isco_title_nl) ?? '' }
      : null,
    hoursPerWeek: Number(row.hours_per_week),
    status: row.status,
    kind: row.kind,
    positions: row.positions,
    contractType: row.contract_type,
    startDate: row.start_date,
    taskCount: Number(row.task_count ?? 0),
    taskHoursPerWeek: Number(row.task_hours ?? 0),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    abilities: jobAbilities(actor, relation, view, { status: row.status, kind: row.kind }),
  };
}

export function presentJob(
  row: JobRecord,
  tasks: TaskRecord[],
  demands: DemandRow[],
  relation: EmployerRelation,
  view: EmployerView,
  actor: Actor,
  locale: Locale,
): JobDetailDto {
  const demandsByTask = groupBy(demands, (d) => d.task_id);
  const ordered = (taskId: string) =>
    (demandsByTask.get(taskId) ?? []).sort(
      (a, b) =>
        (DIMENSION_INDEX.get(a.dimension as DimensionKey) ?? 99) -
        (DIMENSION_INDEX.get(b.dimension as DimensionKey) ?? 99),
    );
  const profile = deriveJobProfile(
    tasks.map((t) => ({
      id: t.id,
      name: t.name,
      hoursPerWeek: Number(t.hours_per_week),
      demands: new Map(ordered(t.id).map((d) => [d.dimension, d.level])),
    })),
    row.essential_dimensions,
  );
  const sourceJobs = new Map(
    tasks.filter((t) => t.source_job_id).map((t) => [t.source_job_id!, t.source_job_title ?? '']),
  );
  return {
    ...presentJobListItem(row, relation, view, actor, locale),
    description: row.description,
    schedule: row.schedule,
    shifts: row.shifts as JobDetailDto['shifts'],
    dutchLevel: row.dutch_level,
    dutchLevelWaivable: row.dutch_level_waivable,
    canAdaptHours: row.can_adapt_hours,
    canAdaptPhysical: row.can_adapt_physical,
    canAdaptEnvironment: row.can_adapt_environment,
    canWorkWithLimitedDutch: row.can_work_with_limited_dutch,
    isOpenToWagePremium: row.open_to_wage_premium,
    hasMentor: row.has_mentor,
    essentialDimensions: row.essential_dimensions.map((key) => ({ key, label: dimensionLabel(key, locale) })),
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      hoursPerWeek: Number(t.hours_per_week),
      sortOrder: t.sort_order,
      demands: ordered(t.id).map((d) => ({
        dimension: d.dimension,
        label: dimensionLabel(d.dimension, locale),
        level: d.level,
      })),
      sourceTask:
        t.source_task_id && t.source_job_id
          ? {
              id: t.source_task_id,
              name: t.source_task_name ?? '',
              job: { id: t.source_job_id, title: t.source_job_title ?? '' },
            }
          : null,
    })),
    profile: {
      rule: 'max_over_tasks',
      jobHoursPerWeek: Number(row.hours_per_week),
      taskHoursPerWeek: profile.taskHoursPerWeek,
      dimensions: profile.dimensions.map((d) => ({
        ...d,
        group: DIMENSION_BY_KEY.get(d.dimension)!.group,
        label: dimensionLabel(d.dimension, locale),
      })),
    },
    carvedFrom: [...sourceJobs].map(([id, title]) => ({ id, title })),
    internshipSheet:
      row.sheet_version === null
        ? null
        : {
            version: row.sheet_version,
            isAccepted: row.sheet_accepted_at !== null,
            acceptedAt: row.sheet_accepted_at?.toISOString() ?? null,
          },
    createdByOrganisation: row.created_by_organisation_id
      ? { id: row.created_by_organisation_id, name: row.created_by_organisation_name ?? '' }
      : null,
    createdAt: row.created_at.toISOString(),
  };
}
