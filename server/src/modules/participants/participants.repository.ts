import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { ParticipantQuery } from './participants.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('participants as p')
    .leftJoin('ref_municipalities as m', 'm.nis_code', 'p.municipality_nis')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('users as c', 'c.id', 'p.coach_user_id');
}

const listColumns = [
  'p.id',
  'p.first_name',
  'p.last_name',
  'p.birth_date',
  'p.national_number',
  'p.municipality_nis',
  'm.name_nl as municipality_name',
  'p.organisation_id',
  'o.name as organisation_name',
  'p.coach_user_id',
  'c.display_name as coach_name',
  'p.status',
  'p.waiting_since',
] as const;

export type ParticipantListRecord = Awaited<
  ReturnType<typeof participantsRepository.findMany>
>['rows'][number];

export const participantsRepository = {
  async findMany(
    db: Kysely<DB>,
    scope: string[] | null,
    f: ParticipantQuery & { coachUserId?: string | null },
  ) {
    let q = baseQuery(db).where((eb) => inScope(eb, 'p.organisation_id', scope));
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(
            sql`lower(immutable_unaccent(p.first_name || ' ' || p.last_name))`,
            'like',
            sql<string>`immutable_unaccent(${term})`,
          ),
          eb(
            sql`lower(immutable_unaccent(p.last_name || ' ' || p.first_name))`,
            'like',
            sql<string>`immutable_unaccent(${term})`,
          ),
        ]),
      );
    }
    if (f.status) {
      q = q.where('p.status', '=', f.status);
    }
    if (f.organisationId) {
      q = q.where('p.organisation_id', '=', f.organisationId);
    }
    if (f.coachUserId !== undefined) {
      q =
        f.coachUserId === null
          ? q.where('p.coach_user_id', 'is', null)
          : q.where('p.coach_user_id', '=', f.coachUserId);
    }
    const [rows, total] = await Promise.all([
      q
        .select(listColumns)
        .orderBy('p.last_name')
        .orderBy('p.first_name')
        .orderBy('p.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db)
      .select(listColumns)
      .select(['p.email', 'p.phone', 'p.street', 'p.postcode', 'p.version'])
      .where('p.id', '=', id)
      .executeTakeFirst();
  },
};
