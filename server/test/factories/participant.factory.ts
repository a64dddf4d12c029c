import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB, Measure, ParticipantStatus } from '../../src/db/schema';
import { buildBirthDate, buildNationalNumber } from '../../src/demo/builders';
import { createOrganisation } from './organisation.factory';

export async function createParticipant(
  db: Kysely<DB>,
  overrides: {
    organisationId?: string;
    coachUserId?: string | null;
    status?: ParticipantStatus;
    firstName?: string;
    lastName?: string;
    birthDate?: string;
    municipalityNis?: string;
    currentMeasure?: Measure | null;
    waitingSince?: string | null;
    lastActivityAt?: Date;
  } = {},
) {
  const organisationId = overrides.organisationId ?? (await createOrganisation(db)).id;
  const sex = faker.helpers.arrayElement(['male', 'female'] as const);
  const birthDate = overrides.birthDate ?? buildBirthDate(faker);
  return db
    .insertInto('participants')
    .values({
      national_number: buildNationalNumber(faker, birthDate, sex),
      first_name: overrides.firstName ?? faker.person.firstName(sex),
      last_name: overrides.lastName ?? faker.person.lastName(),
      birth_date: birthDate,
      postcode: '9000',
      municipality_nis: overrides.municipalityNis ?? '44021',
      organisation_id: organisationId,
      coach_user_id: overrides.coachUserId ?? null,
      status: overrides.status ?? 'waiting',
      current_measure: overrides.currentMeasure ?? null,
      waiting_since: overrides.waitingSince ?? null,
      ...(overrides.lastActivityAt && { last_activity_at: overrides.lastActivityAt }),
    })
    .returning([
      'id',
      'national_number',
      'first_name',
      'last_name',
      'birth_date',
      'organisation_id',
      'version',
    ])
    .executeTakeFirstOrThrow();
}
