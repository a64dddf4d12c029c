import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, ReferralsTable } from '../../db/schema';
import { inScope } from '../../lib/scope';
import { activeConsentExists } from '../consents/consents.repository';
import type { ReferralQuery, StatsQuery } from './referrals.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('participants as p', 'p.id', 'r.participant_id')
    .leftJoin('organisations as ro', 'ro.id', 'r.referrer_organisation_id')
    .leftJoin('users as ru', 'ru.id', 'r.referrer_user_id')
    .innerJoin('organisations as t', 't.id', 'r.target_organisation_id')
    .select([
      'r.id',
      'r.participant_id',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.national_number',
      'p.organisation_id as participant_organisation_id',
      'r.channel',
      'r.referrer_organisation_id',
      'ro.name as referrer_organisation_name',
      'r.referrer_user_id',
      'ru.display_name as referrer_user_name',
      'r.referrer_name',
      'r.referrer_contact',
      'r.measure',
      'r.target_organisation_id',
      't.name as target_organisation_name',
      'r.motivation',
      'r.referred_on',
      'r.first_contact_on',
      'r.started_on',
      'r.no_start_reason',
      'r.no_start_text',
      'r.status',
      'r.reminder_sent_at',
      'r.closed_at',
      'r.created_by',
      'r.version',
      'r.created_at',
      'r.updated_at',
    ]);
}

export type ReferralRecord = NonNullable<Awaited<ReturnType<typeof referralsRepository.findById>>>;

export interface ReferralFilter extends ReferralQuery {
  /** Organisations whose inbox/outbox the actor sees; null = the whole network. */
  scope: string[] | null;
}

