import type { EvaluationStatus, Role } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith, ownParticipantIds } from '../../lib/actor';

/** Roles of the evaluating organisation that prepare, decide and sign off its evaluations. */
export const EVALUATOR_ROLES: readonly Role[] = ['org_admin', 'coach'];

/**
 * How the actor stands towards an evaluation: 'org' (a coach or admin of the evaluating organisation: works on it),
 * 'network' (a network admin: reads it, never the health data beside it), 'self' (the participant: gives their view
 * and reads the summary). Null: it does not exist for them (404).
 */
export type EvaluationRelation = 'org' | 'network' | 'self';

export function evaluationRelation(
  actor: Actor,
  facts: { organisationId: string; participantId: string },
): EvaluationRelation | null {
  if (organisationIdsWith(actor, EVALUATOR_ROLES).includes(facts.organisationId)) {
    return 'org';
  }
  if (isNetworkAdmin(actor)) {
    return 'network';
  }
  if (ownParticipantIds(actor).includes(facts.participantId)) {
    return 'self';
  }
  return null;
}

/** Until the decision is proposed, scores and the participant's view may still change. */
export const OPEN_FOR_INPUT: readonly EvaluationStatus[] = ['planned', 'in_preparation', 'discussed'];

/**
 * The four-eyes rule: who signs off is neither the one who proposed the decision nor the responsible coach who
 * scored it.
 */
export function canSignOff(
  actorUserId: string,
  e: { proposedBy: string | null; coachUserId: string | null },
): boolean {
  return actorUserId !== e.proposedBy && actorUserId !== e.coachUserId;
}

/** What the UI may offer on an evaluation, from one place. */
export function evaluationAbilities(
  relation: EvaluationRelation,
  actorUserId: string,
  e: { status: EvaluationStatus; proposedBy: string | null; coachUserId: string | null },
) {
  const isOrg = relation === 'org';
  const isOpen = OPEN_FOR_INPUT.includes(e.status);
  return {
    score: isOrg && isOpen,
    giveView: (isOrg || relation === 'self') && isOpen,
    recordConversation: isOrg && (e.status === 'in_preparation' || e.status === 'discussed'),
    decide: isOrg && e.status === 'discussed',
    signOff: isOrg && e.status === 'awaiting_sign_off' && canSignOff(actorUserId, e),
    cancel: isOrg && e.status !== 'decided' && e.status !== 'cancelled',
    readBackground: isOrg,
  };
}

/** An evaluation is overdue when its due date has passed without a decision. */
export function isEvaluationOverdue(e: { status: EvaluationStatus; due_on: string }, today: string): boolean {
  return e.due_on < today && e.status !== 'decided' && e.status !== 'cancelled';
}
