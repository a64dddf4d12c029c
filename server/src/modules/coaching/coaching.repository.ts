import type { Insertable, Kysely } from 'kysely';
import type { CoachingSessionsTable, DB } from '../../db/schema';

export type SessionRecord = Awaited<ReturnType<typeof coachingRepository.findSessions>>[number];

export const coachingRepository = {
  findSessions(db: Kysely<DB>, trajectoryId: string, f: { authorUserId?: string } = {}) {
    let q = db
      .selectFrom('coaching_sessions as cs')
      .innerJoin('users as u', 'u.id', 'cs.author_user_id')
      .select([
        'cs.id',
        'cs.trajectory_id',
        'cs.session_on',
        'cs.duration_minutes',
        'cs.by_role',
        'cs.author_user_id',
        'u.display_name as author_name',
        'cs.organisation_id',
        'cs.location',
        'cs.topics',
        'cs.notes',
        'cs.confidential_notes',
        'cs.created_at',
      ])
      .where('cs.trajectory_id', '=', trajectoryId);
    if (f.authorUserId) {
      q = q.where('cs.author_user_id', '=', f.authorUserId);
    }
    return q.orderBy('cs.session_on', 'desc').orderBy('cs.created_at', 'desc').execute();
  },

  /** Durations only (for the budget): no notes leave the table for it. */
  findDurations(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('coaching_sessions')
      .select(['session_on', 'duration_minutes', 'by_role'])
      .where('trajectory_id', '=', trajectoryId)
      .execute();
  },

  insertSession(db: Kysely<DB>, values: Insertable<CoachingSessionsTable>) {
    return db.insertInto('coaching_sessions').values(values).returning('id').executeTakeFirstOrThrow();
  },

  findPeriods(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_budget_periods')
      .select(['id', 'starts_on', 'ends_on', 'initial_hours'])
      .where('trajectory_id', '=', trajectoryId)
      .orderBy('starts_on')
      .execute();
  },

  findMoves(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_budget_moves as bm')
      .innerJoin('users as u', 'u.id', 'bm.moved_by')
      .select([
        'bm.id',
        'bm.from_period_id',
        'bm.to_period_id',
        'bm.hours',
        'bm.reason',
        'u.display_name as by_name',
        'bm.moved_at',
      ])
      .where('bm.trajectory_id', '=', trajectoryId)
      .orderBy('bm.moved_at')
      .execute();
  },

  insertPeriod(
    db: Kysely<DB>,
    values: { trajectory_id: string; starts_on: string; ends_on: string; initial_hours: number },
  ) {
    return db
      .insertInto('trajectory_budget_periods')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  async insertMove(
    db: Kysely<DB>,
    values: {
      trajectory_id: string;
      from_period_id: string;
      to_period_id: string;
      hours: number;
      reason: string;
      moved_by: string;
    },
  ) {
    await db.insertInto('trajectory_budget_moves').values(values).execute();
  },
};
