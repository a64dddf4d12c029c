import type { Insertable, Kysely } from 'kysely';
import type { DB, ReferralsTable } from '../../src/db/schema';
import { createOrganisation } from './organisation.factory';
import { createParticipant } from './participant.factory';

/** A referral inserted directly (for job and statistics tests), with its participant and organisations. */
export async function createReferral(
  db: Kysely<DB>,
  overrides: Partial<Insertable<ReferralsTable>> & { statisticsConsentBy?: string } = {},
) {
  const { statisticsConsentBy, ...values } = overrides;
  const targetOrganisationId =
    values.target_organisation_id ?? (await createOrganisation(db, { kind: 'maatwerkbedrijf' })).id;
  const referrerOrganisationId =
    values.referrer_organisation_id === undefined
      ? (await createOrganisation(db, { kind: 'public_employment_service' })).id
      : values.referrer_organisation_id;
  const participantId =
    values.participant_id ??
    (
      await createParticipant(db, {
        organisationId: referrerOrganisationId ?? targetOrganisationId,
        status: 'referred',
      })
    ).id;
  if (statisticsConsentBy) {
    await db
      .insertInto('participant_consents')
      .values({
        participant_id: participantId,
        purpose: 'statistics',
        basis: 'signed_form',
        given_on: '2026-01-01',
        recorded_by: statisticsConsentBy,
      })
      .execute();
  }
  return db
    .insertInto('referrals')
    .values({
      channel: 'vdab',
      measure: 'cmw',
      referred_on: '2026-05-01',
      ...values,
      participant_id: participantId,
      target_organisation_id: targetOrganisationId,
      referrer_organisation_id: referrerOrganisationId,
    })
    .returning([
      'id',
      'participant_id',
      'target_organisation_id',
      'referrer_organisation_id',
      'version',
      'status',
    ])
    .executeTakeFirstOrThrow();
}
