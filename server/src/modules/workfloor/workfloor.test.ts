import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { trajectoryWorld } from '../../../test/scenarios/trajectory-world';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = brusselsDate(new Date());

describe('work-floor view, my work and the calendar feed', () => {
  const t = useTestApp();

  async function world() {
    const w = await trajectoryWorld(t.database.db);
    const tr = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      participantId: w.participant.id,
      startedOn: addToDate(today, { days: -200 }),
      employerId: w.employer.id,
      siteId: w.site.id,
      placedOn: addToDate(today, { days: -25 }),
    });
    // Another participant of the same employer, with the other mentor.
    const other = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      employerId: w.employer.id,
      siteId: w.site.id,
    });
    await t.database.db
      .insertInto('trajectory_mentors')
      .values([
        {
          trajectory_id: tr.id,
          contact_person_id: w.mentor.id,
          user_id: w.mentorUser.id,
          assigned_by: w.coachA.id,
        },
        {
          trajectory_id: other.id,
          contact_person_id: w.mentor.id,
          user_id: w.otherMentorUser.id,
          assigned_by: w.coachA.id,
        },
      ])
      .execute();
    await t.database.db
      .insertInto('aftercare_contacts')
      .values({ trajectory_id: tr.id, months_after: 1, due_on: addToDate(today, { days: 5 }) })
      .execute();
    await t.database.db
      .insertInto('coaching_sessions')
      .values({
        trajectory_id: tr.id,
        session_on: today,
        duration_minutes: 60,
        by_role: 'coach',
        author_user_id: w.coachA.id,
        organisation_id: w.orgA.id,
        location: 'elsewhere',
        notes: 'Coachnotitie',
        confidential_notes: 'Vertrouwelijk: medicatie',
      })
      .execute();
    return {
      ...w,
      tr,
      other,
      coach: await login(t.app, w.coachA.email),
      mentorSession: await login(t.app, w.mentorUser.email),
      otherMentor: await login(t.app, w.otherMentorUser.email),
    };
  }

  it('should show a mentor only their own participant’s work floor, without health data or the coach’s notes', async () => {
    const w = await world();
    const list = (await call(t.app, w.mentorSession, 'GET', '/api/workfloor')).json();
    expect(list.items.map((i: { trajectoryId: string }) => i.trajectoryId)).toEqual([w.tr.id]);
    const view = await call(t.app, w.mentorSession, 'GET', `/api/workfloor/${w.tr.id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      participant: { firstName: 'Jana' },
      employer: { id: w.employer.id },
    });
    expect(view.body).not.toContain('Vertrouwelijk');
    expect(view.body).not.toContain('Coachnotitie');
    expect(view.body).not.toContain('birth');
    expect((await call(t.app, w.mentorSession, 'GET', `/api/workfloor/${w.other.id}`)).statusCode).toBe(404);
    // Nothing beyond the work floor: the trajectory, its coaching log, the participant's record.
    for (const url of [
      `/api/trajectories/${w.tr.id}`,
      `/api/trajectories/${w.tr.id}/sessions`,
      `/api/participants/${w.participant.id}`,
      `/api/trajectories/${w.tr.id}/action-plan`,
    ]) {
      expect((await call(t.app, w.mentorSession, 'GET', url)).statusCode, url).toBe(403);
    }
    expect((await call(t.app, w.coach, 'GET', `/api/workfloor/${w.tr.id}`)).statusCode).toBe(403);
  });

  it('should list the coach’s trajectory work on the start page', async () => {
    const w = await world();
    const res = await call(t.app, w.coach, 'GET', '/api/my-work');
    expect(res.statusCode, res.body).toBe(200);
    const section = res.json().sections.find((s: { key: string }) => s.key === 'trajectories');
    const count = (key: string) => section.items.find((i: { key: string }) => i.key === key)?.count;
    expect(count('myTrajectories')).toBe(2);
    expect(count('aftercareDue')).toBe(1);
    expect(count('sessionsToLog')).toBe(1);
    const mentor = (await call(t.app, w.mentorSession, 'GET', '/api/my-work')).json();
    expect(mentor.sections.find((s: { key: string }) => s.key === 'workfloor').items[0]).toMatchObject({
      key: 'myWorkfloorParticipants',
      count: 1,
    });
  });

  it('should give a coach a secret, revocable iCalendar feed of their appointments', async () => {
    const w = await world();
    expect((await call(t.app, w.coach, 'GET', '/api/calendar/feed')).json()).toMatchObject({
      isActive: false,
    });
    const created = await call(t.app, w.coach, 'POST', '/api/calendar/feed');
    expect(created.statusCode, created.body).toBe(201);
    const path = new URL(created.json().url).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    const aftercare = events.find((e) => e.summary.startsWith('Nazorgcontact'));
    expect(aftercare?.summary).toBe('Nazorgcontact (+1 mnd) — Jana P.');
    expect(aftercare?.startDate.toString()).toBe(addToDate(today, { days: 5 }));
    expect(feed.body).not.toContain('Peeters');
    expect(feed.body).not.toContain('medicatie');
    expect((await call(t.app, w.coach, 'GET', '/api/calendar/feed')).json()).toMatchObject({
      isActive: true,
    });
    await call(t.app, w.coach, 'DELETE', '/api/calendar/feed');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/calendar/feed/wbcal_nottherightsecret0000.ics' }))
        .statusCode,
    ).toBe(404);
  });
});
