import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('quality reviews API', () => {
  const t = useTestApp();

  async function scene() {
    const db = t.database.db;
    const a = await createOrganisation(db, { kind: 'coaching_organisation' });
    const b = await createOrganisation(db, { kind: 'coaching_organisation' });
    const federation = await createOrganisation(db, { kind: 'federation' });
    const reviewer = await createUser(db, { organisationId: federation.id, roles: ['network_admin'] });
    const adminA = await createUser(db, { organisationId: a.id, roles: ['org_admin'] });
    const adminB = await createUser(db, { organisationId: b.id, roles: ['org_admin'] });
    const analyst = await createUser(db, { roles: ['analyst'] });
    const coach = await createUser(db, { organisationId: a.id, roles: ['coach'] });
    return {
      a,
      b,
      federation,
      reviewer: await login(t.app, reviewer.email),
      adminA: await login(t.app, adminA.email),
      adminB: await login(t.app, adminB.email),
      analyst: await login(t.app, analyst.email),
      coach: await login(t.app, coach.email),
    };
  }

  const allScores = (score: (i: number) => number, keys: string[]) =>
    keys.map((itemKey, i) => ({ itemKey, score: score(i), note: null }));

  async function review(
    s: Awaited<ReturnType<typeof scene>>,
    organisationId: string,
    reviewedOn: string,
    score: (i: number) => number,
  ) {
    const scale = (await call(t.app, s.reviewer, 'GET', '/api/review-scale')).json();
    const created = await call(t.app, s.reviewer, 'POST', '/api/quality-reviews', {
      organisationId,
      reviewedOn,
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = await call(t.app, s.reviewer, 'PATCH', `/api/quality-reviews/${created.json().id}`, {
      version: created.json().version,
      summary: 'Bezoek ter plaatse, dossiers en gesprekken.',
      scores: allScores(
        score,
        scale.items.map((i: { key: string }) => i.key),
      ),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const final = await call(
      t.app,
      s.reviewer,
      'POST',
      `/api/quality-reviews/${created.json().id}/finalise`,
      {
        version: saved.json().version,
      },
    );
    expect(final.statusCode, final.body).toBe(200);
    return final.json();
  }

  it('should keep reviews to reviewers, and scorecards to admins of the organisation and analysts', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', '/api/scorecards')).statusCode).toBe(401);
    expect((await call(t.app, s.coach, 'GET', '/api/scorecards')).statusCode).toBe(403);
    expect(
      (
        await call(t.app, s.adminA, 'POST', '/api/quality-reviews', {
          organisationId: s.a.id,
          reviewedOn: '2026-03-01',
        })
      ).statusCode,
    ).toBe(403);
    await review(s, s.a.id, '2026-03-01', () => 3);
    expect((await call(t.app, s.adminA, 'GET', `/api/scorecards/${s.a.id}`)).statusCode).toBe(200);
    expect((await call(t.app, s.adminB, 'GET', `/api/scorecards/${s.a.id}`)).statusCode).toBe(404);
    expect((await call(t.app, s.analyst, 'GET', `/api/scorecards/${s.a.id}`)).statusCode).toBe(200);
    const overview = (await call(t.app, s.adminB, 'GET', '/api/scorecards')).json();
    expect(overview.items.map((i: { organisation: { id: string } }) => i.organisation.id)).toEqual([s.b.id]);
  });

  it('should score 14 items into a total, a band and a trend against the previous review', async () => {
    const s = await scene();
    const scale = (await call(t.app, s.reviewer, 'GET', '/api/review-scale')).json();
    expect(scale.items).toHaveLength(14);
    expect(scale.bands.map((b: { key: string }) => b.key)).toEqual(['exemplary', 'good', 'fair', 'limited']);
    const first = await review(s, s.a.id, '2025-03-01', () => 3);
    expect(first).toMatchObject({ status: 'final', total: 42, band: { key: 'fair' } });
    const second = await review(s, s.a.id, '2026-03-01', (i) => (i < 8 ? 5 : 4));
    expect(second).toMatchObject({ total: 8 * 5 + 6 * 4, band: { key: 'exemplary' } });
    const card = (await call(t.app, s.adminA, 'GET', `/api/scorecards/${s.a.id}`)).json();
    expect(card.latest.id).toBe(second.id);
    expect(card.previous.id).toBe(first.id);
    expect(card.trend).toBe(64 - 42);
    expect(card.history.map((h: { total: number }) => h.total)).toEqual([64, 42]);
    expect(card.draft).toBeNull();
    const overview = (await call(t.app, s.analyst, 'GET', '/api/scorecards')).json();
    expect(
      overview.items.find((i: { organisation: { id: string } }) => i.organisation.id === s.a.id),
    ).toMatchObject({
      latest: { total: 64, band: { key: 'exemplary' } },
      trend: 22,
      reviews: 2,
    });
  });

  it('should refuse bad input by field, a second open review, a stale version and changes once final', async () => {
    const s = await scene();
    const own = await call(t.app, s.reviewer, 'POST', '/api/quality-reviews', {
      organisationId: s.federation.id,
      reviewedOn: '2026-03-01',
    });
    expect(own.json().errors[0]).toMatchObject({ field: 'organisationId' });
    const bad = await call(t.app, s.reviewer, 'POST', '/api/quality-reviews', {
      organisationId: s.b.id,
      reviewedOn: '1 maart',
    });
    expect(bad.json().errors[0]).toMatchObject({ field: 'reviewedOn', code: 'invalid_date' });
    const created = (
      await call(t.app, s.reviewer, 'POST', '/api/quality-reviews', {
        organisationId: s.b.id,
        reviewedOn: '2026-03-01',
      })
    ).json();
    const twice = await call(t.app, s.reviewer, 'POST', '/api/quality-reviews', {
      organisationId: s.b.id,
      reviewedOn: '2026-03-02',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'organisationId', code: 'review_draft_exists' });
    const outOfRange = await call(t.app, s.reviewer, 'PATCH', `/api/quality-reviews/${created.id}`, {
      version: created.version,
      scores: [{ itemKey: 'caseload', score: 6 }],
    });
    expect(outOfRange.json().errors[0]).toMatchObject({ field: 'scores.0.score', code: 'too_big_number' });
    const unknown = await call(t.app, s.reviewer, 'PATCH', `/api/quality-reviews/${created.id}`, {
      version: created.version,
      scores: [{ itemKey: 'stars', score: 5 }],
    });
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'scores.0.itemKey',
      code: 'review_unknown_item',
    });
    const saved = await call(t.app, s.reviewer, 'PATCH', `/api/quality-reviews/${created.id}`, {
      version: created.version,
      scores: [{ itemKey: 'caseload', score: 4, note: '22 per coach' }],
    });
    expect(saved.statusCode).toBe(200);
    const stale = await call(t.app, s.reviewer, 'PATCH', `/api/quality-reviews/${created.id}`, {
      version: created.version,
      scores: [{ itemKey: 'caseload', score: 5 }],
    });
    expect(stale.statusCode).toBe(409);
    const incomplete = await call(t.app, s.reviewer, 'POST', `/api/quality-reviews/${created.id}/finalise`, {
      version: saved.json().version,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors).toHaveLength(13);
    expect(incomplete.json().errors[0]).toMatchObject({
      field: 'scores.dedicated_coaching',
      code: 'review_score_missing',
    });
    // A draft is the reviewer's: not on the organisation's scorecard.
    expect((await call(t.app, s.adminB, 'GET', `/api/quality-reviews/${created.id}`)).statusCode).toBe(404);
  });
});
