import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { createUser } from '../../../test/factories/user.factory';
import { trajectoryWorld } from '../../../test/scenarios/trajectory-world';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = brusselsDate(new Date());
const session = {
  sessionOn: today,
  durationMinutes: 90,
  location: 'workplace',
  topics: ['tasks_and_skills', 'health_and_energy'],
  notes: 'Werkt vlot mee in de voormiddag.',
  confidentialNotes: 'Vertelt over slaapproblemen door medicatie.',
};

describe('coaching log and support budget API', () => {
  const t = useTestApp();

  async function world() {
    const w = await trajectoryWorld(t.database.db);
    const tr = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      participantId: w.participant.id,
      startedOn: addToDate(today, { days: -30 }),
      employerId: w.employer.id,
      siteId: w.site.id,
    });
    await t.database.db
      .insertInto('trajectory_mentors')
      .values({
        trajectory_id: tr.id,
        contact_person_id: w.mentor.id,
        user_id: w.mentorUser.id,
        assigned_by: w.coachA.id,
      })
      .execute();
    // A coach of another organisation who also works for A (to show the confidential part belongs to its writer).
    const periods = await t.database.db
      .insertInto('trajectory_budget_periods')
      .values([
        {
          trajectory_id: tr.id,
          starts_on: addToDate(today, { days: -30 }),
          ends_on: addToDate(today, { days: 10 }),
          initial_hours: 4,
        },
        {
          trajectory_id: tr.id,
          starts_on: addToDate(today, { days: 11 }),
          ends_on: addToDate(today, { days: 100 }),
          initial_hours: 10,
        },
      ])
      .returning('id')
      .execute();
    return {
      ...w,
      tr,
      periods,
      url: `/api/trajectories/${tr.id}`,
      coach: await login(t.app, w.coachA.email),
      admin: await login(t.app, w.adminA.email),
      outsider: await login(t.app, w.coachB.email),
      mentorSession: await login(t.app, w.mentorUser.email),
      otherMentor: await login(t.app, w.otherMentorUser.email),
      network: await login(t.app, w.networkAdmin.email),
    };
  }

  it('should answer 401 without a session and name bad fields', async () => {
    const w = await world();
    expect((await call(t.app, null, 'GET', `${w.url}/sessions`)).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', `${w.url}/budget/moves`, {})).statusCode).toBe(401);
    const bad = await call(t.app, w.coach, 'POST', `${w.url}/sessions`, { ...session, location: 'pub' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'location', code: 'invalid_option' });
    const future = await call(t.app, w.coach, 'POST', `${w.url}/sessions`, {
      ...session,
      sessionOn: addToDate(today, { days: 1 }),
    });
    expect(future.json().errors[0]).toMatchObject({
      field: 'sessionOn',
      code: 'date_in_future',
      message: 'Datum gesprek mag niet in de toekomst liggen.',
    });
  });

  it("should keep the confidential part for the coach's organisation, let the mentor log their own sessions, and audit every read", async () => {
    const w = await world();
    const logged = await call(t.app, w.coach, 'POST', `${w.url}/sessions`, session);
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json()).toMatchObject({ byRole: 'coach', confidentialNotes: session.confidentialNotes });
    const mentorSecret = await call(t.app, w.mentorSession, 'POST', `${w.url}/sessions`, session);
    expect(mentorSecret.statusCode).toBe(400);
    expect(mentorSecret.json().errors[0]).toMatchObject({
      field: 'confidentialNotes',
      code: 'mentor_no_confidential',
    });
    const byMentor = await call(t.app, w.mentorSession, 'POST', `${w.url}/sessions`, {
      ...session,
      confidentialNotes: undefined,
      durationMinutes: 30,
      notes: 'Nieuwe taak aangeleerd: deeg afwegen.',
    });
    expect(byMentor.statusCode, byMentor.body).toBe(201);
    expect(byMentor.json()).toMatchObject({ byRole: 'mentor', author: { id: w.mentorUser.id } });
    expect(
      (
        await call(t.app, w.otherMentor, 'POST', `${w.url}/sessions`, {
          ...session,
          confidentialNotes: undefined,
        })
      ).statusCode,
    ).toBe(404);
    expect((await call(t.app, w.outsider, 'POST', `${w.url}/sessions`, session)).statusCode).toBe(404);

    const log = await call(t.app, w.admin, 'GET', `${w.url}/sessions`);
    expect(log.statusCode).toBe(200);
    expect(
      log
        .json()
        .items.map((s: { byRole: string; confidentialNotes: string | null }) => [
          s.byRole,
          s.confidentialNotes,
        ]),
    ).toEqual([
      ['mentor', null],
      ['coach', session.confidentialNotes],
    ]);
    // Sessions written for another organisation keep their confidential part from A's staff.
    await t.database.db
      .updateTable('coaching_sessions')
      .set({ organisation_id: w.orgB.id })
      .where('id', '=', logged.json().id)
      .execute();
    const other = (await call(t.app, w.coach, 'GET', `${w.url}/sessions`)).json().items[1];
    expect(other).toMatchObject({
      confidentialNotes: null,
      hasConfidentialNotes: true,
      notes: session.notes,
    });
    expect((await call(t.app, w.outsider, 'GET', `${w.url}/sessions`)).statusCode).toBe(404);
    const reads = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'details'])
      .where('entity_id', '=', w.tr.id)
      .where('action', 'in', ['coaching_session.read', 'coaching_session.created'])
      .orderBy('id')
      .execute();
    expect(reads.map((r) => `${r.action} ${r.outcome}`)).toEqual([
      'coaching_session.created success',
      'coaching_session.created success',
      'coaching_session.created denied',
      'coaching_session.created denied',
      'coaching_session.read success',
      'coaching_session.read success',
      'coaching_session.read denied',
    ]);
    const everything = JSON.stringify(
      await t.database.db.selectFrom('audit_events').select('details').execute(),
    );
    expect(everything).not.toContain('slaapproblemen');
    expect(everything).not.toContain('health_and_energy');
  });

  it('should count coach sessions against the period, move hours with a reason and never make a period negative', async () => {
    const w = await world();
    await call(t.app, w.coach, 'POST', `${w.url}/sessions`, { ...session, durationMinutes: 150 });
    const budget = await call(t.app, w.coach, 'GET', `${w.url}/budget`);
    expect(budget.statusCode).toBe(200);
    const [first, second] = budget.json().periods;
    expect(first).toMatchObject({ plannedHours: 4, usedHours: 2.5, remainingHours: 1.5, isCurrent: true });
    const version = budget.json().version;
    const tooMuch = await call(t.app, w.coach, 'POST', `${w.url}/budget/moves`, {
      version,
      fromPeriodId: first.id,
      toPeriodId: second.id,
      hours: 2,
      reason: 'Meer begeleiding nodig na de start.',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().errors[0]).toMatchObject({ field: 'hours', code: 'budget_negative' });
    expect(tooMuch.json().errors[0].message).toContain('1.5');
    const noReason = await call(t.app, w.coach, 'POST', `${w.url}/budget/moves`, {
      version,
      fromPeriodId: first.id,
      toPeriodId: second.id,
      hours: 1,
    });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const moved = await call(t.app, w.coach, 'POST', `${w.url}/budget/moves`, {
      version,
      fromPeriodId: second.id,
      toPeriodId: first.id,
      hours: 3,
      reason: 'Intensievere opstart dan gepland.',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json().periods.map((p: { plannedHours: number }) => p.plannedHours)).toEqual([7, 7]);
    expect(moved.json().moves[0]).toMatchObject({
      hours: 3,
      reason: 'Intensievere opstart dan gepland.',
      by: 'Kim Coach',
    });
    const stale = await call(t.app, w.coach, 'POST', `${w.url}/budget/moves`, {
      version,
      fromPeriodId: second.id,
      toPeriodId: first.id,
      hours: 1,
      reason: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const overlap = await call(t.app, w.coach, 'POST', `${w.url}/budget/periods`, {
      version: moved.json().version,
      startsOn: addToDate(today, { days: 50 }),
      endsOn: addToDate(today, { days: 150 }),
      hours: 5,
    });
    expect(overlap.json().errors[0]).toMatchObject({ field: 'startsOn', code: 'budget_period_overlap' });
    const added = await call(t.app, w.coach, 'POST', `${w.url}/budget/periods`, {
      version: moved.json().version,
      startsOn: addToDate(today, { days: 101 }),
      endsOn: addToDate(today, { days: 190 }),
      hours: 5,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().totals).toEqual({ plannedHours: 19, usedHours: 2.5 });
    expect((await call(t.app, w.network, 'GET', `${w.url}/budget`)).statusCode).toBe(200);
    expect((await call(t.app, w.outsider, 'GET', `${w.url}/budget`)).statusCode).toBe(404);
    const viewer = await login(
      t.app,
      (await createUser(t.database.db, { organisationId: w.orgA.id, roles: ['account_manager'] })).email,
    );
    expect((await call(t.app, viewer, 'GET', `${w.url}/budget`)).statusCode).toBe(403);
  });
});
