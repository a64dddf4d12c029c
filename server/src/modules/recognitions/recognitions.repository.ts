import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import type { DB, RecognitionStatus, RecognitionsTable } from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { RecognitionQuery } from './recognitions.schemas';

type Eb = ExpressionBuilder<DB & { r: RecognitionsTable }, 'r'>;

/** A later recognition of the same subject and scheme, not withdrawn, that starts at the latest the day after. */
function successor(eb: Eb) {
  return eb
    .selectFrom('recognitions as n')
    .whereRef('n.organisation_id', '=', 'r.organisation_id')
    .where(sql<SqlBool>`n.coach_user_id is not distinct from r.coach_user_id`)
    .where(sql<SqlBool>`lower(n.scheme) = lower(r.scheme)`)
    .where('n.withdrawn_on', 'is', null)
    .whereRef('n.valid_from', '>', 'r.valid_from')
    .where(sql<SqlBool>`r.valid_until is not null and n.valid_from <= r.valid_until + 1`)
    .orderBy('n.valid_from')
    .limit(1);
}

function recognitionsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('recognitions as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('users as c', 'c.id', 'r.coach_user_id')
    .select((eb) => [
      'r.id',
      'r.subject_kind',
      'r.organisation_id',
      'o.name as organisation_name',
      'r.coach_user_id',
      'c.display_name as coach_name',
      'r.scheme',
      'r.authority',
      'r.reference_number',
      'r.valid_from',
      'r.valid_until',
      'r.document_reference',
      'r.note',
      'r.withdrawn_on',
      'r.withdrawal_reason',
      'r.version',
      'r.created_at',
      'r.updated_at',
      successor(eb).select('n.id').as('renewed_by_id'),
      successor(eb).select('n.valid_from').as('renewed_by_from'),
    ]);
}

export type RecognitionRecord = NonNullable<Awaited<ReturnType<typeof recognitionsRepository.findById>>>;

/** The status of a recognition on `today` in SQL, the same rule as recognitionStatus() in the policy. */
function statusIs(
  eb: Eb,
  status: RecognitionStatus,
  today: string,
  expiringDays: number,
): Expression<SqlBool> {
  const horizon = sql`${today}::date + ${expiringDays}::int`;
  switch (status) {
    case 'withdrawn':
      return eb('r.withdrawn_on', 'is not', null);
    case 'upcoming':
      return eb.and([eb('r.withdrawn_on', 'is', null), eb('r.valid_from', '>', today)]);
    case 'expired':
      return eb.and([eb('r.withdrawn_on', 'is', null), eb('r.valid_until', '<', today)]);
    case 'expiring':
      return eb.and([
        eb('r.withdrawn_on', 'is', null),
        eb('r.valid_from', '<=', today),
        eb('r.valid_until', '>=', today),
        sql<SqlBool>`r.valid_until <= ${horizon}`,
      ]);
    case 'active':
      return eb.and([
        eb('r.withdrawn_on', 'is', null),
        eb('r.valid_from', '<=', today),
        eb.or([eb('r.valid_until', 'is', null), sql<SqlBool>`r.valid_until > ${horizon}`]),
      ]);
  }
}

export interface RecognitionFilter extends RecognitionQuery {
  today: string;
  expiringDays: number;
  /** Organisations whose recognitions the actor manages (all of theirs); null = the whole network. */
  adminScope: string[] | null;
  /** Organisations whose organisation-level recognitions the actor reads as a coach. */
  coachOrganisationIds: string[];
  userId: string;
}

