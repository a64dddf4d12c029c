import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { buildEnterpriseNumber } from '../../src/demo/builders';

export async function createEmployer(db: Kysely<DB>, overrides: { name?: string } = {}) {
  return db
    .insertInto('employers')
    .values({
      enterprise_number: buildEnterpriseNumber(faker),
      name: overrides.name ?? `${faker.company.name()} ${faker.string.alphanumeric(4)}`,
      nace_code: '56.10',
      size_class: '10-49',
      postcode: '9000',
      municipality_nis: '44021',
    })
    .returning(['id', 'name', 'enterprise_number', 'version'])
    .executeTakeFirstOrThrow();
}
