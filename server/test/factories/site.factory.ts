import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { createEmployer } from './employer.factory';

/** A site of an employer (a new employer without owner unless one is given). */
export async function createSite(
  db: Kysely<DB>,
  overrides: { employerId?: string; name?: string; isMain?: boolean; municipalityNis?: string } = {},
) {
  const employerId = overrides.employerId ?? (await createEmployer(db)).id;
  return db
    .insertInto('employer_sites')
    .values({
      employer_id: employerId,
      name: overrides.name ?? `Vestiging ${faker.location.city()}`,
      street: `${faker.location.street()} ${faker.number.int({ min: 1, max: 200 })}`,
      postcode: '9000',
      municipality_nis: overrides.municipalityNis ?? '44021',
      is_main: overrides.isMain ?? false,
    })
    .returning(['id', 'employer_id', 'name', 'version'])
    .executeTakeFirstOrThrow();
}
