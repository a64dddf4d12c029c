/**
 * When a participant's next evaluation falls due, by the rule of their measure: every `intervalMonths` after the
 * last decision (or after the re-evaluation date that decision set; without any decision, after registration),
 * and, when the rule says so, at the end of each phase of their running trajectory that ended (or ends) after the
 * last decision. The earliest of these counts; it is planned `leadDays` before it falls due. One evaluation at a
 * time per participant: none is planned while one is under way. Pure, so it is tested on hand-made cases.
 */
import type { EvaluationReason, Measure } from '../../db/schema';
import { addToDate } from '../../lib/dates';

export interface ScheduleRuleFacts {
  measure: Measure;
  intervalMonths: number;
  atPhaseEnd: boolean;
  leadDays: number;
}

export interface ScheduleCandidate {
  participantId: string;
  organisationId: string;
  coachUserId: string | null;
  measure: Measure;
  registeredOn: string;
  hasOpenEvaluation: boolean;
  lastDecision: { decidedOn: string; reEvaluateOn: string | null } | null;
  /** Phases of the running trajectory with their end (actual, else planned) and whether one was evaluated already. */
  phases: { trajectoryId: string; phaseId: string; endOn: string; isEvaluated: boolean }[];
}

export interface PlannedEvaluation {
  participantId: string;
  organisationId: string;
  coachUserId: string | null;
  measure: Measure;
  dueOn: string;
  reason: EvaluationReason;
  trajectoryId: string | null;
  phaseId: string | null;
}

/** The next due evaluation of one participant under a rule (whether or not it is near). */
export function nextDue(
  c: ScheduleCandidate,
  rule: ScheduleRuleFacts,
): Omit<PlannedEvaluation, 'participantId' | 'organisationId' | 'coachUserId' | 'measure'> {
  const periodic = c.lastDecision
    ? c.lastDecision.reEvaluateOn
      ? { dueOn: c.lastDecision.reEvaluateOn, reason: 're_evaluation' as const }
      : {
          dueOn: addToDate(c.lastDecision.decidedOn, { months: rule.intervalMonths }),
          reason: 'periodic' as const,
        }
    : { dueOn: addToDate(c.registeredOn, { months: rule.intervalMonths }), reason: 'periodic' as const };
  let best: ReturnType<typeof nextDue> = { ...periodic, trajectoryId: null, phaseId: null };
  if (rule.atPhaseEnd) {
    const since = c.lastDecision?.decidedOn ?? '0000-01-01';
    for (const p of c.phases) {
      if (!p.isEvaluated && p.endOn > since && p.endOn < best.dueOn) {
        best = { dueOn: p.endOn, reason: 'phase_end', trajectoryId: p.trajectoryId, phaseId: p.phaseId };
      }
    }
  }
  return best;
}

/** The evaluations to plan today: for each candidate without one under way, the next due one once it is near. */
export function dueEvaluations(
  candidates: readonly ScheduleCandidate[],
  rules: readonly ScheduleRuleFacts[],
  today: string,
): PlannedEvaluation[] {
  const ruleOf = new Map(rules.map((r) => [r.measure, r]));
  const planned: PlannedEvaluation[] = [];
  for (const c of candidates) {
    const rule = ruleOf.get(c.measure);
    if (!rule || c.hasOpenEvaluation) {
      continue;
    }
    const next = nextDue(c, rule);
    if (addToDate(next.dueOn, { days: -rule.leadDays }) <= today) {
      planned.push({
        participantId: c.participantId,
        organisationId: c.organisationId,
        coachUserId: c.coachUserId,
        measure: c.measure,
        ...next,
      });
    }
  }
  return planned;
}
