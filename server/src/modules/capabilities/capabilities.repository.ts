import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { DimensionKey } from '../profiles/dimensions';
import type { DerivedLevel } from './capabilities.derive';

export const capabilitiesRepository = {
  findProfile(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('capability_profiles')
      .select(['participant_id', 'indication_id', 'derived_at', 'version', 'updated_at'])
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
  },

  findLevels(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('capability_levels')
      .select(['dimension', 'level', 'derived_level', 'source'])
      .where('participant_id', '=', participantId)
      .execute();
  },

  findAdjustments(db: Kysely<DB>, participantId: string, limit = 100) {
    return db
      .selectFrom('capability_adjustments as a')
      .innerJoin('users as u', 'u.id', 'a.adjusted_by')
      .select([
        'a.id',
        'a.dimension',
        'a.from_level',
        'a.to_level',
        'a.reason',
        'a.adjusted_at',
        'a.adjusted_by',
        'u.display_name as adjusted_by_name',
      ])
      .where('a.participant_id', '=', participantId)
      .orderBy('a.adjusted_at', 'desc')
      .limit(limit)
      .execute();
  },

  /**
   * Replaces the profile with the one derived from an approved indication: every level becomes the derived one
   * (newer evidence overrides earlier coach adjustments, whose history stays in capability_adjustments).
   */
  async replaceDerived(
    db: Kysely<DB>,
    participantId: string,
    indicationId: string,
    derived: Map<DimensionKey, DerivedLevel>,
    at: Date,
  ) {
    await db
      .insertInto('capability_profiles')
      .values({ participant_id: participantId, indication_id: indicationId, derived_at: at, updated_at: at })
      .onConflict((oc) =>
        oc.column('participant_id').doUpdateSet({
          indication_id: indicationId,
          derived_at: at,
          updated_at: at,
          version: sql`capability_profiles.version + 1`,
        }),
      )
      .execute();
    await db.deleteFrom('capability_levels').where('participant_id', '=', participantId).execute();
    if (derived.size > 0) {
      await db
        .insertInto('capability_levels')
        .values(
          [...derived].map(([dimension, d]) => ({
            participant_id: participantId,
            dimension,
            level: d.level,
            derived_level: d.level,
            source: 'indication' as const,
          })),
        )
        .execute();
    }
  },

  /** A profile without an indication, for levels a coach sets before any indication was approved. */
  async createEmpty(db: Kysely<DB>, participantId: string) {
    await db.insertInto('capability_profiles').values({ participant_id: participantId }).execute();
  },

  /** Bumps the profile's version when it is still at `expectedVersion`; false on a stale version. */
  async bumpVersion(db: Kysely<DB>, participantId: string, expectedVersion: number) {
    const row = await db
      .updateTable('capability_profiles')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('participant_id', '=', participantId)
      .where('version', '=', expectedVersion)
      .returning('version')
      .executeTakeFirst();
    return !!row;
  },

  async setLevel(
    db: Kysely<DB>,
    participantId: string,
    dimension: DimensionKey,
    level: number,
    derivedLevel: number | null,
  ) {
    await db
      .insertInto('capability_levels')
      .values({
        participant_id: participantId,
        dimension,
        level,
        derived_level: derivedLevel,
        source: 'coach',
      })
      .onConflict((oc) => oc.columns(['participant_id', 'dimension']).doUpdateSet({ level, source: 'coach' }))
      .execute();
  },

  async insertAdjustment(
    db: Kysely<DB>,
    values: {
      participant_id: string;
      dimension: DimensionKey;
      from_level: number | null;
      to_level: number;
      reason: string;
      adjusted_by: string;
    },
  ) {
    await db.insertInto('capability_adjustments').values(values).execute();
  },
};
