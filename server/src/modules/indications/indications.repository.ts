import { type Insertable, type Kysely, type SqlBool, sql, type Updateable } from 'kysely';
import type { DB, IndicationIcfItemsTable, IndicationStatus, IndicationsTable } from '../../db/schema';
import type { IndicationQuery } from './indications.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('indications as i')
    .innerJoin('participants as p', 'p.id', 'i.participant_id')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .innerJoin('users as c', 'c.id', 'i.consultant_user_id')
    .leftJoin('users as v', 'v.id', 'i.validator_user_id')
    .leftJoin('referrals as r', 'r.id', 'i.referral_id')
    .select((eb) => [
      'i.id',
      'i.participant_id',
      'p.first_name',
      'p.last_name',
      'i.referral_id',
      'r.channel as referral_channel',
      'r.referred_on',
      'i.organisation_id',
      'o.name as organisation_name',
      'i.consultant_user_id',
      'c.display_name as consultant_name',
      'i.channel',
      'i.status',
      'i.advice',
      'i.advice_motivation',
      'i.started_at',
      'i.first_submitted_at',
      'i.submitted_at',
      'i.validated_at',
      'i.validator_user_id',
      'v.display_name as validator_name',
      'i.validation_remarks',
      'i.valid_until',
      'i.version',
      eb
        .selectFrom('indication_icf_items as it')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('it.indication_id', '=', 'i.id')
        .as('item_count'),
    ]);
}

export type IndicationRecord = NonNullable<Awaited<ReturnType<typeof indicationsRepository.findById>>>;

export interface IndicationFilter extends IndicationQuery {
  /** Organisations whose indication cell the actor works in (consultants). */
  cellOrganisationIds: string[];
  /** Whether the actor validates (sees every indication that left draft). */
  isValidator: boolean;
  consultantUserId: string;
}

export const indicationsRepository = {
  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('i.id', '=', id).executeTakeFirst();
  },

  /**
   * Indications the actor works on: their own, their cell's, and (validators) every one that left draft. A
   * participant filter is applied by the caller after checking access to the participant.
   */
  async findMany(db: Kysely<DB>, f: IndicationFilter) {
    let q = baseQuery(db);
    if (f.box === 'mine') {
      q = q.where('i.consultant_user_id', '=', f.consultantUserId);
    } else if (f.box === 'organisation') {
      q = f.cellOrganisationIds.length
        ? q.where('i.organisation_id', 'in', f.cellOrganisationIds)
        : q.where(sql<SqlBool>`false`);
    } else if (f.box === 'review') {
      q = f.isValidator ? q.where('i.status', '=', 'submitted') : q.where(sql<SqlBool>`false`);
    } else if (!f.participantId) {
      q = q.where((eb) =>
        eb.or([
          eb('i.consultant_user_id', '=', f.consultantUserId),
          f.cellOrganisationIds.length
            ? eb('i.organisation_id', 'in', f.cellOrganisationIds)
            : sql<SqlBool>`false`,
          f.isValidator ? eb('i.status', '<>', 'draft') : sql<SqlBool>`false`,
        ]),
      );
    }
    if (f.participantId) {
      q = q.where('i.participant_id', '=', f.participantId);
    }
    if (f.status) {
      q = q.where('i.status', '=', f.status);
    }
    if (f.channel) {
      q = q.where('i.channel', '=', f.channel);
    }
    // The review queue is worked oldest first; other lists show the latest work first.
    const ordered =
      f.box === 'review'
        ? q.orderBy('i.submitted_at', 'asc').orderBy('i.id')
        : q.orderBy('i.started_at', 'desc').orderBy('i.id');
    const [rows, total] = await Promise.all([
      ordered
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

  findItems(db: Kysely<DB>, indicationId: string) {
    return db
      .selectFrom('indication_icf_items as it')
      .innerJoin('ref_icf_categories as ic', 'ic.code', 'it.code')
      .select([
        'it.code',
        'it.qualifier',
        'it.note',
        'it.source',
        'ic.title_nl',
        'ic.title_en',
        'ic.component',
      ])
      .where('it.indication_id', '=', indicationId)
      .orderBy('it.code')
      .execute();
  },

  findReviews(db: Kysely<DB>, indicationId: string) {
    return db
      .selectFrom('indication_reviews as ir')
      .innerJoin('users as u', 'u.id', 'ir.validator_user_id')
      .select([
        'ir.id',
        'ir.decision',
        'ir.remarks',
        'ir.validator_user_id',
        'u.display_name as validator_name',
        'ir.decided_at',
      ])
      .where('ir.indication_id', '=', indicationId)
      .orderBy('ir.decided_at', 'desc')
      .execute();
  },

  /** The open (not yet approved) indication of a participant, if any. */
  findOpenForParticipant(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('indications')
      .select(['id', 'status'])
      .where('participant_id', '=', participantId)
      .where('status', 'in', ['draft', 'submitted', 'returned'])
      .executeTakeFirst();
  },

  /** The participant's latest approved indication (the one their capability profile comes from). */
  findLatestApproved(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('indications')
      .select(['id', 'organisation_id', 'consultant_user_id', 'status', 'validated_at', 'valid_until'])
      .where('participant_id', '=', participantId)
      .where('status', '=', 'approved')
      .orderBy('validated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** The participant's latest referral (not withdrawn) that has no indication yet: what a new one belongs to. */
  findReferralToLink(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('referrals as r')
      .select(['r.id', 'r.participant_id'])
      .where('r.participant_id', '=', participantId)
      .where('r.status', '<>', 'withdrawn')
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('indications as i').select('i.id').whereRef('i.referral_id', '=', 'r.id')),
        ),
      )
      .orderBy('r.referred_on', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  findReferral(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('referrals')
      .select(['id', 'participant_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findOrganisationChannel(db: Kysely<DB>, organisationId: string) {
    return db
      .selectFrom('organisations')
      .select(['id', 'kind', 'has_indication_cell', 'is_active'])
      .where('id', '=', organisationId)
      .executeTakeFirst();
  },

  async insert(db: Kysely<DB>, values: Insertable<IndicationsTable>) {
    return db.insertInto('indications').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates when the version matches and the status is one of `fromStatuses`; undefined otherwise. */
  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    fromStatuses: readonly IndicationStatus[],
    values: Updateable<IndicationsTable>,
  ) {
    return db
      .updateTable('indications')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', 'in', [...fromStatuses])
      .returning('id')
      .executeTakeFirst();
  },

  async replaceItems(db: Kysely<DB>, indicationId: string, items: Insertable<IndicationIcfItemsTable>[]) {
    await db.deleteFrom('indication_icf_items').where('indication_id', '=', indicationId).execute();
    if (items.length) {
      await db.insertInto('indication_icf_items').values(items).execute();
    }
  },

  async insertReview(
    db: Kysely<DB>,
    values: {
      indication_id: string;
      validator_user_id: string;
      decision: 'approved' | 'returned';
      remarks: string | null;
    },
  ) {
    await db.insertInto('indication_reviews').values(values).execute();
  },
};
