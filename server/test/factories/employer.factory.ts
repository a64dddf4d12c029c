import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { buildEnterpriseNumber } from '../../src/demo/builders';

/**
 * An employer inserted directly. Without options it has no owner, joint actions or sites, as the register's
 * employers had before the employer desk; `owner` makes an organisation (and account manager) its account owner.
 */
export async function createEmployer(
  db: Kysely<DB>,
  overrides: {
    name?: string;
    naceCode?: string;
    municipalityNis?: string;
    owner?: { organisationId: string; userId?: string | null };
    jointOrganisationIds?: string[];
  } = {},
) {
  const employer = await db
    .insertInto('employers')
    .values({
      enterprise_number: buildEnterpriseNumber(faker),
      name: overrides.name ?? `${faker.company.name()} ${faker.string.alphanumeric(4)}`,
      nace_code: overrides.naceCode ?? '56.10',
      size_class: '10-49',
      postcode: '9000',
      municipality_nis: overrides.municipalityNis ?? '44021',
      owner_organisation_id: overrides.owner?.organisationId ?? null,
      owner_user_id: overrides.owner?.userId ?? null,
      owner_since: overrides.owner ? new Date() : null,
    })
    .returning(['id', 'name', 'enterprise_number', 'version'])
    .executeTakeFirstOrThrow();
  for (const organisationId of overrides.jointOrganisationIds ?? []) {
    await db
      .insertInto('employer_joint_actions')
      .values({ employer_id: employer.id, organisation_id: organisationId, reason: 'approach_accepted' })
      .execute();
  }
  return employer;
}
