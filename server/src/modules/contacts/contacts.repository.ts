import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB, EmployerContactsTable } from '../../db/schema';
import type { ContactQuery } from './contacts.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('employer_contacts as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .leftJoin('employer_contact_persons as p', 'p.id', 'c.contact_person_id')
    .select([
      'c.id',
      'c.employer_id',
      'c.organisation_id',
      'o.name as organisation_name',
      'c.user_id',
      'u.display_name as user_name',
      'c.contact_person_id',
      'p.first_name as contact_person_first_name',
      'p.last_name as contact_person_last_name',
      'c.contacted_on',
      'c.channel',
      'c.summary',
      'c.next_step',
      'c.next_step_due_on',
      'c.is_uncoordinated',
      'c.created_at',
    ]);
}

export type ContactRecord = NonNullable<Awaited<ReturnType<typeof contactsRepository.findById>>>;

export const contactsRepository = {
  /** The employer's contact timeline, newest first. */
  async findForEmployer(db: Kysely<DB>, employerId: string, f: ContactQuery) {
    let q = baseQuery(db).where('c.employer_id', '=', employerId);
    if (f.organisationId) {
      q = q.where('c.organisation_id', '=', f.organisationId);
    }
    if (f.channel) {
      q = q.where('c.channel', '=', f.channel);
    }
    if (f.isUncoordinated !== undefined) {
      q = q.where('c.is_uncoordinated', '=', f.isUncoordinated);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('c.contacted_on', 'desc')
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id')
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
    return baseQuery(db).where('c.id', '=', id).executeTakeFirst();
  },

  findOrganisation(db: Kysely<DB>, id: string) {
    return db.selectFrom('organisations').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<EmployerContactsTable>) {
    return db.insertInto('employer_contacts').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /**
   * Employers contacted by more than one organisation between `from` and `to` (inclusive), the most recent first,
   * with counts; `organisationId` keeps only cases that organisation took part in.
   */
  async findUncoordinatedCases(
    db: Kysely<DB>,
    f: { from: string; to: string; organisationId?: string; page: number; pageSize: number },
  ) {
    let q = db
      .selectFrom('employer_contacts as c')
      .innerJoin('employers as e', 'e.id', 'c.employer_id')
      .leftJoin('organisations as oo', 'oo.id', 'e.owner_organisation_id')
      .select((eb) => [
        'c.employer_id',
        'e.name as employer_name',
        'e.owner_organisation_id',
        'oo.name as owner_organisation_name',
        sql<number>`count(distinct c.organisation_id)::int`.as('organisation_count'),
        eb.fn.countAll<number>().as('contact_count'),
        eb.fn.countAll<number>().filterWhere('c.is_uncoordinated', '=', true).as('uncoordinated_count'),
        eb.fn.min<string>('c.contacted_on').as('first_contact_on'),
        eb.fn.max<string>('c.contacted_on').as('last_contact_on'),
      ])
      .where('c.contacted_on', '>=', f.from)
      .where('c.contacted_on', '<=', f.to)
      .groupBy(['c.employer_id', 'e.name', 'e.owner_organisation_id', 'oo.name'])
      .having(sql<boolean>`count(distinct c.organisation_id) > 1`);
    if (f.organisationId) {
      q = q.having(sql<boolean>`bool_or(c.organisation_id = ${f.organisationId})`);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('last_contact_on', 'desc')
        .orderBy('c.employer_id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      db
        .selectFrom(q.as('cases'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  /** The contacts of these employers in the window, for the cases' detail. */
  async findInWindow(db: Kysely<DB>, employerIds: string[], from: string, to: string) {
    if (employerIds.length === 0) {
      return [];
    }
    return baseQuery(db)
      .where('c.employer_id', 'in', employerIds)
      .where('c.contacted_on', '>=', from)
      .where('c.contacted_on', '<=', to)
      .orderBy('c.contacted_on')
      .orderBy('c.created_at')
      .execute();
  },

  /** Joint actions of these employers, to say how each organisation stands today. */
  findJointActions(db: Kysely<DB>, employerIds: string[]) {
    if (employerIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('employer_joint_actions')
      .select(['employer_id', 'organisation_id'])
      .where('employer_id', 'in', employerIds)
      .execute();
  },

  /** The user's next steps falling due in the coming days (the start page). */
  async countNextStepsDue(db: Kysely<DB>, userId: string, from: string, to: string) {
    const row = await db
      .selectFrom('employer_contacts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('next_step_due_on', '>=', from)
      .where('next_step_due_on', '<=', to)
      .executeTakeFirstOrThrow();
    return row.n;
  },
};
