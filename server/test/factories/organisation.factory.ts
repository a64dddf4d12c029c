import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB, OrganisationKind } from '../../src/db/schema';
import { buildEnterpriseNumber } from '../../src/demo/builders';

export async function createOrganisation(
  db: Kysely<DB>,
  overrides: { name?: string; kind?: OrganisationKind; municipalitiesServed?: string[] } = {},
) {
  const org = await db
    .insertInto('organisations')
    .values({
      name: overrides.name ?? `${faker.company.name()} ${faker.string.alphanumeric(4)}`,
      kind: overrides.kind ?? 'coaching_organisation',
      enterprise_number: buildEnterpriseNumber(faker),
      municipality_nis: '44021',
      postcode: '9000',
    })
    .returning(['id', 'name', 'enterprise_number', 'version'])
    .executeTakeFirstOrThrow();
  const served = overrides.municipalitiesServed ?? ['44021'];
  if (served.length) {
    await db
      .insertInto('organisation_municipalities')
      .values(served.map((nis_code) => ({ organisation_id: org.id, nis_code })))
      .execute();
  }
  return org;
}
