import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createJob } from '../../../test/factories/job.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';

const daysAgo = (n: number) => addToDate(brusselsDate(new Date()), { days: -n });

interface Section {
  key: string;
  items: { key: string; count: number | null; href: string | null; severity: string }[];
}

describe('my work API', () => {
  const t = useTestApp();

  const sectionOf = async (email: string, key: string) => {
    const res = await call(t.app, await login(t.app, email), 'GET', '/api/my-work');
    expect(res.statusCode).toBe(200);
    return (res.json().sections as Section[]).find((s) => s.key === key);
  };
  const byKey = (section: Section | undefined) =>
    Object.fromEntries((section?.items ?? []).map((i) => [i.key, i]));

  it('should answer 401 without a session', async () => {
    expect((await call(t.app, null, 'GET', '/api/my-work')).statusCode).toBe(401);
  });

  it("should show a coach the open referrals in their organisation's inbox, those waiting past 14 days, and the open ones sent", async () => {
    const mine = await createOrganisation(t.database.db, { kind: 'maatwerkbedrijf' });
    const other = await createOrganisation(t.database.db, { kind: 'public_employment_service' });
    const coach = await createUser(t.database.db, { organisationId: mine.id, roles: ['coach'] });
    // Inbox: one fresh, one waiting 20 days, one in contact for long (answered, so not overdue), one closed.
    await createReferral(t.database.db, {
      target_organisation_id: mine.id,
      referrer_organisation_id: other.id,
      referred_on: daysAgo(2),
    });
    await createReferral(t.database.db, {
      target_organisation_id: mine.id,
      referrer_organisation_id: other.id,
      referred_on: daysAgo(20),
    });
    await createReferral(t.database.db, {
      target_organisation_id: mine.id,
      referrer_organisation_id: other.id,
      referred_on: daysAgo(40),
      status: 'in_contact',
      first_contact_on: daysAgo(30),
    });
    await createReferral(t.database.db, {
      target_organisation_id: mine.id,
      referrer_organisation_id: other.id,
      referred_on: daysAgo(50),
      status: 'withdrawn',
    });
    // Outbox: one open, one started.
    await createReferral(t.database.db, {
      target_organisation_id: other.id,
      referrer_organisation_id: mine.id,
    });
    await createReferral(t.database.db, {
      target_organisation_id: other.id,
      referrer_organisation_id: mine.id,
      status: 'started',
    });
    // Another organisation's inbox is not counted.
    await createReferral(t.database.db, { referred_on: daysAgo(30) });

    const items = byKey(await sectionOf(coach.email, 'referrals'));
    expect(items.referralsInboxOpen).toMatchObject({ count: 3, href: '/referrals?box=inbox&status=open' });
    expect(items.referralsInboxOverdue).toMatchObject({
      count: 1,
      severity: 'danger',
      href: '/referrals?box=inbox&status=pending&sort=oldest',
    });
    expect(items.referralsOutboxOpen).toMatchObject({ count: 1, href: '/referrals?box=outbox&status=open' });
  });

  it('should leave the referrals section out for roles that do not act on referrals', async () => {
    for (const role of ['account_manager', 'analyst', 'indication_validator'] as const) {
      const user = await createUser(t.database.db, { roles: [role] });
      expect(await sectionOf(user.email, 'referrals'), role).toBeUndefined();
    }
  });

  it('should count the "no one gets lost" list as the participants list does: in the flow, without a coach or inactive for 90 days', async () => {
    const org = await createOrganisation(t.database.db);
    const coach = await createUser(t.database.db, { organisationId: org.id, roles: ['coach'] });
    const longAgo = new Date(Date.now() - 120 * 86_400_000);
    await createParticipant(t.database.db, { organisationId: org.id, coachUserId: null });
    await createParticipant(t.database.db, {
      organisationId: org.id,
      coachUserId: coach.id,
      lastActivityAt: longAgo,
    });
    await createParticipant(t.database.db, { organisationId: org.id, coachUserId: coach.id });
    await createParticipant(t.database.db, { organisationId: org.id, coachUserId: null, status: 'employed' });

    const item = byKey(await sectionOf(coach.email, 'caseload')).participantsNeedingAttention;
    expect(item).toMatchObject({ count: 2, href: '/participants?needsAttention=lost', severity: 'warning' });
    const list = await call(
      t.app,
      await login(t.app, coach.email),
      'GET',
      '/api/participants?needsAttention=lost',
    );
    expect(list.json().total).toBe(item!.count);
  });

  it('should show an employer contact their employer and the internship sheets waiting for their acceptance', async () => {
    const employer = await createEmployer(t.database.db, { name: 'Bakkerij Verbeke' });
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    const sheet = (jobId: string, acceptedAt: Date | null) =>
      t.database.db
        .insertInto('internship_sheets')
        .values({
          job_id: jobId,
          costs: JSON.stringify([]),
          insurance: 'Via VDAB',
          mentor_hours_per_week: 2,
          learning_goals: ['Orderpicking'],
          accepted_at: acceptedAt,
          accepted_by_user_id: acceptedAt ? contact.id : null,
          accepted_version: acceptedAt ? 1 : null,
        })
        .execute();
    const waiting = await createJob(t.database.db, { employerId: employer.id, kind: 'internship_place' });
    const accepted = await createJob(t.database.db, { employerId: employer.id, kind: 'internship_place' });
    await sheet(waiting.id, null);
    await sheet(accepted.id, new Date());
    // Another employer's sheet is none of theirs.
    const elsewhere = await createJob(t.database.db, { kind: 'internship_place' });
    await sheet(elsewhere.id, null);

    const items = byKey(await sectionOf(contact.email, 'ownEmployer'));
    expect(items.employer).toMatchObject({ href: `/employers/${employer.id}` });
    expect(items.internshipSheetsToAccept).toMatchObject({
      count: 1,
      href: `/employers/${employer.id}?tab=internships`,
      severity: 'warning',
    });
  });
});
