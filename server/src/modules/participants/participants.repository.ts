import { type Insertable, type Kysely, type SqlBool, sql, type Updateable } from 'kysely';
import type { DB, ParticipantsTable } from '../../db/schema';
import { inScope } from '../../lib/scope';
import { activeConsentExists } from '../consents/consents.repository';
import type { ParticipantQuery } from './participants.schemas';

/** Lists count their matches up to this many; beyond it the total is shown as "more than". */
export const COUNT_CAP = 10_000;

/** A participant counts as inactive after this many days without any recorded activity. */
export const INACTIVE_AFTER_DAYS = 90;

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
  'p.current_measure',
  'p.waiting_since',
  'p.last_activity_at',
  // What profile completeness needs beyond the row itself.
  'p.dutch_level',
  'p.max_commute_minutes',
  'p.max_commute_km',
  'p.hours_per_week',
  'p.available_days',
  'p.occupation_interests',
  'p.education_level',
] as const;

export type ParticipantListRecord = Awaited<
  ReturnType<typeof participantsRepository.findMany>
>['rows'][number];
export type ParticipantRecord = NonNullable<Awaited<ReturnType<typeof participantsRepository.findById>>>;

export interface ParticipantFilter extends ParticipantQuery {
  coachUserId?: string | null;
}

