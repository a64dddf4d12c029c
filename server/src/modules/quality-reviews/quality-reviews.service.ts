import type { Kysely } from 'kysely';
import type { DB, Locale, ReviewBand } from '../../db/schema';
import { isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit, recordDenied } from '../audit/audit.service';
import { type ReviewRecord, qualityReviewsRepository as repo } from './quality-reviews.repository';
import type {
  CreateReviewBody,
  QualityReviewDto,
  ReviewScaleDto,
  ScorecardDto,
  UpdateReviewBody,
} from './quality-reviews.schemas';

const nl = (locale: Locale) => locale === 'nl-BE';

/** The band a total falls in: the first (highest) whose minimum it reaches. */
export function bandOf(bands: ReviewBand[], total: number | null, locale: Locale) {
  if (total === null) {
    return null;
  }
  const band = [...bands].sort((a, b) => b.minimum - a.minimum).find((b) => total >= b.minimum);
  return band ? { key: band.key, label: nl(locale) ? band.nl : band.en, minimum: band.minimum } : null;
}

async function presentScale(db: Kysely<DB>, scaleId: string, locale: Locale): Promise<ReviewScaleDto> {
  const s = await repo.findScale(db, scaleId);
  const items = await repo.findItems(db, scaleId);
  return {
    id: s.id,
    key: s.key,
    version: s.version,
    title: nl(locale) ? s.title_nl : s.title_en,
    description: nl(locale) ? s.description_nl : s.description_en,
    bands: [...s.bands]
      .sort((a, b) => b.minimum - a.minimum)
      .map((b) => ({ key: b.key, label: nl(locale) ? b.nl : b.en, minimum: b.minimum })),
    minimumTotal: items.length,
    maximumTotal: items.length * 5,
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      key: i.key,
      title: nl(locale) ? i.title_nl : i.title_en,
      description: nl(locale) ? i.description_nl : i.description_en,
      anchors: nl(locale) ? i.anchors_nl : i.anchors_en,
    })),
  };
}

async function presentReviews(
  db: Kysely<DB>,
  rows: ReviewRecord[],
  locale: Locale,
): Promise<QualityReviewDto[]> {
  const scores = await repo.findScores(
    db,
    rows.map((r) => r.id),
  );
  const itemsByScale = new Map<string, { key: string }[]>();
  for (const r of rows) {
    if (!itemsByScale.has(r.scale_id)) {
      itemsByScale.set(r.scale_id, await repo.findItems(db, r.scale_id));
    }
  }
  return rows.map((r) => ({
    id: r.id,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    scale: { id: r.scale_id, key: r.scale_key, version: r.scale_version },
    reviewer: { id: r.reviewer_user_id, name: r.reviewer_name },
    reviewedOn: r.reviewed_on,
    status: r.status,
    summary: r.summary,
    scores: itemsByScale.get(r.scale_id)!.map((item) => {
      const s = scores.find((x) => x.review_id === r.id && x.key === item.key);
      return { itemKey: item.key, score: s?.score ?? null, note: s?.note ?? null };
    }),
    total: r.total,
    band: bandOf(r.bands, r.total, locale),
    finalisedAt: r.finalised_at?.toISOString() ?? null,
    version: r.version,
  }));
}

/** Org admins read their own organisations' reviews; network admins and analysts every organisation's. */
function readScope(ctx: RequestContext): string[] | null {
  return isNetworkAdmin(ctx.actor) || ctx.actor.grants.some((g) => g.role === 'analyst')
    ? null
    : organisationIdsWith(ctx.actor, ['org_admin']);
}

export async function getActiveScale(ctx: RequestContext) {
  const scale = await repo.findActiveScale(ctx.db);
  if (!scale) {
    throw new NotFoundError();
  }
  return presentScale(ctx.db, scale.id, ctx.locale);
}

/** Every coaching organisation in scope with its latest final review (total, band) and the trend against the one before. */
export async function getOverview(ctx: RequestContext) {
  const { organisations, reviews } = await repo.overview(ctx.db, readScope(ctx));
  return {
    items: organisations.map((o) => {
      const finals = reviews.filter((r) => r.organisation_id === o.id && r.status === 'final');
      const [latest, previous] = finals;
      return {
        organisation: o,
        latest: latest
          ? {
              id: latest.id,
              reviewedOn: latest.reviewed_on,
              total: latest.total!,
              band: bandOf(latest.bands, latest.total, ctx.locale),
            }
          : null,
        trend: latest && previous ? latest.total! - previous.total! : null,
        reviews: finals.length,
        hasDraft: reviews.some((r) => r.organisation_id === o.id && r.status === 'draft'),
      };
    }),
  };
}

