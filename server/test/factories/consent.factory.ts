import type { Kysely } from 'kysely';
import type { ConsentPurpose, DB } from '../../src/db/schema';

/** An active consent inserted directly; `organisationId` names the organisation for share_profile. */
export async function createConsent(
  db: Kysely<DB>,
  values: { participantId: string; purpose: ConsentPurpose; recordedBy: string; organisationId?: string },
) {
  return db
    .insertInto('participant_consents')
    .values({
      participant_id: values.participantId,
      purpose: values.purpose,
      organisation_id: values.organisationId ?? null,
      basis: 'signed_form',
      given_on: '2026-01-01',
      recorded_by: values.recordedBy,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}
