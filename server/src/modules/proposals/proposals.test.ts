import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createConsent } from '../../../test/factories/consent.factory';
import { createUser } from '../../../test/factories/user.factory';
import { matchingWorld } from '../../../test/scenarios/matching-world';

describe('proposals API', () => {
  const t = useTestApp();

  async function world() {
    const db = t.database.db;
    const w = await matchingWorld(db);
    const self = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'participant', participantId: w.p1.id }],
    });
    const contact = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: w.employer.id }],
    });
    await db
      .insertInto('employer_contact_persons')
      .values({ employer_id: w.employer.id, first_name: 'Eva', last_name: 'Werkgever', user_id: contact.id })
      .execute();
    return {
      ...w,
      coachA: await login(t.app, w.coachA.email),
      managerA: await login(t.app, w.managerA.email),
      coachB: await login(t.app, w.coachB.email),
      self: await login(t.app, self.email),
      contact: await login(t.app, contact.email),
    };
  }

  const propose = (session: Session, body: Record<string, unknown>) =>
    call(t.app, session, 'POST', '/api/proposals', body);
  const step = (session: Session, id: string, body: Record<string, unknown>) =>
    call(t.app, session, 'POST', `/api/proposals/${id}/transition`, body);

  it('should refuse callers without a session, and a proposal by someone on neither side (audited)', async () => {
    const w = await world();
    expect((await call(t.app, null, 'GET', '/api/proposals')).statusCode).toBe(401);
    // p1 is in the pool (so coach B may know of them) but neither p1 nor the employer is coach B's.
    const res = await propose(w.coachB, { participantId: w.p1.id, jobId: w.cleaning.id });
    expect(res.statusCode).toBe(403);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('outcome')
      .where('action', '=', 'proposal.created')
      .where('participant_id', '=', w.p1.id)
      .execute();
    expect(denied).toEqual([{ outcome: 'denied' }]);
    // Someone outside the pool, of another organisation, is unknown to coach B.
    const unknown = await propose(w.coachB, { participantId: w.p3.id, jobId: w.cleaning.id });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'participantId', code: 'unknown_reference' });
  });

  it('should make a match a proposal, once, and only for someone in the pool and an open job', async () => {
    const w = await world();
    const res = await propose(w.coachA, { participantId: w.p1.id, jobId: w.cleaning.id, note: 'Past goed' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'suggested',
      side: 'participant',
      employer: { id: w.employer.id },
      abilities: { propose: true, decline: true, accept: false },
    });
    expect(res.json().score).toBeGreaterThan(80);
    expect(res.json().explanation.dimensions).not.toBeNull();

    const twice = await propose(w.managerA, { participantId: w.p1.id, jobId: w.cleaning.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'jobId', code: 'open_proposal_exists' });
    const outside = await propose(w.coachA, { participantId: w.p3.id, jobId: w.cleaning.id });
    expect(outside.statusCode).toBe(409);
    expect(outside.json().errors[0]).toMatchObject({ field: 'participantId', code: 'not_in_pool' });
    const closed = await propose(w.coachA, { participantId: w.p1.id, jobId: w.draft.id });
    expect(closed.json().errors[0]).toMatchObject({ field: 'jobId', code: 'job_not_open' });
  });

  it('should need a motivation to propose a pair a hard constraint excludes, and keep it in the audit log', async () => {
    const w = await world();
    const refused = await propose(w.coachB, { participantId: w.p2.id, jobId: w.warehouse.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({ field: 'overrideReason', code: 'match_excluded' });
    expect(refused.json().errors[0].message).toContain('essential_gap');
    const allowed = await propose(w.coachB, {
      participantId: w.p2.id,
      jobId: w.warehouse.id,
      overrideReason: 'Werkgever voorziet een tilhulp; bevestigd na werkpostbezoek.',
    });
    expect(allowed.statusCode, allowed.body).toBe(201);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'proposal.created')
      .where('entity_id', '=', allowed.json().id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ overridden: ['essential_gap'] });
  });

  it('should show a sent proposal to the participant, and to the employer only with consent and without profile data', async () => {
    const w = await world();
    const created = (
      await propose(w.coachA, { participantId: w.p1.id, jobId: w.cleaning.id, note: 'Vroeger rugklachten' })
    ).json();
    // Still internal: the participant and the employer do not see it.
    expect((await call(t.app, w.self, 'GET', `/api/proposals/${created.id}`)).statusCode).toBe(404);
    const sent = (await step(w.managerA, created.id, { version: created.version, to: 'proposed' })).json();
    expect(sent).toMatchObject({ status: 'proposed', side: 'employer' });

    const own = await call(t.app, w.self, 'GET', `/api/proposals/${created.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      side: 'self',
      abilities: { decline: true, accept: false, declineAs: ['participant'] },
    });
    expect(own.json().explanation).not.toBeNull();

    const hidden = (await call(t.app, w.contact, 'GET', '/api/proposals')).json();
    expect(hidden.items).toEqual([]);
    await createConsent(t.database.db, {
      participantId: w.p1.id,
      purpose: 'employer_proposals',
      recordedBy: w.coachA.userId,
    });
    const visible = (await call(t.app, w.contact, 'GET', '/api/proposals')).json();
    expect(visible.items.map((p: { id: string }) => p.id)).toEqual([created.id]);
    const detail = (await call(t.app, w.contact, 'GET', `/api/proposals/${created.id}`)).json();
    expect(detail).toMatchObject({ side: 'employer_contact', score: 0, explanation: null, note: null });
    // Nor in the course: the note made with the proposal stays with the staff.
    expect(detail.events.length).toBeGreaterThan(0);
    expect(detail.events.map((e: { note: string | null }) => e.note)).toEqual(detail.events.map(() => null));
    expect(JSON.stringify(detail)).not.toContain('rugklachten');
    expect((await step(w.contact, created.id, { version: sent.version, to: 'accepted' })).statusCode).toBe(
      403,
    );
  });

  it('should let the participant decline with a reason, and keep that pair out of later matching', async () => {
    const w = await world();
    const created = (
      await propose(w.coachA, { participantId: w.p1.id, jobId: w.cleaning.id, propose: true })
    ).json();
    const noReason = await step(w.self, created.id, { version: created.version, to: 'declined' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'declineReason', code: 'required' });
    const declined = await step(w.self, created.id, {
      version: created.version,
      to: 'declined',
      declineReason: 'schedule',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'schedule',
      declinedBy: 'participant',
    });

    const jobs = (await call(t.app, w.coachA, 'GET', `/api/matching/participants/${w.p1.id}/jobs`)).json();
    expect(jobs.items.map((i: { job: { id: string } }) => i.job.id)).not.toContain(w.cleaning.id);
    const why = (
      await call(
        t.app,
        w.coachA,
        'GET',
        `/api/matching/explain?participantId=${w.p1.id}&jobId=${w.cleaning.id}`,
      )
    ).json();
    expect(why.explanation.excluded).toContain('declined_before');
  });

  it('should go through interview to accepted, fill the job, and refuse a stale version', async () => {
    const w = await world();
    const created = (
      await propose(w.managerA, { participantId: w.p1.id, jobId: w.cleaning.id, propose: true })
    ).json();
    const noDate = await step(w.coachA, created.id, { version: created.version, to: 'interview' });
    expect(noDate.json().errors[0]).toMatchObject({ field: 'interviewOn', code: 'required' });
    const interview = (
      await step(w.managerA, created.id, {
        version: created.version,
        to: 'interview',
        interviewOn: '2026-12-10',
      })
    ).json();
    expect(interview).toMatchObject({ status: 'interview', interviewOn: '2026-12-10' });
    const stale = await step(w.managerA, created.id, { version: created.version, to: 'accepted' });
    expect(stale.statusCode).toBe(409);
    const accepted = (
      await step(w.managerA, created.id, { version: interview.version, to: 'accepted' })
    ).json();
    expect(accepted.status).toBe('accepted');
    expect(accepted.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'proposed',
      'interview',
      'accepted',
    ]);
    const job = await t.database.db
      .selectFrom('jobs')
      .select('status')
      .where('id', '=', w.cleaning.id)
      .executeTakeFirstOrThrow();
    expect(job.status).toBe('filled');
    const after = await call(t.app, w.managerA, 'GET', `/api/matching/jobs/${w.cleaning.id}/participants`);
    expect(after.statusCode).toBe(409);
    const twice = await step(w.managerA, created.id, {
      version: accepted.version,
      to: 'declined',
      declineReason: 'other',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('should count declines by reason for monitoring, hiding small numbers', async () => {
    const analyst = await login(t.app, (await createUser(t.database.db, { roles: ['analyst'] })).email);
    const res = await call(t.app, analyst, 'GET', '/api/proposals/decline-stats');
    expect(res.statusCode).toBe(200);
    for (const row of res.json().rows) {
      expect(row.count === null || row.count >= 5).toBe(true);
    }
    const coach = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    expect((await call(t.app, coach, 'GET', '/api/proposals/decline-stats')).statusCode).toBe(403);
  });
});
