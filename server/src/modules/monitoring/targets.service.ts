import type { Kysely } from 'kysely';
import type { DB, Locale, MonitoringTargetRow, SuccessDefinitionRow } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { isSmall } from '../../lib/suppression';
import type { Table } from '../../lib/tables';
import { recordAudit } from '../audit/audit.service';
import { label } from './monitoring.labels';
import { monitoringRepository, successDefinitionsRepository } from './monitoring.repository';
import type { CreateTargetBody, TargetsQuery, UpdateTargetBody } from './monitoring.schemas';
import { SuccessRule, statusSql } from './success-rules';
import { targetsRepository, type YearCount } from './targets.repository';

/** How far through its year a target should be by `today`: 0 before the year, 1 after it, pro rata within. */
export function yearElapsed(year: number, today: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const now = Date.parse(`${today}T00:00:00Z`) + 86_400_000; // today counts as a day gone
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** Where a target stands: reached, on track (at least 90% of the pro-rata expectation), behind, missed. */
export function targetStatus(actual: number, target: number, year: number, today: string) {
  const elapsed = yearElapsed(year, today);
  const expected = Math.round(target * elapsed * 10) / 10;
  if (actual >= target) {
    return { expected, status: 'reached' as const };
  }
  if (elapsed === 0) {
    return { expected, status: 'not_started' as const };
  }
  if (elapsed === 1) {
    return { expected, status: 'missed' as const };
  }
  return { expected, status: actual >= 0.9 * expected ? ('on_track' as const) : ('behind' as const) };
}

async function provinceNames(db: Kysely<DB>) {
  const names = new Map<string, string>();
  for (const m of await monitoringRepository.findMunicipalities(db)) {
    if (m.province_nis && m.province_nl) {
      names.set(m.province_nis, m.province_nl);
    }
  }
  return names;
}

/** The targets (of a year) with their progress: what they count, in the year, for their measure and region. */
export async function listTargets(ctx: RequestContext, query: TargetsQuery) {
  const targets = await targetsRepository.list(ctx.db, query.year);
  const definitions = new Map(
    (await successDefinitionsRepository.list(ctx.db)).map((d) => [d.id, d] as [string, SuccessDefinitionRow]),
  );
  const today = brusselsDate(new Date());
  const years = [...new Set(targets.map((t) => t.year))];
  const counts = new Map<string, YearCount[]>();
  if (years.length > 0) {
    const metrics = new Set(targets.map((t) => t.metric));
    if (metrics.has('referrals_started')) {
      counts.set('referrals_started', await targetsRepository.referralsStarted(ctx.db, years));
    }
    if (metrics.has('trajectories_started')) {
      counts.set('trajectories_started', await targetsRepository.trajectoriesStarted(ctx.db, years));
    }
    for (const id of new Set(targets.map((t) => t.success_definition_id).filter((id) => id !== null))) {
      const rule = SuccessRule.parse(definitions.get(id)!.rule);
      counts.set(id, await targetsRepository.trajectoriesSuccessful(ctx.db, years, statusSql(rule, today)));
    }
  }
  const names = await provinceNames(ctx.db);
  return targets.map((t) => {
    const rows = counts.get(t.success_definition_id ?? t.metric) ?? [];
    const actual = rows
      .filter(
        (c) =>
          c.year === t.year &&
          c.measure === t.measure &&
          (t.province_nis === null || c.province_nis === t.province_nis),
      )
      .reduce((sum, c) => sum + c.n, 0);
    const { expected, status } = targetStatus(actual, t.target, t.year, today);
    const isHidden = isSmall(actual);
    return present(t, ctx.locale, names, definitions, {
      actual: isHidden ? null : actual,
      percent: isHidden ? null : Math.round((1000 * actual) / t.target) / 10,
      expectedByNow: expected,
      status,
    });
  });
}

function present(
  t: MonitoringTargetRow,
  locale: Locale,
  names: Map<string, string>,
  definitions: Map<string, SuccessDefinitionRow>,
  progress: { actual: number | null; percent: number | null; expectedByNow: number; status: string },
) {
  const definition = t.success_definition_id ? definitions.get(t.success_definition_id) : undefined;
  return {
    id: t.id,
    year: t.year,
    measure: t.measure,
    provinceNis: t.province_nis,
    regionName: t.province_nis
      ? (names.get(t.province_nis) ?? t.province_nis)
      : label('misc', 'flanders', locale),
    metric: t.metric,
    successDefinition: definition
      ? {
          id: definition.id,
          key: definition.key,
          name: locale === 'en' ? definition.name_en : definition.name_nl,
        }
      : null,
    target: t.target,
    note: t.note,
    version: t.version,
    progress: progress as {
      actual: number | null;
      percent: number | null;
      expectedByNow: number;
      status: 'reached' | 'on_track' | 'behind' | 'missed' | 'not_started';
    },
  };
}

async function loadTarget(ctx: RequestContext, id: string) {
  const row = await targetsRepository.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

async function presentOne(ctx: RequestContext, id: string) {
  const row = await loadTarget(ctx, id);
  return (await listTargets(ctx, { year: row.year, format: 'json' })).find((t) => t.id === id)!;
}

/** Checks a target's fields together: a province of Flanders, a success definition exactly for successes, no twin. */
async function validateTarget(
  db: Kysely<DB>,
  t: Pick<MonitoringTargetRow, 'year' | 'measure' | 'province_nis' | 'metric' | 'success_definition_id'>,
  exceptId?: string,
) {
  if (t.province_nis !== null && !(await provinceNames(db)).has(t.province_nis)) {
    throw ValidationError.field('provinceNis', 'unknown_province');
  }
  if ((t.metric === 'trajectories_successful') !== (t.success_definition_id !== null)) {
    throw ValidationError.field('successDefinitionId', t.success_definition_id ? 'not_allowed' : 'required');
  }
  if (
    t.success_definition_id &&
    !(await successDefinitionsRepository.findById(db, t.success_definition_id))
  ) {
    throw ValidationError.field('successDefinitionId', 'unknown_success_definition');
  }
  if (await targetsRepository.findSame(db, t, exceptId)) {
    throw ValidationError.field('year', 'target_exists');
  }
}

export async function createTarget(ctx: RequestContext, input: CreateTargetBody) {
  const values = {
    year: input.year,
    measure: input.measure,
    province_nis: input.provinceNis,
    metric: input.metric,
    success_definition_id: input.successDefinitionId,
    target: input.target,
    note: input.note,
  };
  await validateTarget(ctx.db, values);
  const { id } = await ctx.db.transaction().execute(async (trx) => {
    const created = await targetsRepository.insert(trx, { ...values, created_by: ctx.actor!.userId });
    await recordAudit(trx, ctx, {
      action: 'monitoring_target.created',
      entityType: 'monitoring_target',
      entityId: created.id,
      details: values,
    });
    return created;
  });
  return presentOne(ctx, id);
}

export async function updateTarget(ctx: RequestContext, id: string, input: UpdateTargetBody) {
  const row = await loadTarget(ctx, id);
  const d = input.data;
  const values = {
    year: d.year ?? row.year,
    measure: d.measure ?? row.measure,
    province_nis: d.provinceNis !== undefined ? d.provinceNis : row.province_nis,
    metric: d.metric ?? row.metric,
    success_definition_id:
      d.successDefinitionId !== undefined ? d.successDefinitionId : row.success_definition_id,
    target: d.target ?? row.target,
    note: d.note ?? row.note,
  };
  await validateTarget(ctx.db, values, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await targetsRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, row);
    }
    await recordAudit(trx, ctx, {
      action: 'monitoring_target.updated',
      entityType: 'monitoring_target',
      entityId: id,
      details: { before: { target: row.target, year: row.year }, after: values },
    });
  });
  return presentOne(ctx, id);
}

