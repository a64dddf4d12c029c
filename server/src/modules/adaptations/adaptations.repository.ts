import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, WorkplaceAdaptationsTable } from '../../db/schema';
import type { AdaptationQuery } from './adaptations.schemas';

const columns = [
  'id',
  'key',
  'name_nl',
  'name_en',
  'description_nl',
  'description_en',
  'cost_band',
  'funders',
  'dimensions',
  'is_active',
  'version',
] as const;

export type AdaptationRecord = NonNullable<Awaited<ReturnType<typeof adaptationsRepository.findById>>>;

export const adaptationsRepository = {
  findMany(db: Kysely<DB>, f: Omit<AdaptationQuery, 'dimensions'> & { dimensions?: string[] }) {
    let q = db.selectFrom('workplace_adaptations').select(columns);
    if (!f.includeInactive) {
      q = q.where('is_active', '=', true);
    }
    if (f.dimensions) {
      q = q.where(sql<boolean>`dimensions && ${f.dimensions}::text[]`);
    }
    if (f.costBand) {
      q = q.where('cost_band', '=', f.costBand);
    }
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where(
        sql`lower(immutable_unaccent(name_nl || ' ' || name_en || ' ' || description_nl))`,
        'like',
        sql<string>`immutable_unaccent(${term})`,
      );
    }
    return q.orderBy('name_nl').orderBy('id').execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return db.selectFrom('workplace_adaptations').select(columns).where('id', '=', id).executeTakeFirst();
  },

  findByKey(db: Kysely<DB>, key: string) {
    return db.selectFrom('workplace_adaptations').select('id').where('key', '=', key).executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<WorkplaceAdaptationsTable>) {
    return db.insertInto('workplace_adaptations').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<WorkplaceAdaptationsTable>,
  ) {
    return db
      .updateTable('workplace_adaptations')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },
};
