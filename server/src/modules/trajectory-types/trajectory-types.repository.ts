import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, TrajectoryTypePhasesTable, TrajectoryTypesTable } from '../../db/schema';

const COLUMNS = [
  'id',
  'key',
  'name_nl',
  'name_en',
  'measure',
  'total_term_days',
  'participating_roles',
  'success_outcomes',
  'aftercare_months',
  'budget_hours_per_period',
  'budget_period_months',
  'is_active',
  'version',
  'updated_at',
] as const;

export type TrajectoryTypeRecord = NonNullable<
  Awaited<ReturnType<typeof trajectoryTypesRepository.findById>>
>;
export type TypePhaseRecord = Awaited<ReturnType<typeof trajectoryTypesRepository.findPhases>>[number];

export const trajectoryTypesRepository = {
  findById(db: Kysely<DB>, id: string) {
    return db.selectFrom('trajectory_types').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },

  findByKey(db: Kysely<DB>, key: string) {
    return db.selectFrom('trajectory_types').select(COLUMNS).where('key', '=', key).executeTakeFirst();
  },

  findMany(db: Kysely<DB>, f: { includeInactive: boolean }) {
    let q = db.selectFrom('trajectory_types').select(COLUMNS);
    if (!f.includeInactive) {
      q = q.where('is_active', '=', true);
    }
    return q.orderBy('name_nl').execute();
  },

  findPhases(db: Kysely<DB>, typeIds: string[]) {
    if (typeIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('trajectory_type_phases')
      .select(['type_id', 'key', 'sort_order', 'name_nl', 'name_en', 'default_term_days'])
      .where('type_id', 'in', typeIds)
      .orderBy('type_id')
      .orderBy('sort_order')
      .execute();
  },

  insert(db: Kysely<DB>, values: Insertable<TrajectoryTypesTable>) {
    return db.insertInto('trajectory_types').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<TrajectoryTypesTable>,
  ) {
    return db
      .updateTable('trajectory_types')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  async replacePhases(db: Kysely<DB>, typeId: string, phases: Omit<TrajectoryTypePhasesTable, 'type_id'>[]) {
    await db.deleteFrom('trajectory_type_phases').where('type_id', '=', typeId).execute();
    await db
      .insertInto('trajectory_type_phases')
      .values(phases.map((p) => ({ ...p, type_id: typeId })))
      .execute();
  },
};
