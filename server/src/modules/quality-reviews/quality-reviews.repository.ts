import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { inScope } from '../../lib/scope';

function reviewsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('quality_reviews as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .innerJoin('users as u', 'u.id', 'r.reviewer_user_id')
    .innerJoin('review_scales as s', 's.id', 'r.scale_id')
    .select([
      'r.id',
      'r.organisation_id',
      'o.name as organisation_name',
      'r.scale_id',
      's.key as scale_key',
      's.version as scale_version',
      's.bands',
      'r.reviewer_user_id',
      'u.display_name as reviewer_name',
      'r.reviewed_on',
      'r.status',
      'r.summary',
      'r.total',
      'r.finalised_at',
      'r.version',
    ]);
}
export type ReviewRecord = Awaited<ReturnType<ReturnType<typeof reviewsQuery>['executeTakeFirstOrThrow']>>;

export const qualityReviewsRepository = {
  findActiveScale(db: Kysely<DB>) {
    return db
      .selectFrom('review_scales')
      .selectAll()
      .where('is_active', '=', true)
      .orderBy('key')
      .executeTakeFirst();
  },

  findScale(db: Kysely<DB>, id: string) {
    return db.selectFrom('review_scales').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  },

  findItems(db: Kysely<DB>, scaleId: string) {
    return db
      .selectFrom('review_scale_items')
      .selectAll()
      .where('scale_id', '=', scaleId)
      .orderBy('position')
      .execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return reviewsQuery(db).where('r.id', '=', id).executeTakeFirst();
  },

  findForOrganisation(db: Kysely<DB>, organisationId: string) {
    return reviewsQuery(db)
      .where('r.organisation_id', '=', organisationId)
      .orderBy('r.status', 'asc')
      .orderBy('r.reviewed_on', 'desc')
      .orderBy('r.finalised_at', 'desc')
      .execute();
  },

  findScores(db: Kysely<DB>, reviewIds: string[]) {
    if (!reviewIds.length) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('quality_review_scores as sc')
      .innerJoin('review_scale_items as i', 'i.id', 'sc.item_id')
      .select(['sc.review_id', 'i.key', 'i.position', 'sc.score', 'sc.note'])
      .where('sc.review_id', 'in', reviewIds)
      .orderBy('i.position')
      .execute();
  },

  /** Coaching organisations in scope, with their final reviews' totals (newest first) and whether one is open. */
  async overview(db: Kysely<DB>, scope: string[] | null) {
    const organisations = await db
      .selectFrom('organisations as o')
      .select(['o.id', 'o.name'])
      .where('o.is_active', '=', true)
      .where('o.kind', 'in', ['coaching_organisation', 'maatwerkbedrijf'])
      .where((eb) => inScope(eb, 'o.id', scope))
      .orderBy('o.name')
      .execute();
    const reviews = await db
      .selectFrom('quality_reviews as r')
      .innerJoin('review_scales as s', 's.id', 'r.scale_id')
      .select(['r.id', 'r.organisation_id', 'r.status', 'r.reviewed_on', 'r.total', 's.bands'])
      .where((eb) => inScope(eb, 'r.organisation_id', scope))
      .orderBy('r.reviewed_on', 'desc')
      .orderBy('r.finalised_at', 'desc')
      .execute();
    return { organisations, reviews };
  },

  findOrganisation(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('organisations')
      .select(['id', 'name', 'kind'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async hasDraft(db: Kysely<DB>, organisationId: string) {
    return !!(await db
      .selectFrom('quality_reviews')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('status', '=', 'draft')
      .executeTakeFirst());
  },

  insert(
    db: Kysely<DB>,
    v: { organisation_id: string; scale_id: string; reviewer_user_id: string; reviewed_on: string },
  ) {
    return db.insertInto('quality_reviews').values(v).returning('id').executeTakeFirstOrThrow();
  },

  async updateVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    v: {
      reviewed_on?: string;
      summary?: string | null;
      status?: 'final';
      total?: number;
      finalised_at?: Date;
    },
  ) {
    const r = await db
      .updateTable('quality_reviews')
      .set({ ...v, version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async upsertScores(
    db: Kysely<DB>,
    rows: { review_id: string; item_id: string; score: number | null; note: string | null }[],
  ) {
    if (!rows.length) {
      return;
    }
    await db
      .insertInto('quality_review_scores')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['review_id', 'item_id']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          note: eb.ref('excluded.note'),
        })),
      )
      .execute();
  },
};
