import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { createContactPerson } from '../factories/contact-person.factory';
import { createEmployer } from '../factories/employer.factory';
import { createJob } from '../factories/job.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createParticipant } from '../factories/participant.factory';
import { createSite } from '../factories/site.factory';
import { createUser } from '../factories/user.factory';

/**
 * A small network for trajectories: organisation A (a maatwerkbedrijf) with a coach, an admin and a participant
 * referred by organisation R (whose consultant referred them); organisation B with a coach; an employer with a
 * site and an internship place with its sheet; at the employer a mentor (contact person with a mentor login), a
 * legal signatory (contact person with an employer-contact login) and a second mentor login for someone else;
 * the participant's own login.
 */
export async function trajectoryWorld(db: Kysely<DB>) {
  const orgA = await createOrganisation(db, { kind: 'maatwerkbedrijf', name: 'Maatwerk Aalst' });
  const orgB = await createOrganisation(db, { kind: 'coaching_organisation' });
  const orgR = await createOrganisation(db, { kind: 'public_employment_service' });
  const coachA = await createUser(db, {
    organisationId: orgA.id,
    roles: ['coach'],
    displayName: 'Kim Coach',
  });
  const adminA = await createUser(db, { organisationId: orgA.id, roles: ['org_admin'] });
  const coachB = await createUser(db, { organisationId: orgB.id, roles: ['coach'] });
  const referrer = await createUser(db, { organisationId: orgR.id, roles: ['indication_consultant'] });
  const networkAdmin = await createUser(db, { roles: ['network_admin'] });
  const participant = await createParticipant(db, {
    organisationId: orgA.id,
    coachUserId: coachA.id,
    firstName: 'Jana',
    lastName: 'Peeters',
    birthDate: '1990-04-12',
    status: 'waiting',
  });
  const referral = await db
    .insertInto('referrals')
    .values({
      participant_id: participant.id,
      channel: 'vdab',
      referrer_organisation_id: orgR.id,
      referrer_user_id: referrer.id,
      measure: 'transition',
      target_organisation_id: orgA.id,
      referred_on: '2026-06-01',
      first_contact_on: '2026-06-05',
      started_on: '2026-06-15',
      status: 'started',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const employer = await createEmployer(db, { name: 'Bakkerij De Zon', owner: { organisationId: orgA.id } });
  const site = await createSite(db, { employerId: employer.id, name: 'Atelier Gent' });
  const place = await createJob(db, {
    siteId: site.id,
    kind: 'internship_place',
    title: 'Stage bakkerij',
    status: 'open',
    hours_per_week: 20,
  });
  await db
    .insertInto('internship_sheets')
    .values({
      job_id: place.id,
      costs: JSON.stringify([
        { item: 'Werkkledij', paidBy: 'employer', amount: 80, period: 'once' },
        { item: 'Verplaatsingskosten', paidBy: 'vdab', amount: null, period: 'per_month' },
      ]),
      insurance: 'Arbeidsongevallen via VDAB (IBO)',
      mentor_hours_per_week: 2,
      learning_goals: ['Deeg bereiden volgens recept', 'Hygiëneregels toepassen'],
      expectations: 'Vier weken, elke voormiddag.',
    })
    .execute();
  const mentorUser = await createUser(db, {
    organisationId: null,
    displayName: 'Marc Mentor',
    roles: [{ role: 'mentor', employerId: employer.id }],
  });
  const mentor = await createContactPerson(db, {
    employerId: employer.id,
    firstName: 'Marc',
    lastName: 'Mentor',
    jobTitle: 'Meesterbakker',
  });
  const signatoryUser = await createUser(db, {
    organisationId: null,
    displayName: 'Sofie Zaakvoerder',
    roles: [{ role: 'employer_contact', employerId: employer.id }],
  });
  const signatory = await createContactPerson(db, {
    employerId: employer.id,
    firstName: 'Sofie',
    lastName: 'Zaakvoerder',
    jobTitle: 'Zaakvoerder',
    isLegalSignatory: true,
    userId: signatoryUser.id,
  });
  const otherMentorUser = await createUser(db, {
    organisationId: null,
    roles: [{ role: 'mentor', employerId: employer.id }],
  });
  const self = await createUser(db, {
    organisationId: null,
    roles: [{ role: 'participant', participantId: participant.id }],
  });
  return {
    orgA,
    orgB,
    orgR,
    coachA,
    adminA,
    coachB,
    referrer,
    networkAdmin,
    participant,
    referral,
    employer,
    site,
    place,
    mentorUser,
    mentor,
    signatoryUser,
    signatory,
    otherMentorUser,
    self,
  };
}
