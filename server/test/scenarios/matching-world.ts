import type { Kysely } from 'kysely';
import type { ConsentPurpose, DB } from '../../src/db/schema';
import type { DimensionKey, Level } from '../../src/modules/profiles/dimensions';
import { createConsent } from '../factories/consent.factory';
import { createEmployer } from '../factories/employer.factory';
import { createJob } from '../factories/job.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createParticipant } from '../factories/participant.factory';
import { createSite } from '../factories/site.factory';
import { createUser } from '../factories/user.factory';

/** A participant ready for matching: record fields, a capability profile and the given consents. */
export async function createMatchablePerson(
  db: Kysely<DB>,
  o: {
    organisationId: string;
    coachUserId?: string | null;
    capability: Partial<Record<DimensionKey, Level>>;
    consents: ConsentPurpose[];
    profileSharedWith?: string[];
    recordedBy: string;
    hoursPerWeek?: number;
    interests?: string[];
    waitingSince?: string;
  },
) {
  const person = await createParticipant(db, {
    organisationId: o.organisationId,
    coachUserId: o.coachUserId ?? null,
    status: 'waiting',
    municipalityNis: '44021',
    waitingSince: o.waitingSince ?? '2026-01-01',
  });
  await db
    .updateTable('participants')
    .set({
      hours_per_week: o.hoursPerWeek ?? 30,
      dutch_level: 'B1',
      shifts: ['day', 'early'],
      occupation_interests: o.interests ?? ['9112'],
      public_transport_only: true,
      max_commute_minutes: 45,
    })
    .where('id', '=', person.id)
    .execute();
  await db.insertInto('capability_profiles').values({ participant_id: person.id }).execute();
  const levels = Object.entries(o.capability);
  if (levels.length) {
    await db
      .insertInto('capability_levels')
      .values(
        levels.map(([dimension, level]) => ({
          participant_id: person.id,
          dimension,
          level: level as number,
          derived_level: level as number,
          source: 'indication' as const,
        })),
      )
      .execute();
  }
  for (const purpose of o.consents) {
    await createConsent(db, { participantId: person.id, purpose, recordedBy: o.recordedBy });
  }
  for (const organisationId of o.profileSharedWith ?? []) {
    await createConsent(db, {
      participantId: person.id,
      purpose: 'share_profile',
      organisationId,
      recordedBy: o.recordedBy,
    });
  }
  return person;
}

/**
 * A small network for matching: a maatwerkbedrijf (A) with a coach and an account manager who owns an employer in
 * Gent; a coaching organisation (B) with a coach; open jobs with tasks; three participants.
 *   p1 (A, coach A): in the pool, profile shared with A, fits the cleaning job.
 *   p2 (B, coach B): in the pool, cannot lift (gap on the warehouse job, where lifting is essential).
 *   p3 (A): not in the pool (no consent to be matched).
 */
export async function matchingWorld(db: Kysely<DB>) {
  const orgA = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
  const orgB = await createOrganisation(db, { kind: 'coaching_organisation' });
  const coachA = await createUser(db, { organisationId: orgA.id, roles: ['coach'] });
  const managerA = await createUser(db, { organisationId: orgA.id, roles: ['account_manager'] });
  const coachB = await createUser(db, { organisationId: orgB.id, roles: ['coach'] });
  const employer = await createEmployer(db, { owner: { organisationId: orgA.id, userId: managerA.id } });
  const site = await createSite(db, { employerId: employer.id, municipalityNis: '44021' });
  const cleaning = await createJob(db, {
    siteId: site.id,
    title: 'Schoonmaker kantoren',
    status: 'open',
    isco_code: '9112',
    hours_per_week: 30,
    shifts: ['day'],
    positions: 1,
    tasks: [
      { name: 'Vloeren reinigen', hoursPerWeek: 20, demands: { standing: 3, walking: 2 } },
      { name: 'Afval ophalen', hoursPerWeek: 10, demands: { lifting: 2 } },
    ],
  });
  const warehouse = await createJob(db, {
    siteId: site.id,
    title: 'Orderpicker',
    status: 'open',
    isco_code: '9333',
    hours_per_week: 30,
    essential_dimensions: ['lifting'],
    tasks: [{ name: 'Orders verzamelen', hoursPerWeek: 30, demands: { lifting: 4, walking: 3 } }],
  });
  const draft = await createJob(db, {
    siteId: site.id,
    title: 'Nog niet open',
    status: 'draft',
    isco_code: '9112',
    tasks: [{ hoursPerWeek: 10, demands: { standing: 1 } }],
  });
  const p1 = await createMatchablePerson(db, {
    organisationId: orgA.id,
    coachUserId: coachA.id,
    capability: { standing: 4, walking: 4, lifting: 3 },
    consents: ['network_pool'],
    profileSharedWith: [orgA.id],
    recordedBy: coachA.id,
  });
  const p2 = await createMatchablePerson(db, {
    organisationId: orgB.id,
    coachUserId: coachB.id,
    capability: { standing: 3, walking: 3, lifting: 1 },
    consents: ['network_pool'],
    recordedBy: coachB.id,
    interests: ['9333'],
    hoursPerWeek: 25,
  });
  const p3 = await createMatchablePerson(db, {
    organisationId: orgA.id,
    coachUserId: coachA.id,
    capability: { standing: 4, walking: 4, lifting: 4 },
    consents: [],
    recordedBy: coachA.id,
  });
  return { orgA, orgB, coachA, managerA, coachB, employer, site, cleaning, warehouse, draft, p1, p2, p3 };
}