export async function deleteTarget(ctx: RequestContext, id: string, version: number) {
  const row = await loadTarget(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await targetsRepository.delete(trx, id, version))) {
      throw new ConflictError(version, row);
    }
    await recordAudit(trx, ctx, {
      action: 'monitoring_target.deleted',
      entityType: 'monitoring_target',
      entityId: id,
      details: { year: row.year, measure: row.measure, metric: row.metric, target: row.target },
    });
  });
}

export function targetTables(targets: Awaited<ReturnType<typeof listTargets>>, locale: Locale): Table[] {
  return [
    {
      title: label('misc', 'targets', locale),
      columns: [
        { key: 'year', label: label('misc', 'year', locale) },
        { key: 'measure', label: label('misc', 'measure', locale) },
        { key: 'region', label: label('misc', 'region', locale) },
        { key: 'metric', label: label('misc', 'metricColumn', locale) },
        { key: 'target', label: label('misc', 'target', locale) },
        { key: 'actual', label: label('misc', 'actual', locale) },
        { key: 'percent', label: label('misc', 'progress', locale) },
        { key: 'expected', label: label('misc', 'expected', locale) },
      ],
      rows: targets.map((t) => ({
        year: t.year,
        measure: label('measure', t.measure, locale),
        region: t.regionName,
        metric: t.successDefinition
          ? `${label('metric', t.metric, locale)}: ${t.successDefinition.name}`
          : label('metric', t.metric, locale),
        target: t.target,
        actual: t.progress.actual,
        percent: t.progress.percent,
        expected: t.progress.expectedByNow,
      })),
    },
  ];
}
