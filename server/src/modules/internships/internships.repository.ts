import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  AgreementParty,
  DB,
  InternshipEvaluationsTable,
  TrajectoryInternshipsTable,
} from '../../db/schema';

/** An internship with its trajectory's and every party's data (spelled out: the query's inferred type is deep). */
export interface InternshipRecord {
  id: string;
  trajectory_id: string;
  participant_id: string;
  lead_organisation_id: string;
  coach_user_id: string | null;
  referral_id: string | null;
  trajectory_status: 'open' | 'closed';
  first_name: string;
  last_name: string;
  birth_date: string;
  participant_email: string | null;
  participant_phone: string | null;
  participant_address: string | null;
  organisation_name: string;
  organisation_enterprise_number: string;
  organisation_address: string | null;
  coach_name: string | null;
  coach_email: string | null;
  employer_id: string;
  employer_name: string;
  employer_enterprise_number: string;
  site_id: string;
  site_name: string;
  site_address: string | null;
  job_id: string | null;
  job_title: string | null;
  mentor_contact_person_id: string;
  mentor_first_name: string;
  mentor_last_name: string;
  mentor_job_title: string | null;
  mentor_email: string | null;
  mentor_phone: string | null;
  mentor_user_id: string | null;
  legal_signatory_contact_person_id: string;
  signatory_first_name: string;
  signatory_last_name: string;
  signatory_job_title: string | null;
  signatory_email: string | null;
  signatory_phone: string | null;
  signatory_user_id: string | null;
  starts_on: string;
  ends_on: string;
  weekly_schedule: unknown;
  costs: unknown;
  insurance: string;
  mentor_hours_per_week: number;
  expectations: string | null;
  learning_goals: string[];
  sheet_version: number | null;
  version: number;
  updated_at: Date;
}
export type ApprovalRecord = Awaited<ReturnType<typeof internshipsRepository.findApprovals>>[number];
export type EvaluationRecord = Awaited<ReturnType<typeof internshipsRepository.findEvaluations>>[number];

const address = (table: string) =>
  sql<string | null>`nullif(concat_ws(', ', ${sql.ref(`${table}.street`)}, nullif(concat_ws(' ', ${sql.ref(
    `${table}.postcode`,
  )}, ${sql.ref(`${table}_m.name_nl`)}), '')), '')`;

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('trajectory_internships as i')
    .innerJoin('trajectories as t', 't.id', 'i.trajectory_id')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .leftJoin('ref_municipalities as p_m', 'p_m.nis_code', 'p.municipality_nis')
    .innerJoin('organisations as o', 'o.id', 't.lead_organisation_id')
    .leftJoin('ref_municipalities as o_m', 'o_m.nis_code', 'o.municipality_nis')
    .leftJoin('users as c', 'c.id', 't.coach_user_id')
    .innerJoin('employers as e', 'e.id', 'i.employer_id')
    .innerJoin('employer_sites as s', 's.id', 'i.site_id')
    .leftJoin('ref_municipalities as s_m', 's_m.nis_code', 's.municipality_nis')
    .leftJoin('jobs as j', 'j.id', 'i.job_id')
    .innerJoin('employer_contact_persons as mp', 'mp.id', 'i.mentor_contact_person_id')
    .innerJoin('employer_contact_persons as lp', 'lp.id', 'i.legal_signatory_contact_person_id')
    .select([
      'i.id',
      'i.trajectory_id',
      't.participant_id',
      't.lead_organisation_id',
      't.coach_user_id',
      't.referral_id',
      't.status as trajectory_status',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.email as participant_email',
      'p.phone as participant_phone',
      address('p').as('participant_address'),
      'o.name as organisation_name',
      'o.enterprise_number as organisation_enterprise_number',
      address('o').as('organisation_address'),
      'c.display_name as coach_name',
      'c.email as coach_email',
      'i.employer_id',
      'e.name as employer_name',
      'e.enterprise_number as employer_enterprise_number',
      'i.site_id',
      's.name as site_name',
      address('s').as('site_address'),
      'i.job_id',
      'j.title as job_title',
      'i.mentor_contact_person_id',
      'mp.first_name as mentor_first_name',
      'mp.last_name as mentor_last_name',
      'mp.job_title as mentor_job_title',
      'mp.email as mentor_email',
      'mp.phone as mentor_phone',
      'mp.user_id as mentor_user_id',
      'i.legal_signatory_contact_person_id',
      'lp.first_name as signatory_first_name',
      'lp.last_name as signatory_last_name',
      'lp.job_title as signatory_job_title',
      'lp.email as signatory_email',
      'lp.phone as signatory_phone',
      'lp.user_id as signatory_user_id',
      'i.starts_on',
      'i.ends_on',
      'i.weekly_schedule',
      'i.costs',
      'i.insurance',
      'i.mentor_hours_per_week',
      'i.expectations',
      'i.learning_goals',
      'i.sheet_version',
      'i.version',
      'i.updated_at',
    ]);
}

