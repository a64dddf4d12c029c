import { type Kysely, sql } from 'kysely';
import type { DB, NewOrganisation, OrganisationUpdate } from '../../db/schema';
import type { OrganisationQuery } from './organisations.schemas';

const columns = [
  'o.id',
  'o.name',
  'o.kind',
  'o.enterprise_number',
  'o.email',
  'o.phone',
  'o.street',
  'o.postcode',
  'o.municipality_nis',
  'm.name_nl as municipality_name',
  'o.has_indication_cell',
  'o.is_active',
  'o.version',
  'o.created_at',
  'o.updated_at',
] as const;

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('ref_municipalities as m', 'm.nis_code', 'o.municipality_nis')
    .select(columns)
    .select((eb) =>
      eb
        .selectFrom('users as u')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('u.organisation_id', '=', 'o.id')
        .as('user_count'),
    );
}

export type OrganisationRecord = Awaited<ReturnType<typeof organisationsRepository.findById>> & {};

export const organisationsRepository = {
  async findMany(db: Kysely<DB>, f: OrganisationQuery) {
    let q = baseQuery(db);
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(immutable_unaccent(o.name))`, 'like', sql<string>`immutable_unaccent(${term})`),
          eb('o.enterprise_number', 'like', `%${f.q!.replace(/\D/g, '') || '-'}%`),
        ]),
      );
    }
    if (f.kind) {
      q = q.where('o.kind', '=', f.kind);
    }
    if (f.isActive !== undefined) {
      q = q.where('o.is_active', '=', f.isActive);
    }
    if (f.servesMunicipality) {
      q = q.where(
        'o.id',
        'in',
        db
          .selectFrom('organisation_municipalities')
          .select('organisation_id')
          .where('nis_code', '=', f.servesMunicipality),
      );
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('o.name')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('o.id', '=', id).executeTakeFirst();
  },

  findByEnterpriseNumber(db: Kysely<DB>, enterpriseNumber: string) {
    return db
      .selectFrom('organisations')
      .select(['id'])
      .where('enterprise_number', '=', enterpriseNumber)
      .executeTakeFirst();
  },

  async findMunicipalitiesServed(db: Kysely<DB>, organisationIds: string[]) {
    if (organisationIds.length === 0) {
      return [];
    }
    return db
      .selectFrom('organisation_municipalities as om')
      .innerJoin('ref_municipalities as m', 'm.nis_code', 'om.nis_code')
      .select(['om.organisation_id', 'om.nis_code', 'm.name_nl'])
      .where('om.organisation_id', 'in', organisationIds)
      .orderBy('m.name_nl')
      .execute();
  },

  async insert(db: Kysely<DB>, values: NewOrganisation) {
    return db.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates only when the stored version is `expectedVersion`; returns undefined otherwise. */
  async updateVersioned(db: Kysely<DB>, id: string, expectedVersion: number, values: OrganisationUpdate) {
    return db
      .updateTable('organisations')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  async replaceMunicipalitiesServed(db: Kysely<DB>, organisationId: string, nisCodes: string[]) {
    await db
      .deleteFrom('organisation_municipalities')
      .where('organisation_id', '=', organisationId)
      .execute();
    if (nisCodes.length > 0) {
      await db
        .insertInto('organisation_municipalities')
        .values([...new Set(nisCodes)].map((nis_code) => ({ organisation_id: organisationId, nis_code })))
        .execute();
    }
  },

  /** Active users holding the coach role in the organisation, by name (who a participant can be assigned to). */
  findActiveCoaches(db: Kysely<DB>, organisationId: string) {
    return db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name'])
      .distinct()
      .where('r.organisation_id', '=', organisationId)
      .where('r.role', '=', 'coach')
      .where('u.is_active', '=', true)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute();
  },

  findActiveAccountManagers(db: Kysely<DB>, organisationId: string) {
    return db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name', 'u.email'])
      .distinct()
      .where('r.organisation_id', '=', organisationId)
      .where('r.role', '=', 'account_manager')
      .where('u.is_active', '=', true)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute();
  },
};
