import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { DEMO_PASSWORD } from '../../demo/network';
import { seedDemoNetwork } from '../../demo/seed';
import { buildConsistencyReport, type DecidedRow, meanZ, proportionZ } from './evaluations.consistency';

const criteria = [{ key: 'a', name: 'A', levels: [1, 2, 3, 4] }];

function rows(org: string, n: number, deviating: number, lead = 10): DecidedRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${org}-${i}`,
    organisationId: org,
    organisationName: org,
    evaluatorId: `${org}-coach`,
    evaluatorName: `${org} coach`,
    outcome: i < deviating ? 'stay' : 'imw',
    proposedOutcome: 'imw',
    leadDays: lead + (i % 5),
  }));
}

describe(buildConsistencyReport.name, () => {
  it('should hide groups under five and small outcome counts, with complementary cells', () => {
    const data = [...rows('big', 20, 3), ...rows('small', 3, 0)];
    const scores = data.map((r, i) => ({ evaluation_id: r.id, criterion_key: 'a', score: (i % 4) + 1 }));
    const report = buildConsistencyReport(data, scores, criteria, { from: '2025-01-01', to: '2026-01-01' });
    const small = report.organisations.find((o) => o.id === 'small')!;
    expect(small).toMatchObject({ isSuppressed: true, decided: null, deviations: null, outliers: [] });
    const big = report.organisations.find((o) => o.id === 'big')!;
    // 3 "stay" is small: hidden, and in its column the only other non-zero cell (small's 0 "stay" is zero, so
    // the column needs another hidden cell or its total) — the grid never gives a hidden cell away.
    expect(big.outcomes.stay).toBeNull();
    expect(big.deviations).toBeNull();
    expect(big.decided).toBe(20);
    expect(report.network.decided).toBe(23);
  });

  it('should flag a group whose deviation rate is far from the network', () => {
    const data = [...rows('x', 30, 2), ...rows('y', 30, 2), ...rows('z', 30, 18, 40)];
    const report = buildConsistencyReport(data, [], criteria, { from: '2025-01-01', to: '2026-01-01' });
    const z = report.organisations.find((o) => o.id === 'z')!;
    expect(z.outliers).toEqual(expect.arrayContaining(['deviation', 'lead_time']));
    expect(z.deviationZ!).toBeGreaterThan(2);
    expect(report.organisations.find((o) => o.id === 'x')!.outliers).toEqual([]);
  });

  it('should compute z-scores as standard errors from the network', () => {
    expect(proportionZ(0.5, 0.2, 100)).toBe(7.5);
    expect(proportionZ(0.5, 0, 100)).toBeNull();
    expect(meanZ(3, 2.5, 1, 16)).toBe(2);
    expect(meanZ(3, 2.5, 0, 16)).toBeNull();
  });
});

describe('consistency report on the demo network', () => {
  const t = useTestApp();
  beforeAll(async () => {
    await seedDemoNetwork(t.database.db);
  }, 300_000);

  it('should show the deviating organisation, the stricter one and the slow one as outliers', async () => {
    const network = await login(t.app, 'network_admin@demo.werkbrug.test', DEMO_PASSWORD);
    const res = await call(t.app, network, 'GET', '/api/evaluations/consistency');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    const byName = (part: string) =>
      report.organisations.find((o: { name: string }) => o.name.includes(part)) as {
        decided: number;
        deviationRate: number;
        outliers: string[];
        criteria: Record<string, { mean: number; z: number }>;
      };
    const leiewerf = byName('Leiewerf');
    const dender = byName('Dendervallei');
    const schelde = byName('Scheldeland');
    for (const org of [leiewerf, dender, schelde]) {
      expect(org.decided).toBeGreaterThanOrEqual(20);
    }
    expect(leiewerf.outliers).toContain('deviation');
    expect(leiewerf.deviationRate).toBeGreaterThan(report.network.deviationRate);
    expect(dender.outliers).not.toContain('deviation');
    // Stricter: lower means on most criteria, several far enough to be flagged.
    const lower = Object.values(dender.criteria).filter((c) => c.z !== null && c.z < -2);
    expect(lower.length).toBeGreaterThanOrEqual(3);
    expect(schelde.outliers).toContain('lead_time');
    // Evaluators: named for the network admin; the few with under five decisions hidden.
    expect(report.evaluators.length).toBeGreaterThan(3);
    expect(
      report.evaluators.every(
        (e: { isSuppressed: boolean; decided: number | null }) => e.isSuppressed === (e.decided === null),
      ),
    ).toBe(true);
  });

  it('should pseudonymise evaluators for the analyst and refuse coaches', async () => {
    const analyst = await login(t.app, 'analyst@demo.werkbrug.test', DEMO_PASSWORD);
    const report = (await call(t.app, analyst, 'GET', '/api/evaluations/consistency')).json();
    expect(
      report.evaluators.every(
        (e: { id: string; name: string }) => e.id.startsWith('#') && e.name.startsWith('#'),
      ),
    ).toBe(true);
    const coach = await login(t.app, 'coach@demo.werkbrug.test', DEMO_PASSWORD);
    expect((await call(t.app, coach, 'GET', '/api/evaluations/consistency')).statusCode).toBe(403);
  });

  it('should hold due, overdue and in-progress evaluations, decided ones with the participant view, and the demo participant’s own', async () => {
    const counts = (
      await sql<{ status: string; overdue: boolean; n: number }>`
        select status, due_on < current_date as overdue, count(*)::int as n from evaluations group by 1, 2`.execute(
        t.database.db,
      )
    ).rows;
    const n = (status: string, overdue?: boolean) =>
      counts
        .filter((c) => c.status === status && (overdue === undefined || c.overdue === overdue))
        .reduce((a, c) => a + c.n, 0);
    expect(n('decided')).toBeGreaterThan(100);
    expect(n('planned', true)).toBeGreaterThan(0);
    expect(n('planned', false)).toBeGreaterThan(0);
    expect(n('in_preparation')).toBeGreaterThan(0);
    const views = await sql<{ n: number }>`
      select count(*)::int as n from evaluations e join evaluation_participant_views v on v.evaluation_id = e.id
      where e.status = 'decided'`.execute(t.database.db);
    expect(views.rows[0]!.n).toBe(n('decided'));
    const participant = await login(t.app, 'participant@demo.werkbrug.test', DEMO_PASSWORD);
    const own = (await call(t.app, participant, 'GET', '/api/my-evaluations')).json();
    expect(own.items).toMatchObject([
      { status: 'in_preparation', canGiveView: true, view: null, coach: 'Charlotte Coach' },
    ]);
    const coach = await login(t.app, 'coach@demo.werkbrug.test', DEMO_PASSWORD);
    const mine = (await call(t.app, coach, 'GET', '/api/evaluations?view=mine&state=open')).json();
    expect(mine.total).toBeGreaterThan(1);
  });
});
