import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createJob } from '../../../test/factories/job.factory';
import { createUser } from '../../../test/factories/user.factory';
import { matchingWorld } from '../../../test/scenarios/matching-world';

describe('matching API', () => {
  const t = useTestApp();

  async function world() {
    const w = await matchingWorld(t.database.db);
    return {
      ...w,
      coachA: await login(t.app, w.coachA.email),
      managerA: await login(t.app, w.managerA.email),
      coachB: await login(t.app, w.coachB.email),
    };
  }

  type Item = {
    job: { id: string };
    explanation: { excluded: string[]; dimensions: unknown; score: number };
  };

  it('should refuse callers without a session and roles that do not match', async () => {
    const w = await world();
    expect((await call(t.app, null, 'GET', `/api/matching/participants/${w.p1.id}/jobs`)).statusCode).toBe(
      401,
    );
    const analyst = await login(t.app, (await createUser(t.database.db, { roles: ['analyst'] })).email);
    expect(
      (await call(t.app, analyst, 'GET', `/api/matching/jobs/${w.cleaning.id}/participants`)).statusCode,
    ).toBe(403);
  });

  it('should give the coach the best open jobs for a participant, explained per dimension with consent, and audit it', async () => {
    const w = await world();
    const res = await call(t.app, w.coachA, 'GET', `/api/matching/participants/${w.p1.id}/jobs`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.isInPool).toBe(true);
    const ids = body.items.map((i: Item) => i.job.id);
    expect(ids).toContain(w.cleaning.id);
    expect(ids).not.toContain(w.draft.id);
    const cleaning = body.items.find((i: Item) => i.job.id === w.cleaning.id);
    expect(cleaning.explanation).toMatchObject({ isExcluded: false, parts: { profile: 1, interest: 1 } });
    expect(cleaning.explanation.dimensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dimension: 'standing', demand: 3, capability: 4, gap: 0 }),
      ]),
    );
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'matching.profile_compared')
      .where('participant_id', '=', w.p1.id)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    // Another organisation's coach cannot look at this participant at all.
    expect(
      (await call(t.app, w.coachB, 'GET', `/api/matching/participants/${w.p1.id}/jobs`)).statusCode,
    ).toBe(404);
  });

  it('should still match someone outside the pool, but say why no job can be proposed', async () => {
    const w = await world();
    const body = (await call(t.app, w.coachA, 'GET', `/api/matching/participants/${w.p3.id}/jobs`)).json();
    expect(body.isInPool).toBe(false);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i: Item) => i.explanation.excluded.includes('no_pool_consent'))).toBe(true);
  });

  it('should give the account manager the best people for a job: capabilities only where shared, consent withdrawn at once', async () => {
    const w = await world();
    const url = `/api/matching/jobs/${w.cleaning.id}/participants`;
    const res = await call(t.app, w.managerA, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const people = res.json().items as {
      participant: { id: string };
      explanation: { dimensions: unknown; profileSummary: unknown };
    }[];
    const ids = people.map((p) => p.participant.id);
    expect(ids).toContain(w.p1.id);
    expect(ids).toContain(w.p2.id);
    expect(ids).not.toContain(w.p3.id);
    const p2 = people.find((p) => p.participant.id === w.p2.id)!;
    expect(p2.explanation.dimensions).toBeNull();
    expect(p2.explanation.profileSummary).toMatchObject({ gaps: expect.any(Number) });
    expect(people.find((p) => p.participant.id === w.p1.id)!.explanation.dimensions).not.toBeNull();

    await t.database.db
      .updateTable('participant_consents')
      .set({ withdrawn_at: new Date(), withdrawn_by: w.coachA.userId })
      .where('participant_id', '=', w.p1.id)
      .where('purpose', '=', 'network_pool')
      .execute();
    const after = (await call(t.app, w.managerA, 'GET', url)).json();
    expect(after.items.map((p: { participant: { id: string } }) => p.participant.id)).not.toContain(w.p1.id);
  });

  it('should explain why not: an essential gap, no consent, a job that is not open', async () => {
    const w = await world();
    const gap = (
      await call(
        t.app,
        w.coachB,
        'GET',
        `/api/matching/explain?participantId=${w.p2.id}&jobId=${w.warehouse.id}`,
      )
    ).json();
    expect(gap.explanation).toMatchObject({ isExcluded: true, excluded: ['essential_gap'], score: 0 });
    const noConsent = (
      await call(
        t.app,
        w.coachA,
        'GET',
        `/api/matching/explain?participantId=${w.p3.id}&jobId=${w.cleaning.id}`,
      )
    ).json();
    expect(noConsent.explanation.excluded).toContain('no_pool_consent');
    const draft = (
      await call(t.app, w.coachA, 'GET', `/api/matching/explain?participantId=${w.p1.id}&jobId=${w.draft.id}`)
    ).json();
    expect(draft.explanation.excluded).toContain('job_not_open');
    const bad = await call(
      t.app,
      w.coachA,
      'GET',
      `/api/matching/explain?participantId=${w.p1.id}&jobId=nope`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('jobId');
  });

  it("should suggest a carved job from the employer's tasks the person can do, reaching the wanted hours", async () => {
    const w = await world();
    // p2 cannot lift (1) and wants 25 hours.
    const job = await createJob(t.database.db, {
      siteId: w.site.id,
      title: 'Magazijn en onthaal',
      status: 'open',
      hours_per_week: 38,
      tasks: [
        { name: 'Paletten lossen', hoursPerWeek: 13, demands: { lifting: 4 } },
        { name: 'Onthaal', hoursPerWeek: 15, demands: { standing: 2 } },
        { name: 'Scannen', hoursPerWeek: 10, demands: { fine_hand_use: 2 } },
      ],
    });
    const res = await call(
      t.app,
      w.coachB,
      'GET',
      `/api/matching/carving?participantId=${w.p2.id}&employerId=${w.employer.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const of = (name: string) => s.tasks.find((task: { name: string }) => task.name === name);
    expect(of('Paletten lossen')).toMatchObject({ isDoable: false, isChosen: false, openGaps: 1 });
    expect(of('Onthaal')).toMatchObject({ isDoable: true, isChosen: true });
    expect(of('Scannen').job.id).toBe(job.id);
    expect(s).toMatchObject({ targetHours: 25, chosenHours: 25, siteId: w.site.id });
  });

  it('should run the network-wide assignment for a network admin, compare it with greedy and publish it as proposals', async () => {
    const w = await world();
    const admin = await login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);
    expect((await call(t.app, w.managerA, 'POST', '/api/matching/batches', {})).statusCode).toBe(403);
    const bad = await call(t.app, admin, 'POST', '/api/matching/batches', { fairnessPoints: 99 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('fairnessPoints');

    const started = await call(t.app, admin, 'POST', '/api/matching/batches', { fairnessPoints: 10 });
    expect(started.statusCode, started.body).toBe(202);
    const batch = (await call(t.app, admin, 'GET', `/api/matching/batches/${started.json().id}`)).json();
    expect(batch, batch.error).toMatchObject({ status: 'ready', abilities: { publish: true } });
    expect(batch.optimal.assigned).toBeGreaterThanOrEqual(1);
    expect(batch.optimal.objective).toBeGreaterThanOrEqual(batch.greedy.objective);

    const pairs = (await call(t.app, admin, 'GET', `/api/matching/batches/${batch.id}/pairs`)).json();
    expect(pairs.items.length).toBe(batch.optimal.assigned);
    expect(pairs.items[0]).toMatchObject({ participant: expect.any(Object), job: expect.any(Object) });

    const published = await call(t.app, admin, 'POST', `/api/matching/batches/${batch.id}/publish`, {
      version: batch.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', proposalsCreated: pairs.items.length });
    const again = await call(t.app, admin, 'POST', `/api/matching/batches/${batch.id}/publish`, {
      version: published.json().version,
    });
    expect(again.statusCode).toBe(409);
    const proposals = await t.database.db
      .selectFrom('proposals')
      .select(['status', 'batch_id'])
      .where('batch_id', '=', batch.id)
      .execute();
    expect(proposals.every((p) => p.status === 'suggested')).toBe(true);
    // The account manager owning the employer hears of it once, with the number of suggestions, not once each
    // (the file's other tests made employers of their own: only this one's count).
    const forEmployer = await t.database.db
      .selectFrom('proposals')
      .select('id')
      .where('batch_id', '=', batch.id)
      .where('employer_id', '=', w.employer.id)
      .execute();
    expect(forEmployer.length).toBeGreaterThanOrEqual(1);
    const told = await t.database.db
      .selectFrom('notifications')
      .select(['kind', 'entity_id', 'params'])
      .where('user_id', '=', w.managerA.userId)
      .execute();
    expect(told).toEqual([
      { kind: 'matching_batch.published', entity_id: batch.id, params: { count: forEmployer.length } },
    ]);
  });

  it('should run one batch at a time', async () => {
    const admin = await createUser(t.database.db, { roles: ['network_admin'] });
    await t.database.db
      .insertInto('matching_batches')
      .values({ fairness_points: 10, candidates_per_person: 50, started_by: admin.id })
      .execute();
    const res = await call(t.app, await login(t.app, admin.email), 'POST', '/api/matching/batches', {});
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].code).toBe('batch_running');
    await t.database.db
      .updateTable('matching_batches')
      .set({ status: 'failed' })
      .where('status', '=', 'running')
      .execute();
  });
});
