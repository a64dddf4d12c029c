import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  DB,
  EmployerContactPersonsTable,
  EmployerSitesTable,
  EmployersTable,
  JointActionReason,
} from '../../db/schema';
import type { EmployerQuery } from './employers.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('employers as e')
    .leftJoin('ref_municipalities as m', 'm.nis_code', 'e.municipality_nis')
    .leftJoin('organisations as oo', 'oo.id', 'e.owner_organisation_id')
    .leftJoin('users as ou', 'ou.id', 'e.owner_user_id')
    .select([
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
      'e.owner_organisation_id',
      'oo.name as owner_organisation_name',
      'oo.email as owner_organisation_email',
      'oo.phone as owner_organisation_phone',
      'e.owner_user_id',
      'ou.display_name as owner_user_name',
      'ou.email as owner_user_email',
      'e.owner_since',
      'e.version',
      'e.created_at',
      'e.updated_at',
    ]);
}

function sitesQuery(db: Kysely<DB>) {
  return db
    .selectFrom('employer_sites as s')
    .leftJoin('ref_municipalities as m', 'm.nis_code', 's.municipality_nis')
    .select((eb) => [
      's.id',
      's.employer_id',
      's.name',
      's.street',
      's.postcode',
      's.municipality_nis',
      'm.name_nl as municipality_name',
      's.is_main',
      's.version',
      eb
        .selectFrom('jobs as j')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('j.site_id', '=', 's.id')
        .as('job_count'),
    ])
    .orderBy('s.is_main', 'desc')
    .orderBy('s.name')
    .orderBy('s.id');
}

function contactPersonsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('employer_contact_persons as c')
    .leftJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.id',
      'c.employer_id',
      'c.first_name',
      'c.last_name',
      'c.job_title',
      'c.email',
      'c.phone',
      'c.is_legal_signatory',
      'c.user_id',
      'u.display_name as user_name',
      'c.version',
    ])
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.id');
}

export type EmployerRecord = NonNullable<Awaited<ReturnType<typeof employersRepository.findById>>>;
export type SiteRecord = Awaited<ReturnType<typeof employersRepository.findSites>>[number];
export type ContactPersonRecord = Awaited<ReturnType<typeof employersRepository.findContactPersons>>[number];
export type JointActionRecord = Awaited<ReturnType<typeof employersRepository.findJointActions>>[number];

export interface EmployerFilter extends EmployerQuery {
  /** Restrict to these employers (employer contacts); null for the whole register. */
  onlyIds: string[] | null;
  /** The actor's organisations, for `mine`. */
  myOrganisationIds: string[];
}