export const referralsRepository = {
  async findMany(db: Kysely<DB>, f: ReferralFilter) {
    let q = baseQuery(db);
    if (f.box === 'inbox') {
      q = q.where((eb) => inScope(eb, 'r.target_organisation_id', f.scope));
    } else if (f.box === 'outbox') {
      q = q.where((eb) => inScope(eb, 'r.referrer_organisation_id', f.scope));
    } else {
      q = q.where((eb) =>
        eb.or([
          inScope(eb, 'r.target_organisation_id', f.scope),
          inScope(eb, 'r.referrer_organisation_id', f.scope),
          inScope(eb, 'p.organisation_id', f.scope),
        ]),
      );
    }
    if (f.status === 'open') {
      q = q.where('r.status', 'in', ['pending', 'in_contact']);
    } else if (f.status) {
      q = q.where('r.status', '=', f.status);
    }
    if (f.channel) {
      q = q.where('r.channel', '=', f.channel);
    }
    if (f.measure) {
      q = q.where('r.measure', '=', f.measure);
    }
    if (f.participantId) {
      q = q.where('r.participant_id', '=', f.participantId);
    }
    if (f.organisationId) {
      q = q.where((eb) =>
        eb.or([
          eb('r.target_organisation_id', '=', f.organisationId!),
          eb('r.referrer_organisation_id', '=', f.organisationId!),
        ]),
      );
    }
    const direction = f.sort === 'newest' ? 'desc' : 'asc';
    const [rows, total] = await Promise.all([
      q
        .orderBy('r.referred_on', direction)
        .orderBy('r.id')
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
    return baseQuery(db).where('r.id', '=', id).executeTakeFirst();
  },

  async insert(db: Kysely<DB>, values: Insertable<ReferralsTable>) {
    return db.insertInto('referrals').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates when the version matches and the referral is in one of `fromStatuses`; undefined otherwise. */
  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    fromStatuses: readonly ReferralsTable['status']['__select__'][],
    values: Updateable<ReferralsTable>,
  ) {
    return db
      .updateTable('referrals')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', 'in', [...fromStatuses])
      .returning('id')
      .executeTakeFirst();
  },

  async countOpenForParticipant(db: Kysely<DB>, participantId: string, exceptId: string) {
    const row = await db
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('participant_id', '=', participantId)
      .where('id', '<>', exceptId)
      .where('status', 'in', ['pending', 'in_contact'])
      .executeTakeFirstOrThrow();
    return row.n;
  },

  // The follow-up job: pending referrals that need a reminder, and those past the limit.

  findDueForReminder(db: Kysely<DB>, remindOnOrBefore: string, closeBefore: string) {
    return db
      .selectFrom('referrals as r')
      .innerJoin('participants as p', 'p.id', 'r.participant_id')
      .select([
        'r.id',
        'r.target_organisation_id',
        'r.referred_on',
        'r.measure',
        'p.first_name',
        'p.last_name',
      ])
      .where('r.status', '=', 'pending')
      .where('r.reminder_sent_at', 'is', null)
      .where('r.referred_on', '<=', remindOnOrBefore)
      .where('r.referred_on', '>', closeBefore)
      .orderBy('r.referred_on')
      .execute();
  },

  async markReminded(db: Kysely<DB>, id: string, at: Date) {
    const row = await db
      .updateTable('referrals')
      .set({ reminder_sent_at: at })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('reminder_sent_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return !!row;
  },

  /** Closes pending referrals referred on or before the date as "no answer"; returns what it closed. */
  closeUnanswered(db: Kysely<DB>, referredOnOrBefore: string, at: Date) {
    return db
      .updateTable('referrals as r')
      .from('participants as p')
      .set((eb) => ({
        status: 'no_answer',
        closed_at: at,
        version: eb('r.version', '+', 1),
        updated_at: at,
      }))
      .whereRef('p.id', '=', 'r.participant_id')
      .where('r.status', '=', 'pending')
      .where('r.referred_on', '<=', referredOnOrBefore)
      .returning([
        'r.id',
        'r.participant_id',
        'r.referrer_organisation_id',
        'r.referrer_user_id',
        'r.target_organisation_id',
        'r.referred_on',
        'p.first_name',
        'p.last_name',
      ])
      .execute();
  },

  // Lead times and no-start reasons, per channel.

  /**
   * Per channel (participants with an active statistics consent only; a withdrawal drops them from the next
   * figures): the days between the steps of the flow.
   * The indication is the first one tied to the referral; advice is its first submission, validation its approval.
   */
  async leadTimes(db: Kysely<DB>, f: Required<Pick<StatsQuery, 'from' | 'to'>> & StatsQuery) {
    const step = (a: string, b: string) => sql<number>`(${sql.raw(b)})::date - (${sql.raw(a)})::date`;
    const percentile = (fraction: number, expression: ReturnType<typeof step>) =>
      sql<number | null>`percentile_cont(${fraction}) within group (order by ${expression})`;
    const steps = {
      referralToFirstContact: step('r.referred_on', 'r.first_contact_on'),
      firstContactToIndication: step('r.first_contact_on', "i.started_at at time zone 'Europe/Brussels'"),
      indicationToAdvice: step(
        "i.started_at at time zone 'Europe/Brussels'",
        "i.first_submitted_at at time zone 'Europe/Brussels'",
      ),
      adviceToValidation: step(
        "i.first_submitted_at at time zone 'Europe/Brussels'",
        "i.validated_at at time zone 'Europe/Brussels'",
      ),
      referralToValidation: step('r.referred_on', "i.validated_at at time zone 'Europe/Brussels'"),
      referralToStart: step('r.referred_on', 'r.started_on'),
    };
    // Grouped by the channel that referred, or by the one that did the indication (then only those with one).
    const channel = f.groupBy === 'indication_channel' ? sql<string>`i.channel` : sql<string>`r.channel`;
    let q = db
      .selectFrom('referrals as r')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('indications')
            .select(['channel', 'started_at', 'first_submitted_at', 'validated_at'])
            .whereRef('referral_id', '=', 'r.id')
            .orderBy('started_at')
            .limit(1)
            .as('i'),
        (join) => join.onTrue(),
      )
      .select((eb) => [
        channel.as('channel'),
        eb.fn.countAll<number>().as('referrals'),
        eb.fn.countAll<number>().filterWhere('r.status', '=', 'started').as('started'),
        eb.fn.countAll<number>().filterWhere('r.status', '=', 'no_start').as('no_start'),
        eb.fn.countAll<number>().filterWhere('r.status', '=', 'no_answer').as('no_answer'),
        eb.fn.countAll<number>().filterWhere('r.status', 'in', ['pending', 'in_contact']).as('open'),
        ...Object.entries(steps).flatMap(([name, expression]) => [
          sql<number>`count(${expression})::int`.as(`${name}_n`),
          percentile(0.5, expression).as(`${name}_median`),
          percentile(0.9, expression).as(`${name}_p90`),
        ]),
      ])
      .where('r.referred_on', '>=', f.from)
      .where('r.referred_on', '<=', f.to)
      .where('r.status', '<>', 'withdrawn')
      .where(activeConsentExists('r.participant_id', 'statistics'));
    if (f.groupBy === 'indication_channel') {
      q = q.where(sql<boolean>`i.channel is not null`);
    }
    if (f.channel) {
      q = q.where(channel, '=', f.channel);
    }
    if (f.measure) {
      q = q.where('r.measure', '=', f.measure);
    }
    if (f.targetOrganisationId) {
      q = q.where('r.target_organisation_id', '=', f.targetOrganisationId);
    }
    return (await q.groupBy(sql`1`).orderBy(sql`1`).execute()) as unknown as (Record<
      string,
      number | null
    > & { channel: ReferralsTable['channel'] })[];
  },

  async noStartReasons(db: Kysely<DB>, f: Required<Pick<StatsQuery, 'from' | 'to'>> & StatsQuery) {
    let q = db
      .selectFrom('referrals as r')
      .select((eb) => [
        'r.channel',
        sql<string>`coalesce(r.no_start_reason, 'no_answer')`.as('reason'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where('r.status', 'in', ['no_start', 'no_answer'])
      .where('r.referred_on', '>=', f.from)
      .where('r.referred_on', '<=', f.to)
      .where(activeConsentExists('r.participant_id', 'statistics'));
    if (f.channel) {
      q = q.where('r.channel', '=', f.channel);
    }
    if (f.measure) {
      q = q.where('r.measure', '=', f.measure);
    }
    if (f.targetOrganisationId) {
      q = q.where('r.target_organisation_id', '=', f.targetOrganisationId);
    }
    return q.groupBy(['r.channel', sql`2`]).orderBy('r.channel').orderBy(sql`2`).execute();
  },
};
