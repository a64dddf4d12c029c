import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { addToDate } from '../../src/lib/dates';
import { planPhases } from '../../src/modules/trajectories/trajectories.policy';
import { createOrganisation } from './organisation.factory';
import { createParticipant } from './participant.factory';
import { createUser } from './user.factory';

/**
 * A trajectory inserted directly, with its phases planned from the type's defaults (the first one started), for a
 * new participant of a new organisation with a new coach unless they are given.
 */
export async function createTrajectory(
  db: Kysely<DB>,
  o: {
    typeKey?: string;
    organisationId?: string;
    coachUserId?: string;
    participantId?: string;
    startedOn?: string;
    employerId?: string;
    siteId?: string;
    placedOn?: string;
  } = {},
) {
  const organisationId = o.organisationId ?? (await createOrganisation(db, { kind: 'maatwerkbedrijf' })).id;
  const coachUserId = o.coachUserId ?? (await createUser(db, { organisationId, roles: ['coach'] })).id;
  const participantId =
    o.participantId ??
    (await createParticipant(db, { organisationId, coachUserId, status: 'in_trajectory' })).id;
  const type = await db
    .selectFrom('trajectory_types')
    .selectAll()
    .where('key', '=', o.typeKey ?? 'transition')
    .executeTakeFirstOrThrow();
  const phases = await db
    .selectFrom('trajectory_type_phases')
    .selectAll()
    .where('type_id', '=', type.id)
    .execute();
  const startedOn = o.startedOn ?? '2026-09-01';
  const trajectory = await db
    .insertInto('trajectories')
    .values({
      participant_id: participantId,
      type_id: type.id,
      type_version: type.version,
      lead_organisation_id: organisationId,
      coach_user_id: coachUserId,
      employer_id: o.employerId ?? null,
      site_id: o.siteId ?? null,
      placed_on: o.placedOn ?? null,
      started_on: startedOn,
      planned_end_on: addToDate(startedOn, { days: type.total_term_days - 1 }),
    })
    .returning(['id', 'version', 'participant_id', 'lead_organisation_id', 'coach_user_id'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('trajectory_phases')
    .values(planPhases(phases, startedOn).map((p) => ({ ...p, trajectory_id: trajectory.id })))
    .execute();
  return { ...trajectory, organisationId, coachUserId, participantId, typeId: type.id };
}
