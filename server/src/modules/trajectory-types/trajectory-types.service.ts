import type { Kysely, Updateable } from 'kysely';
import type { DB, TrajectoryTypesTable } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { diffChanges, recordAudit } from '../audit/audit.service';
import { assertAllowed } from '../employers/employers.service';
import { canManageTrajectoryTypes, phaseKeyIssues } from './trajectory-types.policy';
import { presentTrajectoryType } from './trajectory-types.presenter';
import { trajectoryTypesRepository } from './trajectory-types.repository';
import type {
  CreateTrajectoryTypeBody,
  TrajectoryTypeQuery,
  UpdateTrajectoryTypeBody,
} from './trajectory-types.schemas';

const unique = <T>(values: readonly T[]) => [...new Set(values)];

function phaseRows(phases: CreateTrajectoryTypeBody['phases']) {
  const issues = phaseKeyIssues(phases);
  if (issues.length) {
    throw new ValidationError(issues);
  }
  return phases.map((p, i) => ({
    key: p.key,
    sort_order: i,
    name_nl: p.nameNl,
    name_en: p.nameEn,
    default_term_days: p.defaultTermDays,
  }));
}

async function load(db: Kysely<DB>, id: string) {
  const row = await trajectoryTypesRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

async function present(ctx: RequestContext, db: Kysely<DB>, id: string) {
  const row = await load(db, id);
  const phases = await trajectoryTypesRepository.findPhases(db, [id]);
  return presentTrajectoryType(row, phases, ctx.locale, { update: canManageTrajectoryTypes(ctx.actor) });
}

/** The trajectory types the network works with (active ones unless asked), with their phases and defaults. */
export async function findTrajectoryTypes(ctx: RequestContext, query: TrajectoryTypeQuery) {
  const rows = await trajectoryTypesRepository.findMany(ctx.db, query);
  const phases = await trajectoryTypesRepository.findPhases(
    ctx.db,
    rows.map((r) => r.id),
  );
  const abilities = { update: canManageTrajectoryTypes(ctx.actor) };
  return { items: rows.map((r) => presentTrajectoryType(r, phases, ctx.locale, abilities)) };
}

/** One trajectory type. */
export async function getTrajectoryType(ctx: RequestContext, id: string) {
  return present(ctx, ctx.db, id);
}

/** Adds a trajectory type (network admins): phases with default terms, roles, success outcomes, aftercare. */
export async function createTrajectoryType(ctx: RequestContext, input: CreateTrajectoryTypeBody) {
  await assertAllowed(ctx, canManageTrajectoryTypes(ctx.actor), {
    action: 'trajectory_type.created',
    entityType: 'trajectory_type',
  });
  const phases = phaseRows(input.phases);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await trajectoryTypesRepository.findByKey(trx, input.key)) {
      throw new ValidationError([{ path: 'key', code: 'duplicate' }], 409);
    }
    const { id } = await trajectoryTypesRepository.insert(trx, {
      key: input.key,
      name_nl: input.nameNl,
      name_en: input.nameEn,
      measure: input.measure,
      total_term_days: input.totalTermDays,
      participating_roles: unique(input.participatingRoles),
      success_outcomes: unique(input.successOutcomes),
      aftercare_months: unique(input.aftercareMonths).sort((a, b) => a - b),
      budget_hours_per_period: input.budgetHoursPerPeriod,
      budget_period_months: input.budgetPeriodMonths,
    });
    await trajectoryTypesRepository.replacePhases(trx, id, phases);
    await recordAudit(trx, ctx, {
      action: 'trajectory_type.created',
      entityType: 'trajectory_type',
      entityId: id,
      details: { key: input.key, phases: phases.map((p) => p.key) },
    });
    return id;
  });
  return present(ctx, ctx.db, id);
}

/**
 * Edits a trajectory type, a new version (409 on a stale one). Running trajectories keep the phases and terms they
 * were opened with and record the version they follow.
 */
export async function updateTrajectoryType(ctx: RequestContext, id: string, input: UpdateTrajectoryTypeBody) {
  const before = await load(ctx.db, id);
  await assertAllowed(ctx, canManageTrajectoryTypes(ctx.actor), {
    action: 'trajectory_type.updated',
    entityType: 'trajectory_type',
    entityId: id,
  });
  const { data } = input;
  const phases = data.phases ? phaseRows(data.phases) : null;
  const values: Updateable<TrajectoryTypesTable> = {
    ...(data.nameNl !== undefined && { name_nl: data.nameNl }),
    ...(data.nameEn !== undefined && { name_en: data.nameEn }),
    ...(data.measure !== undefined && { measure: data.measure }),
    ...(data.totalTermDays !== undefined && { total_term_days: data.totalTermDays }),
    ...(data.participatingRoles !== undefined && { participating_roles: unique(data.participatingRoles) }),
    ...(data.successOutcomes !== undefined && { success_outcomes: unique(data.successOutcomes) }),
    ...(data.aftercareMonths !== undefined && {
      aftercare_months: unique(data.aftercareMonths).sort((a, b) => a - b),
    }),
    ...(data.budgetHoursPerPeriod !== undefined && { budget_hours_per_period: data.budgetHoursPerPeriod }),
    ...(data.budgetPeriodMonths !== undefined && { budget_period_months: data.budgetPeriodMonths }),
    ...(data.isActive !== undefined && { is_active: data.isActive }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await trajectoryTypesRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, await present(ctx, trx, id));
    }
    if (phases) {
      await trajectoryTypesRepository.replacePhases(trx, id, phases);
    }
    await recordAudit(trx, ctx, {
      action: 'trajectory_type.updated',
      entityType: 'trajectory_type',
      entityId: id,
      details: {
        version: input.version + 1,
        changes: diffChanges(
          { ...before, aftercare_months: before.aftercare_months.map(Number) } as Record<string, unknown>,
          values,
          [
            'name_nl',
            'name_en',
            'measure',
            'total_term_days',
            'participating_roles',
            'success_outcomes',
            'aftercare_months',
            'budget_period_months',
            'is_active',
          ],
        ),
        ...(phases && { phases: phases.map((p) => p.key) }),
      },
    });
  });
  return present(ctx, ctx.db, id);
}
