import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { SurveyInvitationQuery } from './surveys.schemas';

function invitationsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('survey_invitations as i')
    .innerJoin('survey_templates as t', 't.id', 'i.template_id')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .innerJoin('users as u', 'u.id', 'i.respondent_user_id')
    .leftJoin('participants as p', 'p.id', 'i.participant_id')
    .leftJoin('employers as e', 'e.id', 'i.employer_id')
    .select([
      'i.id',
      'i.template_id',
      't.key as template_key',
      't.version as template_version',
      't.title_nl',
      't.title_en',
      't.audience',
      'i.organisation_id',
      'o.name as organisation_name',
      'i.respondent_user_id',
      'u.display_name as respondent_name',
      'i.participant_id',
      sql<string | null>`p.first_name || ' ' || p.last_name`.as('participant_name'),
      'i.employer_id',
      'e.name as employer_name',
      'i.trajectory_id',
      'i.sent_at',
      'i.answered_at',
      'i.withdrawn_at',
      'i.version',
    ]);
}
export type InvitationRecord = Awaited<
  ReturnType<ReturnType<typeof invitationsQuery>['executeTakeFirstOrThrow']>
>;

export const surveysRepository = {
  findActiveTemplates(db: Kysely<DB>) {
    return db
      .selectFrom('survey_templates')
      .selectAll()
      .where('is_active', '=', true)
      .orderBy('key')
      .execute();
  },

  findActiveTemplate(db: Kysely<DB>, key: string) {
    return db
      .selectFrom('survey_templates')
      .selectAll()
      .where('key', '=', key)
      .where('is_active', '=', true)
      .executeTakeFirst();
  },

  findTemplateById(db: Kysely<DB>, id: string) {
    return db.selectFrom('survey_templates').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  },

  findQuestions(db: Kysely<DB>, templateIds: string[]) {
    if (!templateIds.length) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('survey_questions')
      .selectAll()
      .where('template_id', 'in', templateIds)
      .orderBy('template_id')
      .orderBy('position')
      .execute();
  },

  findInvitation(db: Kysely<DB>, id: string) {
    return invitationsQuery(db).where('i.id', '=', id).executeTakeFirst();
  },

  async findInvitations(
    db: Kysely<DB>,
    f: SurveyInvitationQuery & { scope: string[] | null },
  ): Promise<{ rows: InvitationRecord[]; total: number }> {
    let q = invitationsQuery(db).where((eb) => inScope(eb, 'i.organisation_id', f.scope));
    if (f.organisationId) {
      q = q.where('i.organisation_id', '=', f.organisationId);
    }
    if (f.participantId) {
      q = q.where('i.participant_id', '=', f.participantId);
    }
    if (f.employerId) {
      q = q.where('i.employer_id', '=', f.employerId);
    }
    if (f.status === 'open') {
      q = q.where('i.answered_at', 'is', null).where('i.withdrawn_at', 'is', null);
    } else if (f.status === 'answered') {
      q = q.where('i.answered_at', 'is not', null);
    } else if (f.status === 'withdrawn') {
      q = q.where('i.withdrawn_at', 'is not', null);
    }
    const { total } = await q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await q
      .orderBy('i.sent_at', 'desc')
      .orderBy('i.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return { rows, total: Number(total) };
  },

  findForRespondent(db: Kysely<DB>, userId: string) {
    return invitationsQuery(db)
      .where('i.respondent_user_id', '=', userId)
      .where('i.withdrawn_at', 'is', null)
      .orderBy('i.sent_at', 'desc')
      .limit(50)
      .execute();
  },

  findAnswers(db: Kysely<DB>, invitationId: string) {
    return db
      .selectFrom('survey_answers as a')
      .innerJoin('survey_questions as q', 'q.id', 'a.question_id')
      .select(['q.key', 'q.kind', 'a.value', 'a.text'])
      .where('a.invitation_id', '=', invitationId)
      .execute();
  },

  /** The participant, with their organisation and their active logins. */
  async findParticipant(db: Kysely<DB>, id: string) {
    const p = await db
      .selectFrom('participants')
      .select(['id', 'organisation_id', 'first_name', 'last_name'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!p) {
      return undefined;
    }
    const logins = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.role', '=', 'participant')
      .where('r.participant_id', '=', id)
      .where('u.is_active', '=', true)
      .execute();
    return { ...p, loginIds: logins.map((l) => l.id) };
  },

  findEmployer(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('employers')
      .select(['id', 'name', 'owner_organisation_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Whether the organisation has logged a contact with the employer (it works with them). */
  async hasWorkedWith(db: Kysely<DB>, organisationId: string, employerId: string) {
    const row = await db
      .selectFrom('employer_contacts')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('employer_id', '=', employerId)
      .limit(1)
      .executeTakeFirst();
    return !!row;
  },

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

  async hasOpen(db: Kysely<DB>, templateId: string, userId: string) {
    const row = await db
      .selectFrom('survey_invitations')
      .select('id')
      .where('template_id', '=', templateId)
      .where('respondent_user_id', '=', userId)
      .where('answered_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return !!row;
  },

  insertInvitation(
    db: Kysely<DB>,
    v: {
      template_id: string;
      organisation_id: string;
      sent_by: string;
      respondent_user_id: string;
      participant_id: string | null;
      employer_id: string | null;
      trajectory_id: string | null;
      sent_at?: Date;
    },
  ) {
    return db.insertInto('survey_invitations').values(v).returning('id').executeTakeFirstOrThrow();
  },

  /** Many invitations at once, possibly answered already (the demo's history); ids in the order given. */
  insertInvitations(
    db: Kysely<DB>,
    rows: {
      template_id: string;
      organisation_id: string;
      sent_by: string;
      respondent_user_id: string;
      participant_id: string | null;
      employer_id: string | null;
      sent_at: Date;
      answered_at: Date | null;
      version: number;
    }[],
  ) {
    return db.insertInto('survey_invitations').values(rows).returning('id').execute();
  },

  async setState(
    db: Kysely<DB>,
    id: string,
    version: number,
    v: { answered_at?: Date; withdrawn_at?: Date },
  ): Promise<boolean> {
    const r = await db
      .updateTable('survey_invitations')
      .set({ ...v, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('answered_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  insertAnswers(
    db: Kysely<DB>,
    rows: { invitation_id: string; question_id: string; value: number | null; text: string | null }[],
  ) {
    if (!rows.length) {
      return Promise.resolve();
    }
    return db.insertInto('survey_answers').values(rows).execute();
  },

  /** Answer counts per organisation, question key and value, for answered invitations of a template key. */
  countAnswers(db: Kysely<DB>, f: { templateKey: string; from: string; to: string }) {
    return db
      .selectFrom('survey_answers as a')
      .innerJoin('survey_invitations as i', 'i.id', 'a.invitation_id')
      .innerJoin('survey_questions as q', 'q.id', 'a.question_id')
      .innerJoin('survey_templates as t', 't.id', 'i.template_id')
      .select(['i.organisation_id', 'q.key', 'a.value', (eb) => eb.fn.countAll<string>().as('n')])
      .where('t.key', '=', f.templateKey)
      .where('a.value', 'is not', null)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '>=', f.from)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '<=', f.to)
      .groupBy(['i.organisation_id', 'q.key', 'a.value'])
      .execute();
  },

  countRespondents(db: Kysely<DB>, f: { templateKey: string; from: string; to: string }) {
    return db
      .selectFrom('survey_invitations as i')
      .innerJoin('survey_templates as t', 't.id', 'i.template_id')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select(['i.organisation_id', 'o.name', (eb) => eb.fn.countAll<string>().as('n')])
      .where('t.key', '=', f.templateKey)
      .where('i.answered_at', 'is not', null)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '>=', f.from)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '<=', f.to)
      .groupBy(['i.organisation_id', 'o.name'])
      .orderBy('o.name')
      .execute();
  },

  findComments(
    db: Kysely<DB>,
    f: { templateKey: string; from: string; to: string; organisationIds: string[] },
  ) {
    if (!f.organisationIds.length) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('survey_answers as a')
      .innerJoin('survey_invitations as i', 'i.id', 'a.invitation_id')
      .innerJoin('survey_questions as q', 'q.id', 'a.question_id')
      .innerJoin('survey_templates as t', 't.id', 'i.template_id')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select(['q.key', 'a.text', 'i.organisation_id', 'o.name', 'i.answered_at'])
      .where('t.key', '=', f.templateKey)
      .where('a.text', 'is not', null)
      .where('i.organisation_id', 'in', f.organisationIds)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '>=', f.from)
      .where(sql`(i.answered_at at time zone 'Europe/Brussels')::date`, '<=', f.to)
      .orderBy('i.answered_at', 'desc')
      .limit(200)
      .execute();
  },
};