export const participantsRepository = {
  /**
   * One page of a caseload list. Every filter is a plain condition on an indexed column (organisation first), so
   * a page costs an index range scan even at 250,000 participants; the name search uses the trigram index.
   */
  async findMany(db: Kysely<DB>, scope: string[] | null, f: ParticipantFilter, today: string) {
    let q = baseQuery(db).where((eb) => inScope(eb, 'p.organisation_id', scope));
    if (f.q) {
      // Each word must occur in "first last" (one indexed expression, so both name orders match).
      const words = f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
      for (const word of words) {
        q = q.where(
          sql<SqlBool>`lower(immutable_unaccent(p.first_name || ' ' || p.last_name)) like immutable_unaccent(${`%${word}%`})`,
        );
      }
    }
    q = f.status ? q.where('p.status', '=', f.status) : q.where('p.status', '<>', 'merged');
    if (f.measure) {
      q = q.where('p.current_measure', '=', f.measure);
    }
    if (f.municipalityNis) {
      q = q.where('p.municipality_nis', '=', f.municipalityNis);
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
    if (f.waitingMinDays !== undefined) {
      q = q.where('p.waiting_since', '<=', sql<string>`${today}::date - ${f.waitingMinDays}::int`);
    }
    const inactiveSince = sql<Date>`${today}::date - ${INACTIVE_AFTER_DAYS}::int`;
    if (f.needsAttention === 'no_coach') {
      q = q.where('p.coach_user_id', 'is', null);
    } else if (f.needsAttention === 'inactive') {
      q = q.where('p.last_activity_at', '<', inactiveSince);
    } else if (f.needsAttention === 'lost') {
      q = q.where((eb) =>
        eb.or([eb('p.coach_user_id', 'is', null), eb('p.last_activity_at', '<', inactiveSince)]),
      );
    }
    if (f.needsAttention) {
      q = q.where('p.status', 'not in', ['closed', 'employed', 'merged']);
    }
    if (f.consent) {
      q = q.where(activeConsentExists('p.id', f.consent));
    }
    let page = q.select(listColumns);
    if (f.sort === 'waiting') {
      page = page.orderBy(sql`p.waiting_since asc nulls last`).orderBy('p.id');
    } else if (f.sort === 'activity') {
      page = page.orderBy('p.last_activity_at').orderBy('p.id');
    } else {
      page = page.orderBy('p.last_name').orderBy('p.first_name').orderBy('p.id');
    }
    const [rows, total] = await Promise.all([
      page
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      // Counting every match of a broad list costs more than the page itself at 250,000 participants; past
      // COUNT_CAP the list says "more than" and the user narrows the filters instead of paging that far.
      db
        .selectFrom(
          q
            .select('p.id')
            .limit(COUNT_CAP + 1)
            .as('matches'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Math.min(total.n, COUNT_CAP), isTotalCapped: total.n > COUNT_CAP };
  },

  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db)
      .select(listColumns)
      .select([
        'p.email',
        'p.phone',
        'p.street',
        'p.postcode',
        'p.languages',
        'p.has_driving_licence',
        'p.has_car',
        'p.has_bike',
        'p.public_transport_only',
        'p.shifts',
        'p.work_history',
        'p.merged_into_id',
        'p.version',
      ])
      .where('p.id', '=', id)
      .executeTakeFirst();
  },

  /** What profile completeness needs beyond the participant row: pool consent and a capability profile. */
  async findCompletenessFacts(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return { pool: new Set<string>(), profile: new Set<string>() };
    }
    const [pool, profile] = await Promise.all([
      db
        .selectFrom('participant_consents')
        .select('participant_id')
        .where('participant_id', 'in', ids)
        .where('purpose', '=', 'network_pool')
        .where('withdrawn_at', 'is', null)
        .execute(),
      db
        .selectFrom('capability_profiles')
        .select('participant_id')
        .where('participant_id', 'in', ids)
        .execute(),
    ]);
    return {
      pool: new Set(pool.map((r) => r.participant_id)),
      profile: new Set(profile.map((r) => r.participant_id)),
    };
  },

  /** Everything `participantAccess` needs. */
  async findAccessFacts(db: Kysely<DB>, id: string) {
    const [row, referralOrgs, indications, former] = await Promise.all([
      db
        .selectFrom('participants')
        .select(['id', 'organisation_id', 'coach_user_id', 'status', 'merged_into_id'])
        .where('id', '=', id)
        .executeTakeFirst(),
      db
        .selectFrom('referrals')
        .select(['referrer_organisation_id', 'target_organisation_id'])
        .where('participant_id', '=', id)
        .where('status', '<>', 'withdrawn')
        .execute(),
      db
        .selectFrom('indications')
        .select(['organisation_id', 'status'])
        .where('participant_id', '=', id)
        .execute(),
      db
        .selectFrom('participant_coach_assignments')
        .select(['coach_user_id', 'read_access_until'])
        .where('participant_id', '=', id)
        .where('coach_user_id', 'is not', null)
        .where('read_access_until', 'is not', null)
        .execute(),
    ]);
    if (!row) {
      return undefined;
    }
    const orgs = referralOrgs.flatMap((r) => [r.referrer_organisation_id, r.target_organisation_id]);
    return {
      ...row,
      referralOrganisationIds: [...new Set(orgs.filter((o): o is string => o !== null))],
      indicationOrganisationIds: [...new Set(indications.map((i) => i.organisation_id))],
      hasIndicationForReview: indications.some((i) => i.status !== 'draft'),
      formerCoaches: former.map((f) => ({ userId: f.coach_user_id!, until: f.read_access_until! })),
    };
  },

  findByNationalNumber(db: Kysely<DB>, nationalNumber: string) {
    return db
      .selectFrom('participants')
      .select(['id', 'organisation_id', 'status', 'merged_into_id'])
      .where('national_number', '=', nationalNumber)
      .executeTakeFirst();
  },

  /** Records of the same person under another national number: same name (accents and case aside) and birth date. */
  findNamesakes(
    db: Kysely<DB>,
    person: { firstName: string; lastName: string; birthDate: string },
    exceptId?: string,
  ) {
    let q = db
      .selectFrom('participants as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'p.id',
        'p.first_name',
        'p.last_name',
        'p.birth_date',
        'p.national_number',
        'p.organisation_id',
        'o.name as organisation_name',
      ])
      .where(
        sql<SqlBool>`lower(immutable_unaccent(p.last_name)) = lower(immutable_unaccent(${person.lastName}))`,
      )
      .where(
        sql<SqlBool>`lower(immutable_unaccent(p.first_name)) = lower(immutable_unaccent(${person.firstName}))`,
      )
      .where('p.birth_date', '=', person.birthDate)
      .where('p.status', '<>', 'merged');
    if (exceptId) {
      q = q.where('p.id', '<>', exceptId);
    }
    return q.orderBy('p.created_at').limit(10).execute();
  },

  /** Pairs of likely duplicates (same name and birth date) among the records of the given organisations. */
  findDuplicatePairs(db: Kysely<DB>, scope: string[] | null, limit: number) {
    const columns = (alias: 'a' | 'b') =>
      [
        `${alias}.id as ${alias}_id`,
        `${alias}.first_name as ${alias}_first_name`,
        `${alias}.last_name as ${alias}_last_name`,
        `${alias}.birth_date as ${alias}_birth_date`,
        `${alias}.national_number as ${alias}_national_number`,
        `${alias}.organisation_id as ${alias}_organisation_id`,
      ] as const;
    return db
      .selectFrom('participants as a')
      .innerJoin('participants as b', (join) =>
        join
          .on(sql<SqlBool>`lower(immutable_unaccent(a.last_name)) = lower(immutable_unaccent(b.last_name))`)
          .on(sql<SqlBool>`lower(immutable_unaccent(a.first_name)) = lower(immutable_unaccent(b.first_name))`)
          .onRef('a.birth_date', '=', 'b.birth_date')
          .onRef('a.id', '<', 'b.id'),
      )
      .leftJoin('organisations as oa', 'oa.id', 'a.organisation_id')
      .leftJoin('organisations as ob', 'ob.id', 'b.organisation_id')
      .select([
        ...columns('a'),
        ...columns('b'),
        'oa.name as a_organisation_name',
        'ob.name as b_organisation_name',
      ])
      .where('a.status', '<>', 'merged')
      .where('b.status', '<>', 'merged')
      .where((eb) =>
        eb.or([inScope(eb, 'a.organisation_id', scope), inScope(eb, 'b.organisation_id', scope)]),
      )
      .orderBy('a.last_name')
      .orderBy('a.first_name')
      .limit(limit)
      .execute();
  },

  async insert(db: Kysely<DB>, values: Insertable<ParticipantsTable>) {
    return db.insertInto('participants').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates only when the stored version is `expectedVersion`; returns undefined otherwise. */
  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<ParticipantsTable>,
  ) {
    return db
      .updateTable('participants')
      .set((eb) => ({
        ...values,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
        last_activity_at: sql`now()`,
      }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '<>', 'merged')
      .returning(['id', 'version'])
      .executeTakeFirst();
  },

  /** A change made by a referral or an indication: the record moves on without the editor's version in hand. */
  async applyWorkflowChange(db: Kysely<DB>, id: string, values: Updateable<ParticipantsTable>) {
    const changesRecord = Object.keys(values).length > 0;
    await db
      .updateTable('participants')
      .set((eb) => ({
        ...values,
        ...(changesRecord && { version: eb('version', '+', 1), updated_at: sql`now()` }),
        last_activity_at: sql`now()`,
      }))
      .where('id', '=', id)
      .execute();
  },

  findUnknownIscoCodes: async (db: Kysely<DB>, codes: string[]) => {
    if (codes.length === 0) {
      return [];
    }
    const known = await db
      .selectFrom('ref_isco_occupations')
      .select('code')
      .where('code', 'in', codes)
      .execute();
    const set = new Set(known.map((k) => k.code));
    return codes.filter((c) => !set.has(c));
  },

  findOccupationTitles(db: Kysely<DB>, codes: string[]) {
    if (codes.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('ref_isco_occupations')
      .select(['code', 'title_nl', 'title_en'])
      .where('code', 'in', codes)
      .execute();
  },

  // Coach history.

  findAssignments(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('participant_coach_assignments as a')
      .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
      .leftJoin('users as u', 'u.id', 'a.coach_user_id')
      .select([
        'a.id',
        'a.organisation_id',
        'o.name as organisation_name',
        'a.coach_user_id',
        'u.display_name as coach_name',
        'a.started_at',
        'a.ended_at',
        'a.read_access_until',
        'a.reason',
      ])
      .where('a.participant_id', '=', participantId)
      .orderBy('a.started_at', 'desc')
      .orderBy('a.id')
      .execute();
  },

  findOpenAssignment(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('participant_coach_assignments')
      .select(['id', 'coach_user_id', 'organisation_id'])
      .where('participant_id', '=', participantId)
      .where('ended_at', 'is', null)
      .orderBy('started_at', 'desc')
      .executeTakeFirst();
  },

  async endAssignment(db: Kysely<DB>, id: string, readAccessUntil: Date | null) {
    await db
      .updateTable('participant_coach_assignments')
      .set({ ended_at: sql`now()` as unknown as Date, read_access_until: readAccessUntil })
      .where('id', '=', id)
      .execute();
  },

  async insertAssignment(
    db: Kysely<DB>,
    values: {
      participant_id: string;
      organisation_id: string | null;
      coach_user_id: string | null;
      assigned_by: string | null;
      reason: string | null;
      started_at?: Date;
      ended_at?: Date | null;
      read_access_until?: Date | null;
    },
  ) {
    await db.insertInto('participant_coach_assignments').values(values).execute();
  },

  /** Whether a user is an active coach of the organisation. */
  async isActiveCoach(db: Kysely<DB>, userId: string, organisationId: string) {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('r.id')
      .where('r.user_id', '=', userId)
      .where('r.role', '=', 'coach')
      .where('r.organisation_id', '=', organisationId)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  async organisationIsActive(db: Kysely<DB>, organisationId: string) {
    const row = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', organisationId)
      .where('is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  // Merge: every table that refers to a participant moves to the surviving record; the duplicate stays as a
  // tombstone (status merged) so that audit rows and links to it keep resolving.

  async mergeInto(db: Kysely<DB>, survivorId: string, duplicateId: string) {
    await db
      .updateTable('referrals')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .execute();
    await db
      .updateTable('indications')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .execute();
    await db
      .updateTable('participant_coach_assignments')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .execute();
    await db
      .updateTable('capability_adjustments')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .execute();
    // An active consent of the duplicate that the survivor also holds is closed as superseded, the rest moves.
    await db
      .updateTable('participant_consents as d')
      .set({
        withdrawn_at: sql`now()` as unknown as Date,
        withdrawal_note: 'Samengevoegd: vervangen door dezelfde toestemming van het behouden dossier.',
      })
      .where('d.participant_id', '=', duplicateId)
      .where('d.withdrawn_at', 'is', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('participant_consents as s')
            .select(sql`1`.as('one'))
            .where('s.participant_id', '=', survivorId)
            .where('s.withdrawn_at', 'is', null)
            .whereRef('s.purpose', '=', 'd.purpose')
            .where(sql<SqlBool>`s.organisation_id is not distinct from d.organisation_id`),
        ),
      )
      .execute();
    await db
      .updateTable('participant_consents')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .execute();
    // The survivor keeps its capability profile; it takes the duplicate's only when it has none.
    const survivorProfile = await db
      .selectFrom('capability_profiles')
      .select('participant_id')
      .where('participant_id', '=', survivorId)
      .executeTakeFirst();
    if (!survivorProfile) {
      await db
        .insertInto('capability_profiles')
        .columns(['participant_id', 'indication_id', 'derived_at', 'updated_at'])
        .expression((eb) =>
          eb
            .selectFrom('capability_profiles')
            .select([
              sql<string>`${survivorId}::uuid`.as('participant_id'),
              'indication_id',
              'derived_at',
              'updated_at',
            ])
            .where('participant_id', '=', duplicateId),
        )
        .execute();
      await db
        .updateTable('capability_levels')
        .set({ participant_id: survivorId })
        .where('participant_id', '=', duplicateId)
        .execute();
    }
    await db.deleteFrom('capability_levels').where('participant_id', '=', duplicateId).execute();
    await db.deleteFrom('capability_profiles').where('participant_id', '=', duplicateId).execute();
    // A participant's own login follows the person.
    await db
      .updateTable('user_roles')
      .set({ participant_id: survivorId })
      .where('participant_id', '=', duplicateId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('user_roles as s')
              .select(sql`1`.as('one'))
              .whereRef('s.user_id', '=', 'user_roles.user_id')
              .where('s.participant_id', '=', survivorId),
          ),
        ),
      )
      .execute();
    await db.deleteFrom('user_roles').where('participant_id', '=', duplicateId).execute();
  },

  async markMerged(db: Kysely<DB>, duplicateId: string, survivorId: string, expectedVersion: number) {
    return db
      .updateTable('participants')
      .set((eb) => ({
        status: 'merged',
        merged_into_id: survivorId,
        merged_at: sql`now()` as unknown as Date,
        coach_user_id: null,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('id', '=', duplicateId)
      .where('version', '=', expectedVersion)
      .where('status', '<>', 'merged')
      .returning('id')
      .executeTakeFirst();
  },

  /** The indication each participant's capability profile rests on (its own, else the latest approved one). */
  findProfileIndications(db: Kysely<DB>, participantIds: string[]) {
    return db
      .selectFrom('participants as p')
      .innerJoin('indications as i', (join) =>
        join.on((eb) =>
          eb(
            'i.id',
            '=',
            eb.fn.coalesce(
              eb
                .selectFrom('capability_profiles as cp')
                .select('cp.indication_id')
                .whereRef('cp.participant_id', '=', 'p.id'),
              eb
                .selectFrom('indications as li')
                .select('li.id')
                .whereRef('li.participant_id', '=', 'p.id')
                .where('li.status', '=', 'approved')
                .orderBy('li.validated_at', 'desc')
                .limit(1),
            ),
          ),
        ),
      )
      .select(['p.id as participant_id', 'i.organisation_id', 'i.consultant_user_id', 'i.status'])
      .where('p.id', 'in', participantIds)
      .execute();
  },
};
