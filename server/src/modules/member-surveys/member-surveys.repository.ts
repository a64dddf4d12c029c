import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

export const memberSurveysRepository = {
  findRounds(db: Kysely<DB>) {
    return db
      .selectFrom('member_survey_rounds as r')
      .selectAll('r')
      .select((eb) => [
        eb
          .selectFrom('member_survey_members as m')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('m.round_id', '=', 'r.id')
          .as('members'),
        eb
          .selectFrom('member_survey_answers as a')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('a.round_id', '=', 'r.id')
          .as('answered'),
      ])
      .orderBy('r.opened_at', 'desc')
      .orderBy('r.period_to', 'desc')
      .limit(50)
      .execute();
  },

  async findRound(db: Kysely<DB>, id: string) {
    const rows = await this.findRounds(db);
    return rows.find((r) => r.id === id) ?? null;
  },

  findMembers(db: Kysely<DB>, roundId: string) {
    return db
      .selectFrom('member_survey_members as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .leftJoin('member_survey_answers as a', (j) =>
        j.onRef('a.round_id', '=', 'm.round_id').onRef('a.organisation_id', '=', 'm.organisation_id'),
      )
      .select([
        'o.id',
        'o.name',
        'a.referrals_received',
        'a.referrals_started',
        'a.no_starts',
        'a.still_in_intake',
        'a.waiting_list',
        'a.note',
        'a.answered_at',
        'a.version',
      ])
      .where('m.round_id', '=', roundId)
      .orderBy('o.name')
      .execute();
  },

  findMemberOrganisations(db: Kysely<DB>) {
    return db
      .selectFrom('organisations')
      .select(['id'])
      .where('is_active', '=', true)
      .where('kind', 'in', ['coaching_organisation', 'maatwerkbedrijf'])
      .execute();
  },

  async insertRound(
    db: Kysely<DB>,
    v: { title: string; period_from: string; period_to: string; deadline: string; opened_by: string },
    organisationIds: string[],
  ) {
    const { id } = await db
      .insertInto('member_survey_rounds')
      .values(v)
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('member_survey_members')
      .values(organisationIds.map((organisation_id) => ({ round_id: id, organisation_id })))
      .execute();
    return id;
  },

  async closeRound(db: Kysely<DB>, id: string, version: number) {
    const r = await db
      .updateTable('member_survey_rounds')
      .set({ closed_at: new Date(), version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async isMember(db: Kysely<DB>, roundId: string, organisationId: string) {
    return !!(await db
      .selectFrom('member_survey_members')
      .select('round_id')
      .where('round_id', '=', roundId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst());
  },

  findAnswer(db: Kysely<DB>, roundId: string, organisationId: string) {
    return db
      .selectFrom('member_survey_answers')
      .selectAll()
      .where('round_id', '=', roundId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
  },

  insertAnswer(
    db: Kysely<DB>,
    v: {
      round_id: string;
      organisation_id: string;
      referrals_received: number;
      referrals_started: number;
      no_starts: number;
      still_in_intake: number;
      waiting_list: number;
      note: string | null;
      answered_by: string;
      answered_at?: Date;
    },
  ) {
    return db
      .insertInto('member_survey_answers')
      .values(v)
      .onConflict((oc) => oc.doNothing())
      .returning('round_id')
      .executeTakeFirst();
  },

  async updateAnswer(
    db: Kysely<DB>,
    roundId: string,
    organisationId: string,
    version: number,
    v: {
      referrals_received: number;
      referrals_started: number;
      no_starts: number;
      still_in_intake: number;
      waiting_list: number;
      note: string | null;
      answered_by: string;
    },
  ) {
    const r = await db
      .updateTable('member_survey_answers')
      .set({ ...v, answered_at: new Date(), version: sql`version + 1` })
      .where('round_id', '=', roundId)
      .where('organisation_id', '=', organisationId)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
