import type { Kysely, Updateable } from 'kysely';
import type { DB, WorkplaceAdaptationsTable } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { diffChanges, recordAudit } from '../audit/audit.service';
import { assertAllowed } from '../employers/employers.service';
import { dimensionIssues } from '../jobs/jobs.policy';
import { adaptationsClosing, canManageAdaptations } from './adaptations.policy';
import { presentAdaptation } from './adaptations.presenter';
import { adaptationsRepository } from './adaptations.repository';
import type { AdaptationQuery, CreateAdaptationBody, UpdateAdaptationBody } from './adaptations.schemas';

function assertDimensions(path: string, keys: string[] | undefined) {
  const issues = dimensionIssues(path, keys ?? []);
  if (issues.length) {
    throw new ValidationError(issues);
  }
}

/**
 * The workplace adaptation catalogue. Given gap dimensions, only the adaptations closing at least one of them,
 * with which, those closing most first (what matching shows next to a gap).
 */
export async function findAdaptations(ctx: RequestContext, query: AdaptationQuery) {
  const gaps = query.dimensions
    ? [
        ...new Set(
          query.dimensions
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean),
        ),
      ]
    : undefined;
  assertDimensions('dimensions', gaps);
  const rows = await adaptationsRepository.findMany(ctx.db, { ...query, dimensions: gaps });
  if (!gaps) {
    return { items: rows.map((r) => presentAdaptation(r, ctx.actor, ctx.locale)) };
  }
  return {
    items: adaptationsClosing(rows, gaps).map(({ adaptation, closes }) =>
      presentAdaptation(adaptation, ctx.actor, ctx.locale, closes),
    ),
  };
}

async function load(db: Kysely<DB>, id: string) {
  const row = await adaptationsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

/** One adaptation. */
export async function getAdaptation(ctx: RequestContext, id: string) {
  return presentAdaptation(await load(ctx.db, id), ctx.actor, ctx.locale);
}

/** Adds an adaptation to the catalogue (network admins): the dimensions it closes, cost band, funders. */
export async function createAdaptation(ctx: RequestContext, input: CreateAdaptationBody) {
  await assertAllowed(ctx, canManageAdaptations(ctx.actor), {
    action: 'workplace_adaptation.created',
    entityType: 'workplace_adaptation',
  });
  assertDimensions('dimensions', input.dimensions);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await adaptationsRepository.findByKey(trx, input.key)) {
      throw new ValidationError([{ path: 'key', code: 'duplicate' }], 409);
    }
    const { id } = await adaptationsRepository.insert(trx, {
      key: input.key,
      name_nl: input.nameNl,
      name_en: input.nameEn,
      description_nl: input.descriptionNl,
      description_en: input.descriptionEn,
      cost_band: input.costBand,
      funders: [...new Set(input.funders)],
      dimensions: [...new Set(input.dimensions)],
    });
    await recordAudit(trx, ctx, {
      action: 'workplace_adaptation.created',
      entityType: 'workplace_adaptation',
      entityId: id,
      details: { key: input.key, dimensions: input.dimensions, costBand: input.costBand },
    });
    return id;
  });
  return getAdaptation(ctx, id);
}

/** Edits or (de)activates an adaptation (network admins; 409 on a stale version). */
export async function updateAdaptation(ctx: RequestContext, id: string, input: UpdateAdaptationBody) {
  const before = await load(ctx.db, id);
  await assertAllowed(ctx, canManageAdaptations(ctx.actor), {
    action: 'workplace_adaptation.updated',
    entityType: 'workplace_adaptation',
    entityId: id,
  });
  const { data } = input;
  assertDimensions('dimensions', data.dimensions);
  const values: Updateable<WorkplaceAdaptationsTable> = {
    ...(data.nameNl !== undefined && { name_nl: data.nameNl }),
    ...(data.nameEn !== undefined && { name_en: data.nameEn }),
    ...(data.descriptionNl !== undefined && { description_nl: data.descriptionNl }),
    ...(data.descriptionEn !== undefined && { description_en: data.descriptionEn }),
    ...(data.costBand !== undefined && { cost_band: data.costBand }),
    ...(data.funders !== undefined && { funders: [...new Set(data.funders)] }),
    ...(data.dimensions !== undefined && { dimensions: [...new Set(data.dimensions)] }),
    ...(data.isActive !== undefined && { is_active: data.isActive }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await adaptationsRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, presentAdaptation(await load(trx, id), ctx.actor, ctx.locale));
    }
    await recordAudit(trx, ctx, {
      action: 'workplace_adaptation.updated',
      entityType: 'workplace_adaptation',
      entityId: id,
      details: {
        changes: diffChanges(before as Record<string, unknown>, values, [
          'name_nl',
          'name_en',
          'description_nl',
          'description_en',
          'cost_band',
          'funders',
          'dimensions',
          'is_active',
        ]),
      },
    });
  });
  return getAdaptation(ctx, id);
}
