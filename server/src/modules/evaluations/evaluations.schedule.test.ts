import { describe, expect, it } from 'vitest';
import { dueEvaluations, nextDue, type ScheduleCandidate } from './evaluations.schedule';

const cmw = { measure: 'cmw' as const, intervalMonths: 12, atPhaseEnd: false, leadDays: 30 };
const transition = { measure: 'transition' as const, intervalMonths: 6, atPhaseEnd: true, leadDays: 14 };

const candidate = (o: Partial<ScheduleCandidate> = {}): ScheduleCandidate => ({
  participantId: 'p1',
  organisationId: 'o1',
  coachUserId: 'c1',
  measure: 'cmw',
  registeredOn: '2025-03-10',
  hasOpenEvaluation: false,
  lastDecision: null,
  phases: [],
  ...o,
});

describe(nextDue.name, () => {
  it('should fall due an interval after registration when never evaluated', () => {
    expect(nextDue(candidate(), cmw)).toMatchObject({ dueOn: '2026-03-10', reason: 'periodic' });
  });

  it('should count from the last decision, or take the re-evaluation date it set', () => {
    expect(
      nextDue(candidate({ lastDecision: { decidedOn: '2026-01-31', reEvaluateOn: null } }), cmw),
    ).toMatchObject({ dueOn: '2027-01-31', reason: 'periodic' });
    expect(
      nextDue(candidate({ lastDecision: { decidedOn: '2026-01-31', reEvaluateOn: '2026-07-01' } }), cmw),
    ).toMatchObject({ dueOn: '2026-07-01', reason: 're_evaluation' });
  });

  it('should fall due at the end of a phase before the interval, once per phase, only after the last decision', () => {
    const phases = [
      { trajectoryId: 't', phaseId: 'ph1', endOn: '2025-05-01', isEvaluated: true },
      { trajectoryId: 't', phaseId: 'ph2', endOn: '2025-07-15', isEvaluated: false },
      { trajectoryId: 't', phaseId: 'ph0', endOn: '2025-02-01', isEvaluated: false },
    ];
    const c = candidate({
      measure: 'transition',
      phases,
      lastDecision: { decidedOn: '2025-03-01', reEvaluateOn: null },
    });
    expect(nextDue(c, transition)).toMatchObject({
      dueOn: '2025-07-15',
      reason: 'phase_end',
      phaseId: 'ph2',
    });
    expect(nextDue(c, { ...transition, atPhaseEnd: false })).toMatchObject({
      dueOn: '2025-09-01',
      phaseId: null,
    });
  });
});

describe(dueEvaluations.name, () => {
  it('should plan only what falls due within the lead time, one at a time, for measures with a rule', () => {
    const list = [
      candidate({ participantId: 'due-soon' }), // due 2026-03-10
      candidate({ participantId: 'later', registeredOn: '2025-06-01' }), // due 2026-06-01
      candidate({ participantId: 'busy', hasOpenEvaluation: true }),
      candidate({ participantId: 'no-rule', measure: 'regular_work' }),
      candidate({ participantId: 'overdue', registeredOn: '2024-01-01' }),
    ];
    const planned = dueEvaluations(list, [cmw], '2026-02-15');
    expect(planned.map((p) => [p.participantId, p.dueOn])).toEqual([
      ['due-soon', '2026-03-10'],
      ['overdue', '2025-01-01'],
    ]);
    expect(dueEvaluations(list, [cmw], '2026-02-07').map((p) => p.participantId)).toEqual(['overdue']);
  });
});
