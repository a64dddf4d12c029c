import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { trajectoryWorld } from '../../../test/scenarios/trajectory-world';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = brusselsDate(new Date());

describe('action plan API', () => {
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
    return {
      ...w,
      tr,
      url: `/api/trajectories/${tr.id}`,
      coach: await login(t.app, w.coachA.email),
      outsider: await login(t.app, w.coachB.email),
      selfSession: await login(t.app, w.self.email),
      mentorSession: await login(t.app, w.mentorUser.email),
      otherMentor: await login(t.app, w.otherMentorUser.email),
    };
  }

  it('should be co-written: the coach sets goals and actions, the participant reads, marks and comments, the mentor marks work-floor actions only', async () => {
    const w = await world();
    const badGoal = await call(t.app, w.coach, 'POST', `${w.url}/goals`, { title: '  ' });
    expect(badGoal.statusCode).toBe(400);
    expect(badGoal.json().errors[0]).toMatchObject({ field: 'title' });
    const goal = (
      await call(t.app, w.coach, 'POST', `${w.url}/goals`, { title: 'Zelfstandig de ochtendploeg draaien' })
    ).json().goals[0];
    const badAction = await call(t.app, w.coach, 'POST', `${w.url}/goals/${goal.id}/actions`, {
      title: 'Oefenen',
      assignee: 'neighbour',
    });
    expect(badAction.json().errors[0]).toMatchObject({ field: 'assignee', code: 'invalid_option' });
    const unknownGoal = await call(t.app, w.coach, 'POST', `${w.url}/goals/${w.tr.id}/actions`, {
      title: 'Oefenen',
      assignee: 'participant',
    });
    expect(unknownGoal.statusCode).toBe(404);
    await call(t.app, w.coach, 'POST', `${w.url}/goals/${goal.id}/actions`, {
      title: 'Wekker op 6 uur zetten',
      assignee: 'participant',
      dueOn: addToDate(today, { days: -2 }),
    });
    const plan = (
      await call(t.app, w.coach, 'POST', `${w.url}/goals/${goal.id}/actions`, {
        title: 'Uitleg snijmachine geven',
        assignee: 'mentor',
        assigneeName: 'Marc',
        dueOn: addToDate(today, { days: 5 }),
      })
    ).json();
    const [mine, mentors] = plan.goals[0].actions;
    expect(mine).toMatchObject({ title: 'Wekker op 6 uur zetten', isOverdue: true, status: 'open' });
    expect(mentors).toMatchObject({ assignee: 'mentor', isOverdue: false });

    const seen = await call(t.app, w.selfSession, 'GET', `${w.url}/action-plan`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().abilities).toEqual({ edit: false, markActions: true, comment: true });
    expect((await call(t.app, w.selfSession, 'POST', `${w.url}/goals`, { title: 'x' })).statusCode).toBe(403);
    const marked = await call(t.app, w.selfSession, 'PUT', `${w.url}/actions/${mine.id}/status`, {
      version: mine.version,
      status: 'done',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ status: 'done', isOverdue: false });
    const stale = await call(t.app, w.coach, 'PATCH', `${w.url}/actions/${mine.id}`, {
      version: mine.version,
      data: { title: 'Wekker op half zes' },
    });
    expect(stale.statusCode).toBe(409);
    const comment = await call(t.app, w.selfSession, 'POST', `${w.url}/action-plan/comments`, {
      goalId: goal.id,
      body: 'Lukt al drie dagen!',
    });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(comment.json().comments[0]).toMatchObject({ byParticipant: true, body: 'Lukt al drie dagen!' });
    const badComment = await call(t.app, w.selfSession, 'POST', `${w.url}/action-plan/comments`, {
      goalId: w.tr.id,
      body: 'x',
    });
    expect(badComment.json().errors[0]).toMatchObject({ field: 'goalId', code: 'unknown_reference' });

    expect(
      (
        await call(t.app, w.mentorSession, 'PUT', `${w.url}/actions/${mine.id}/status`, {
          version: 2,
          status: 'open',
        })
      ).statusCode,
    ).toBe(403);
    const byMentor = await call(t.app, w.mentorSession, 'PUT', `${w.url}/actions/${mentors.id}/status`, {
      version: mentors.version,
      status: 'in_progress',
    });
    expect(byMentor.statusCode, byMentor.body).toBe(200);
    expect(
      (
        await call(t.app, w.otherMentor, 'PUT', `${w.url}/actions/${mentors.id}/status`, {
          version: 2,
          status: 'done',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call(t.app, w.outsider, 'GET', `${w.url}/action-plan`)).statusCode).toBe(404);
  });
});
