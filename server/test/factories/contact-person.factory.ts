import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';

/** A contact person of an employer, inserted directly (optionally a legal signatory, optionally with a login). */
export async function createContactPerson(
  db: Kysely<DB>,
  o: {
    employerId: string;
    firstName?: string;
    lastName?: string;
    jobTitle?: string;
    isLegalSignatory?: boolean;
    userId?: string | null;
  },
) {
  return db
    .insertInto('employer_contact_persons')
    .values({
      employer_id: o.employerId,
      first_name: o.firstName ?? faker.person.firstName(),
      last_name: o.lastName ?? faker.person.lastName(),
      job_title: o.jobTitle ?? 'Ploegleider',
      email: `${faker.string.alphanumeric(8).toLowerCase()}@werkgever.test`,
      phone: '09 123 45 67',
      is_legal_signatory: o.isLegalSignatory ?? false,
      user_id: o.userId ?? null,
    })
    .returning(['id', 'first_name', 'last_name', 'job_title', 'email', 'phone'])
    .executeTakeFirstOrThrow();
}