export const recognitionsRepository = {
  async findMany(db: Kysely<DB>, f: RecognitionFilter) {
    let q = recognitionsQuery(db).where((eb) =>
      eb.or([
        inScope(eb, 'r.organisation_id', f.adminScope),
        eb('r.coach_user_id', '=', f.userId),
        eb.and([
          eb('r.subject_kind', '=', 'organisation'),
          inScope(eb, 'r.organisation_id', f.coachOrganisationIds),
        ]),
      ]),
    );
    if (f.organisationId) {
      q = q.where('r.organisation_id', '=', f.organisationId);
    }
    if (f.subjectKind) {
      q = q.where('r.subject_kind', '=', f.subjectKind);
    }
    if (f.status) {
      const status = f.status;
      q = q.where((eb) => statusIs(eb as unknown as Eb, status, f.today, f.expiringDays));
    }
    if (f.expiringWithinDays !== undefined) {
      q = q
        .where('r.withdrawn_on', 'is', null)
        .where('r.valid_until', '>=', f.today)
        .where(sql<SqlBool>`r.valid_until <= ${f.today}::date + ${f.expiringWithinDays}::int`);
    }
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('r.scheme', 'ilike', like),
          eb('r.authority', 'ilike', like),
          eb('r.reference_number', 'ilike', like),
          eb('c.display_name', 'ilike', like),
          eb('o.name', 'ilike', like),
        ]),
      );
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy(sql`r.withdrawn_on is not null`)
        .orderBy(sql`r.valid_until asc nulls last`)
        .orderBy('o.name')
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
    return recognitionsQuery(db).where('r.id', '=', id).executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<RecognitionsTable>) {
    return db.insertInto('recognitions').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<RecognitionsTable>,
  ) {
    return db
      .updateTable('recognitions')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('withdrawn_on', 'is', null)
      .returning('id')
      .executeTakeFirst();
  },

  /** Another recognition registering the same decision (authority, reference number, start date). */
  findSameDecision(
    db: Kysely<DB>,
    d: { authority: string; referenceNumber: string; validFrom: string },
    exceptId?: string,
  ) {
    let q = db
      .selectFrom('recognitions')
      .select('id')
      .where(sql<SqlBool>`lower(authority) = lower(${d.authority})`)
      .where(sql<SqlBool>`lower(reference_number) = lower(${d.referenceNumber})`)
      .where('valid_from', '=', d.validFrom);
    if (exceptId) {
      q = q.where('id', '<>', exceptId);
    }
    return q.executeTakeFirst();
  },

  /** The schemes and authorities in use, most used first: suggestions for the form. */
  findSchemes(db: Kysely<DB>) {
    return db
      .selectFrom('recognitions')
      .select((eb) => ['scheme', 'authority', eb.fn.countAll<number>().as('count')])
      .groupBy(['scheme', 'authority'])
      .orderBy('count', 'desc')
      .orderBy('scheme')
      .limit(50)
      .execute();
  },

  /** Whether the user is an active coach of the organisation. */
  async isActiveCoach(db: Kysely<DB>, userId: string, organisationId: string) {
    const row = await db
      .selectFrom('user_roles as ur')
      .innerJoin('users as u', 'u.id', 'ur.user_id')
      .select('u.id')
      .where('ur.user_id', '=', userId)
      .where('ur.role', '=', 'coach')
      .where('ur.organisation_id', '=', organisationId)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  async isActiveOrganisation(db: Kysely<DB>, id: string) {
    const row = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', id)
      .where('is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  // The expiry warning job

  /** Recognitions not withdrawn whose end date lies within `horizon` days of today or has just passed. */
  findEndingWithin(db: Kysely<DB>, today: string, horizon: number) {
    return recognitionsQuery(db)
      .where('r.withdrawn_on', 'is', null)
      .where('r.valid_until', '>=', today)
      .where(sql<SqlBool>`r.valid_until <= ${today}::date + ${horizon}::int`)
      .orderBy('r.valid_until')
      .orderBy('r.id')
      .execute();
  },

  async findWarned(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return [];
    }
    return db
      .selectFrom('recognition_warnings')
      .select(['recognition_id', 'threshold_days', 'valid_until'])
      .where('recognition_id', 'in', ids)
      .execute();
  },

  /** Records the thresholds as warned; returns those that were not yet (a second run inserts nothing). */
  async insertWarnings(
    db: Kysely<DB>,
    rows: { recognition_id: string; threshold_days: number; valid_until: string; days_left: number }[],
  ) {
    if (rows.length === 0) {
      return [];
    }
    return db
      .insertInto('recognition_warnings')
      .values(rows)
      .onConflict((oc) => oc.columns(['recognition_id', 'threshold_days', 'valid_until']).doNothing())
      .returning(['id', 'threshold_days'])
      .execute();
  },

  async findActiveUserIds(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return [];
    }
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('is_active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  },

  setNotified(db: Kysely<DB>, id: string, notified: number) {
    return db.updateTable('recognition_warnings').set({ notified }).where('id', '=', id).execute();
  },

  /** Counts for the start page: expiring within the horizon without a renewal, and expired in the last 90 days. */
  async countForStartPage(db: Kysely<DB>, scope: string[] | null, today: string, horizon: number) {
    const row = await db
      .selectFrom('recognitions as r')
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([
              w('r.valid_until', '>=', today),
              sql<SqlBool>`r.valid_until <= ${today}::date + ${horizon}::int`,
              w.not(w.exists(successor(w as unknown as Eb).select('n.id'))),
            ]),
          )
          .as('expiring'),
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([
              w('r.valid_until', '<', today),
              sql<SqlBool>`r.valid_until >= ${today}::date - 90`,
              w.not(w.exists(successor(w as unknown as Eb).select('n.id'))),
            ]),
          )
          .as('expired'),
      ])
      .where('r.withdrawn_on', 'is', null)
      .where((eb) => inScope(eb, 'r.organisation_id', scope))
      .executeTakeFirstOrThrow();
    return { expiring: Number(row.expiring), expired: Number(row.expired) };
  },
};