/** The scorecard of one organisation: the latest final review item by item, the previous one, the history. */
export async function getScorecard(ctx: RequestContext, organisationId: string): Promise<ScorecardDto> {
  const scope = readScope(ctx);
  const organisation = await repo.findOrganisation(ctx.db, organisationId);
  if (!organisation || (scope !== null && !scope.includes(organisationId))) {
    if (organisation) {
      await recordDenied(ctx.db, ctx, {
        action: 'quality_review.read',
        entityType: 'organisation',
        entityId: organisationId,
      });
    }
    throw new NotFoundError();
  }
  const rows = await repo.findForOrganisation(ctx.db, organisationId);
  const reviews = await presentReviews(ctx.db, rows, ctx.locale);
  const finals = reviews.filter((r) => r.status === 'final');
  const draft = isNetworkAdmin(ctx.actor) ? (reviews.find((r) => r.status === 'draft') ?? null) : null;
  const latest = finals[0] ?? null;
  const previous = finals[1] ?? null;
  const active = await repo.findActiveScale(ctx.db);
  const scaleId = latest?.scale.id ?? draft?.scale.id ?? active?.id;
  if (!scaleId) {
    throw new NotFoundError();
  }
  return {
    organisation: { id: organisation.id, name: organisation.name },
    scale: await presentScale(ctx.db, scaleId, ctx.locale),
    latest,
    previous,
    trend: latest && previous ? latest.total! - previous.total! : null,
    history: finals.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewedOn,
      total: r.total!,
      band: r.band,
      reviewer: r.reviewer,
    })),
    draft,
  };
}

async function loadReview(ctx: RequestContext, id: string, db: Kysely<DB> = ctx.db) {
  const row = await repo.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const scope = readScope(ctx);
  if (scope !== null && !scope.includes(row.organisation_id)) {
    await recordDenied(ctx.db, ctx, {
      action: 'quality_review.read',
      entityType: 'quality_review',
      entityId: id,
    });
    throw new NotFoundError();
  }
  if (row.status === 'draft' && !isNetworkAdmin(ctx.actor)) {
    throw new NotFoundError();
  }
  return row;
}

export async function getReview(ctx: RequestContext, id: string, db: Kysely<DB> = ctx.db) {
  return (await presentReviews(db, [await loadReview(ctx, id, db)], ctx.locale))[0]!;
}

/** Opens a review of a coaching organisation on the active scale (one open review per organisation). */
export async function createReview(ctx: RequestContext, input: CreateReviewBody) {
  const organisation = await repo.findOrganisation(ctx.db, input.organisationId);
  if (!organisation) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  if (organisation.kind === 'federation') {
    throw ValidationError.field('organisationId', 'review_not_reviewable');
  }
  if (organisationIdsWith(ctx.actor).includes(organisation.id)) {
    throw ValidationError.field('organisationId', 'review_own_organisation');
  }
  if (await repo.hasDraft(ctx.db, organisation.id)) {
    throw new ValidationError([{ path: 'organisationId', code: 'review_draft_exists' }], 409);
  }
  const scale = await repo.findActiveScale(ctx.db);
  if (!scale) {
    throw new NotFoundError();
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insert(trx, {
      organisation_id: organisation.id,
      scale_id: scale.id,
      reviewer_user_id: ctx.actor.userId,
      reviewed_on: input.reviewedOn,
    });
    await recordAudit(trx, ctx, {
      action: 'quality_review.created',
      entityType: 'quality_review',
      entityId: id,
      details: { organisationId: organisation.id, scale: `${scale.key}@${scale.version}` },
    });
    return id;
  });
  return getReview(ctx, id);
}

/** Saves scores and notes of an open review (409 on a stale version or once final). */
export async function updateReview(ctx: RequestContext, id: string, input: UpdateReviewBody) {
  const row = await loadReview(ctx, id);
  if (row.status !== 'draft') {
    throw new ValidationError([{ path: 'version', code: 'review_not_draft' }], 409);
  }
  const items = await repo.findItems(ctx.db, row.scale_id);
  const scores = input.scores ?? [];
  const issues = scores.flatMap((s, i) =>
    items.some((item) => item.key === s.itemKey)
      ? []
      : [{ path: `scores.${i}.itemKey`, code: 'review_unknown_item' as const }],
  );
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateVersioned(trx, id, input.version, {
      ...(input.reviewedOn !== undefined && { reviewed_on: input.reviewedOn }),
      ...(input.summary !== undefined && { summary: input.summary }),
    });
    if (!ok) {
      throw new ConflictError(input.version, await getReview(ctx, id, trx));
    }
    await repo.upsertScores(
      trx,
      scores.map((s) => ({
        review_id: id,
        item_id: items.find((item) => item.key === s.itemKey)!.id,
        score: s.score,
        note: s.note ?? null,
      })),
    );
    await recordAudit(trx, ctx, {
      action: 'quality_review.updated',
      entityType: 'quality_review',
      entityId: id,
      details: { items: scores.map((s) => s.itemKey) },
    });
  });
  return getReview(ctx, id);
}

/** Closes a review: every item scored (field scores.<itemKey>), the total stored; it no longer changes. */
export async function finaliseReview(ctx: RequestContext, id: string, version: number) {
  const review = await getReview(ctx, id);
  if (review.status !== 'draft') {
    throw new ValidationError([{ path: 'version', code: 'review_not_draft' }], 409);
  }
  if (review.version !== version) {
    throw new ConflictError(version, review);
  }
  const missing = review.scores.filter((s) => s.score === null);
  if (missing.length) {
    throw new ValidationError(
      missing.map((s) => ({ path: `scores.${s.itemKey}`, code: 'review_score_missing' })),
    );
  }
  const total = review.scores.reduce((sum, s) => sum + s.score!, 0);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await repo.updateVersioned(trx, id, version, { status: 'final', total, finalised_at: new Date() }))
    ) {
      throw new ConflictError(version, review);
    }
    await recordAudit(trx, ctx, {
      action: 'quality_review.finalised',
      entityType: 'quality_review',
      entityId: id,
      details: { organisationId: review.organisation.id, total },
    });
  });
  return getReview(ctx, id);
}