export const employersRepository = {
  async findMany(db: Kysely<DB>, f: EmployerFilter) {
    let q = baseQuery(db);
    if (f.onlyIds) {
      q = f.onlyIds.length ? q.where('e.id', 'in', f.onlyIds) : q.where(sql<boolean>`false`);
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
    if (f.ownerOrganisationId) {
      q = q.where('e.owner_organisation_id', '=', f.ownerOrganisationId);
    }
    if (f.nace) {
      q = q.where('e.nace_code', 'like', `${f.nace}%`);
    }
    if (f.mine) {
      q = f.myOrganisationIds.length
        ? q.where('e.owner_organisation_id', 'in', f.myOrganisationIds)
        : q.where(sql<boolean>`false`);
    }
    if (f.hasOwner !== undefined) {
      q = q.where('e.owner_organisation_id', f.hasOwner ? 'is not' : 'is', null);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('e.name')
        .orderBy('e.id')
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
    return baseQuery(db).where('e.id', '=', id).executeTakeFirst();
  },

  findByEnterpriseNumber(db: Kysely<DB>, enterpriseNumber: string) {
    return db
      .selectFrom('employers')
      .select(['id', 'name'])
      .where('enterprise_number', '=', enterpriseNumber)
      .executeTakeFirst();
  },

  /** What decides access: the owner and the organisations in a joint action. */
  async findRelation(db: Kysely<DB>, id: string) {
    const employer = await db
      .selectFrom('employers')
      .select(['id', 'name', 'owner_organisation_id', 'owner_user_id', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!employer) {
      return undefined;
    }
    const joint = await db
      .selectFrom('employer_joint_actions')
      .select('organisation_id')
      .where('employer_id', '=', id)
      .execute();
    return { ...employer, joint_organisation_ids: joint.map((j) => j.organisation_id) };
  },

  async insert(db: Kysely<DB>, values: Insertable<EmployersTable>) {
    return db.insertInto('employers').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates only when the stored version is `expectedVersion`; returns undefined otherwise. */
  updateVersioned(db: Kysely<DB>, id: string, expectedVersion: number, values: Updateable<EmployersTable>) {
    return db
      .updateTable('employers')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  /** Updates and moves the version on, for changes that follow from another record (an approach decision). */
  async update(db: Kysely<DB>, id: string, values: Updateable<EmployersTable>) {
    await db
      .updateTable('employers')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .execute();
  },

  /** Whether the user is active and holds the account_manager role in the organisation. */
  async isAccountManager(db: Kysely<DB>, userId: string, organisationId: string) {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.user_id', '=', userId)
      .where('r.role', '=', 'account_manager')
      .where('r.organisation_id', '=', organisationId)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  async isActiveOrganisation(db: Kysely<DB>, organisationId: string) {
    const row = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', organisationId)
      .where('is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  // Joint actions

  findJointActions(db: Kysely<DB>, employerId: string) {
    return db
      .selectFrom('employer_joint_actions as j')
      .innerJoin('organisations as o', 'o.id', 'j.organisation_id')
      .select([
        'j.organisation_id',
        'o.name as organisation_name',
        'j.since',
        'j.reason',
        'j.approach_request_id',
      ])
      .where('j.employer_id', '=', employerId)
      .orderBy('j.since')
      .execute();
  },

  async insertJointAction(
    db: Kysely<DB>,
    values: {
      employerId: string;
      organisationId: string;
      reason: JointActionReason;
      approachRequestId?: string | null;
    },
  ) {
    await db
      .insertInto('employer_joint_actions')
      .values({
        employer_id: values.employerId,
        organisation_id: values.organisationId,
        reason: values.reason,
        approach_request_id: values.approachRequestId ?? null,
      })
      .onConflict((oc) => oc.columns(['employer_id', 'organisation_id']).doNothing())
      .execute();
  },

  async deleteJointAction(db: Kysely<DB>, employerId: string, organisationId: string) {
    const rows = await db
      .deleteFrom('employer_joint_actions')
      .where('employer_id', '=', employerId)
      .where('organisation_id', '=', organisationId)
      .returning('organisation_id')
      .execute();
    return rows.length > 0;
  },

  // Sites

  findSites(db: Kysely<DB>, employerId: string) {
    return sitesQuery(db).where('s.employer_id', '=', employerId).execute();
  },

  findSite(db: Kysely<DB>, employerId: string, siteId: string) {
    return sitesQuery(db)
      .where('s.employer_id', '=', employerId)
      .where('s.id', '=', siteId)
      .executeTakeFirst();
  },

  insertSite(db: Kysely<DB>, values: Insertable<EmployerSitesTable>) {
    return db.insertInto('employer_sites').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateSiteVersioned(
    db: Kysely<DB>,
    siteId: string,
    expectedVersion: number,
    values: Updateable<EmployerSitesTable>,
  ) {
    return db
      .updateTable('employer_sites')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', siteId)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  /** Only one main site per employer: the others lose the mark (their version moves on). */
  async clearMainSite(db: Kysely<DB>, employerId: string, exceptSiteId: string | null) {
    let q = db
      .updateTable('employer_sites')
      .set((eb) => ({ is_main: false, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('employer_id', '=', employerId)
      .where('is_main', '=', true);
    if (exceptSiteId) {
      q = q.where('id', '<>', exceptSiteId);
    }
    await q.execute();
  },

  deleteSiteVersioned(db: Kysely<DB>, siteId: string, expectedVersion: number) {
    return db
      .deleteFrom('employer_sites')
      .where('id', '=', siteId)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  // Contact persons

  findContactPersons(db: Kysely<DB>, employerId: string) {
    return contactPersonsQuery(db).where('c.employer_id', '=', employerId).execute();
  },

  findContactPerson(db: Kysely<DB>, employerId: string, personId: string) {
    return contactPersonsQuery(db)
      .where('c.employer_id', '=', employerId)
      .where('c.id', '=', personId)
      .executeTakeFirst();
  },

  /** The contact person record linked to an employer contact's login, if any. */
  findContactPersonOfUser(db: Kysely<DB>, employerId: string, userId: string) {
    return db
      .selectFrom('employer_contact_persons')
      .select(['id', 'first_name', 'last_name'])
      .where('employer_id', '=', employerId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },

  insertContactPerson(db: Kysely<DB>, values: Insertable<EmployerContactPersonsTable>) {
    return db.insertInto('employer_contact_persons').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateContactPersonVersioned(
    db: Kysely<DB>,
    personId: string,
    expectedVersion: number,
    values: Updateable<EmployerContactPersonsTable>,
  ) {
    return db
      .updateTable('employer_contact_persons')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', personId)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  deleteContactPersonVersioned(db: Kysely<DB>, personId: string, expectedVersion: number) {
    return db
      .deleteFrom('employer_contact_persons')
      .where('id', '=', personId)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  /** Whether the user is active and holds an employer_contact login for the employer. */
  async isEmployerContact(db: Kysely<DB>, userId: string, employerId: string) {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.user_id', '=', userId)
      .where('r.role', '=', 'employer_contact')
      .where('r.employer_id', '=', employerId)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  /** The active employer_contact logins of the employer, by name (to link one to a contact person). */
  findEmployerContactLogins(db: Kysely<DB>, employerId: string) {
    return db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name', 'u.email'])
      .distinct()
      .where('r.role', '=', 'employer_contact')
      .where('r.employer_id', '=', employerId)
      .where('u.is_active', '=', true)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute();
  },

  /** Active users with an employer_contact login for the employer (who is told about changes to their sheets). */
  async findEmployerContactUserIds(db: Kysely<DB>, employerId: string) {
    const rows = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .distinct()
      .where('r.role', '=', 'employer_contact')
      .where('r.employer_id', '=', employerId)
      .where('u.is_active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  },
};