export const internshipsRepository = {
  findForTrajectory(db: Kysely<DB>, trajectoryId: string): Promise<InternshipRecord[]> {
    return baseQuery(db).where('i.trajectory_id', '=', trajectoryId).orderBy('i.starts_on', 'desc').execute();
  },

  findById(db: Kysely<DB>, trajectoryId: string, id: string): Promise<InternshipRecord | undefined> {
    return baseQuery(db)
      .where('i.trajectory_id', '=', trajectoryId)
      .where('i.id', '=', id)
      .executeTakeFirst();
  },

  findApprovals(db: Kysely<DB>, internshipIds: string[]) {
    if (internshipIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('internship_approvals as a')
      .leftJoin('users as u', 'u.id', 'a.decided_by')
      .select([
        'a.internship_id',
        'a.party',
        'a.status',
        'a.internship_version',
        'u.display_name as decided_by_name',
        'a.decided_at',
      ])
      .where('a.internship_id', 'in', internshipIds)
      .execute();
  },

  findEvaluations(db: Kysely<DB>, internshipIds: string[]) {
    if (internshipIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('internship_evaluations as v')
      .innerJoin('users as u', 'u.id', 'v.mentor_user_id')
      .select([
        'v.internship_id',
        'u.display_name as mentor_name',
        'v.scores',
        'v.strengths',
        'v.improvements',
        'v.recommendation',
        'v.submitted_at',
      ])
      .where('v.internship_id', 'in', internshipIds)
      .execute();
  },

  /** The sheet of an internship place (with its job, site and employer). */
  findPlaceSheet(db: Kysely<DB>, jobId: string) {
    return db
      .selectFrom('jobs as j')
      .leftJoin('internship_sheets as s', 's.job_id', 'j.id')
      .select([
        'j.id',
        'j.kind',
        'j.employer_id',
        'j.site_id',
        's.job_id as sheet_job_id',
        's.costs',
        's.insurance',
        's.mentor_hours_per_week',
        's.learning_goals',
        's.expectations',
        's.version as sheet_version',
      ])
      .where('j.id', '=', jobId)
      .executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<TrajectoryInternshipsTable>) {
    return db.insertInto('trajectory_internships').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    values: Updateable<TrajectoryInternshipsTable>,
  ) {
    const r = await db
      .updateTable('trajectory_internships')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  async lockVersion(db: Kysely<DB>, id: string) {
    const row = await db
      .selectFrom('trajectory_internships')
      .select('version')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    return row?.version;
  },

  insertPendingApprovals(db: Kysely<DB>, internshipId: string, parties: readonly AgreementParty[]) {
    return db
      .insertInto('internship_approvals')
      .values(parties.map((party) => ({ internship_id: internshipId, party })))
      .execute();
  },

  /** A change to the internship puts every party back to pending: they approved another text. */
  resetApprovals(db: Kysely<DB>, internshipId: string) {
    return db
      .updateTable('internship_approvals')
      .set({ status: 'pending', internship_version: null, decided_by: null, decided_at: null })
      .where('internship_id', '=', internshipId)
      .execute();
  },

  /** Approves for one party, only while still pending: false when it was already approved. */
  async approve(
    db: Kysely<DB>,
    internshipId: string,
    party: AgreementParty,
    version: number,
    userId: string,
  ) {
    const r = await db
      .updateTable('internship_approvals')
      .set({
        status: 'approved',
        internship_version: version,
        decided_by: userId,
        decided_at: sql<Date>`now()`,
      })
      .where('internship_id', '=', internshipId)
      .where('party', '=', party)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  async insertEvaluation(db: Kysely<DB>, values: Insertable<InternshipEvaluationsTable>) {
    const r = await db
      .insertInto('internship_evaluations')
      .values(values)
      .onConflict((oc) => oc.column('internship_id').doNothing())
      .returning('internship_id')
      .executeTakeFirst();
    return r !== undefined;
  },
};
