import { type Expression, type Insertable, type Kysely, type SqlBool, sql } from 'kysely';
import type { ConsentPurpose, DB, ParticipantConsentsTable } from '../../db/schema';

const columns = [
  'c.id',
  'c.participant_id',
  'c.purpose',
  'c.organisation_id',
  'o.name as organisation_name',
  'c.basis',
  'c.given_on',
  'c.note',
  'c.recorded_by',
  'rb.display_name as recorded_by_name',
  'c.recorded_by_organisation_id',
  'ro.name as recorded_by_organisation_name',
  'c.recorded_at',
  'c.withdrawn_at',
  'c.withdrawn_by',
  'wb.display_name as withdrawn_by_name',
  'c.withdrawal_note',
  'c.version',
] as const;

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('participant_consents as c')
    .leftJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('users as rb', 'rb.id', 'c.recorded_by')
    .leftJoin('organisations as ro', 'ro.id', 'c.recorded_by_organisation_id')
    .leftJoin('users as wb', 'wb.id', 'c.withdrawn_by')
    .select(columns);
}

export type ConsentRecord = NonNullable<Awaited<ReturnType<typeof consentsRepository.findById>>>;

/**
 * A condition "the participant in `participantColumn` holds an active consent for `purpose`" (optionally naming
 * an organisation), for other modules' list queries: a withdrawal takes effect in the very next query.
 */
export function activeConsentExists(
  participantColumn: string,
  purpose: ConsentPurpose,
  organisationId?: string,
): Expression<SqlBool> {
  const org = organisationId ? sql`and pc.organisation_id = ${organisationId}::uuid` : sql``;
  return sql<SqlBool>`exists (select 1 from participant_consents pc where pc.participant_id = ${sql.ref(participantColumn)} and pc.purpose = ${purpose} and pc.withdrawn_at is null ${org})`;
}

export const consentsRepository = {
  findByParticipant(db: Kysely<DB>, participantId: string) {
    return baseQuery(db)
      .where('c.participant_id', '=', participantId)
      .orderBy(sql`c.withdrawn_at is null`, 'desc')
      .orderBy('c.recorded_at', 'desc')
      .execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('c.id', '=', id).executeTakeFirst();
  },

  findActive(db: Kysely<DB>, participantId: string, purpose: ConsentPurpose, organisationId: string | null) {
    let q = db
      .selectFrom('participant_consents')
      .select('id')
      .where('participant_id', '=', participantId)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null);
    q = organisationId
      ? q.where('organisation_id', '=', organisationId)
      : q.where('organisation_id', 'is', null);
    return q.executeTakeFirst();
  },

  /** Organisations named in the participant's active consents for a purpose (share_profile). */
  async findActiveOrganisationIds(db: Kysely<DB>, participantId: string, purpose: ConsentPurpose) {
    const rows = await db
      .selectFrom('participant_consents')
      .select('organisation_id')
      .where('participant_id', '=', participantId)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null)
      .where('organisation_id', 'is not', null)
      .execute();
    return rows.map((r) => r.organisation_id!);
  },

  /** Per participant, the organisations named in their active consents for a purpose. */
  async findActiveOrganisationIdsFor(db: Kysely<DB>, participantIds: string[], purpose: ConsentPurpose) {
    const byParticipant = new Map<string, string[]>();
    if (participantIds.length === 0) {
      return byParticipant;
    }
    const rows = await db
      .selectFrom('participant_consents')
      .select(['participant_id', 'organisation_id'])
      .where('participant_id', 'in', participantIds)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null)
      .where('organisation_id', 'is not', null)
      .execute();
    for (const r of rows) {
      byParticipant.set(r.participant_id, [
        ...(byParticipant.get(r.participant_id) ?? []),
        r.organisation_id!,
      ]);
    }
    return byParticipant;
  },

  async insert(db: Kysely<DB>, values: Insertable<ParticipantConsentsTable>) {
    return db.insertInto('participant_consents').values(values).returning('id').executeTakeFirstOrThrow();
  },

  withdraw(db: Kysely<DB>, id: string, expectedVersion: number, by: string, note: string | null) {
    return db
      .updateTable('participant_consents')
      .set((eb) => ({
        withdrawn_at: sql`now()` as unknown as Date,
        withdrawn_by: by,
        withdrawal_note: note,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('withdrawn_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
  },
};
