import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';

/**
 * A recognition inserted directly: of the organisation, or of a coach when `coachUserId` is given. Valid from two
 * years ago by default; `validUntil` null means no end date.
 */
export async function createRecognition(
  db: Kysely<DB>,
  options: {
    organisationId: string;
    coachUserId?: string;
    scheme?: string;
    validFrom?: string;
    validUntil?: string | null;
    withdrawnOn?: string;
  },
) {
  return db
    .insertInto('recognitions')
    .values({
      subject_kind: options.coachUserId ? 'coach' : 'organisation',
      organisation_id: options.organisationId,
      coach_user_id: options.coachUserId ?? null,
      scheme: options.scheme ?? 'Erkenning begeleidingsorganisatie maatwerk',
      authority: 'Departement Werk en Sociale Economie',
      reference_number: `WSE/${faker.string.alphanumeric(8)}`,
      valid_from: options.validFrom ?? '2024-06-01',
      valid_until: options.validUntil === undefined ? '2029-05-31' : options.validUntil,
      withdrawn_on: options.withdrawnOn ?? null,
      withdrawal_reason: options.withdrawnOn ? 'Ingetrokken' : null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}
