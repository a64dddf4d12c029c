import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { EmployerQuery } from './employers.schemas';

const columns = [
  'e.id',
  'e.enterprise_number',
  'e.name',
  'e.nace_code',
  'e.size_class',
  'e.street',
  'e.postcode',
  'e.municipality_nis',
  'm.name_nl as municipality_name',
  'e.website',
  'e.version',
] as const;

export type EmployerRecord = NonNullable<Awaited<ReturnType<typeof employersRepository.findById>>>;

export const employersRepository = {
  /** `onlyIds`: restrict to these employers (employer contacts); null for the whole register. */
  async findMany(db: Kysely<DB>, onlyIds: string[] | null, f: EmployerQuery) {
    let q = db
      .selectFrom('employers as e')
      .leftJoin('ref_municipalities as m', 'm.nis_code', 'e.municipality_nis');
    if (onlyIds) {
      q = onlyIds.length ? q.where('e.id', 'in', onlyIds) : q.where(sql<boolean>`false`);
    }
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      const digits = f.q.replace(/\D/g, '');
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(immutable_unaccent(e.name))`, 'like', sql<string>`immutable_unaccent(${term})`),
          ...(digits.length >= 4 ? [eb('e.enterprise_number', 'like', `%${digits}%`)] : []),
        ]),
      );
    }
    if (f.municipalityNis) {
      q = q.where('e.municipality_nis', '=', f.municipalityNis);
    }
    const [rows, total] = await Promise.all([
      q
        .select(columns)
        .orderBy('e.name')
        .orderBy('e.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('employers as e')
      .leftJoin('ref_municipalities as m', 'm.nis_code', 'e.municipality_nis')
      .select(columns)
      .where('e.id', '=', id)
      .executeTakeFirst();
  },
};
