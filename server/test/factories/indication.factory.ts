import type { Insertable, Kysely } from 'kysely';
import type { DB, IndicationsTable } from '../../src/db/schema';
import { createOrganisation } from './organisation.factory';
import { createUser } from './user.factory';

/**
 * An indication inserted directly with the given step times (for statistics and job tests); by default at a new
 * VDAB organisation, written by a new consultant there.
 */
export async function createIndication(
  db: Kysely<DB>,
  values: Pick<Insertable<IndicationsTable>, 'participant_id'> & Partial<Insertable<IndicationsTable>>,
) {
  const organisationId =
    values.organisation_id ?? (await createOrganisation(db, { kind: 'public_employment_service' })).id;
  const consultantId =
    values.consultant_user_id ??
    (await createUser(db, { organisationId, roles: ['indication_consultant'] })).id;
  return db
    .insertInto('indications')
    .values({
      channel: 'vdab',
      ...values,
      organisation_id: organisationId,
      consultant_user_id: consultantId,
    })
    .returning(['id', 'version', 'status'])
    .executeTakeFirstOrThrow();
}
