import type { EvaluationOutcome, Locale, ParticipantWish } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { type EvaluationRelation, evaluationAbilities, isEvaluationOverdue } from './evaluations.policy';
import type { EvaluationRecord, evaluationsRepository } from './evaluations.repository';
import type { Proposal } from './evaluations.rule';
import type { EvaluationDetailDto, EvaluationListItemDto, SummaryDto } from './evaluations.schemas';
import type { TemplateDefinition } from './evaluations.template';

type ScoreRow = Awaited<ReturnType<typeof evaluationsRepository.findScores>>[number];
type ViewRow = NonNullable<Awaited<ReturnType<typeof evaluationsRepository.findView>>>;

const pick = (t: { nl: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.nl);
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentEvaluationListItem(r: EvaluationRecord, today: string): EvaluationListItemDto {
  return {
    id: r.id,
    participant: { id: r.participant_id, firstName: r.first_name, lastName: r.last_name },
    organisation: { id: r.organisation_id, name: r.organisation_name },
    coach: ref(r.coach_user_id, r.coach_name),
    measure: r.measure,
    reason: r.reason,
    dueOn: r.due_on,
    status: r.status,
    isOverdue: isEvaluationOverdue(r, today),
    outcome: r.status === 'decided' ? r.outcome : null,
    decidedOn: r.decided_on,
    templateVersion: r.template_version,
    version: r.version,
  };
}

export function presentView(v: ViewRow) {
  return {
    feeling: v.feeling,
    goingWell: v.going_well,
    difficult: v.difficult,
    wish: v.wish,
    supportWanted: v.support_wanted,
    otherRemarks: v.other_remarks,
    enteredBy: { id: v.entered_by, name: v.entered_by_name },
    enteredOnBehalf: v.entered_on_behalf,
    enteredAt: v.entered_at.toISOString(),
    version: v.version,
  };
}

export function presentEvaluationDetail(
  r: EvaluationRecord,
  definition: TemplateDefinition,
  parts: { scores: ScoreRow[]; view: ViewRow | undefined; proposal: Proposal | null },
  relation: EvaluationRelation,
  actor: Actor,
  locale: Locale,
  today: string,
): EvaluationDetailDto {
  const hasDecision = r.outcome !== null && r.proposed_outcome !== null;
  return {
    ...presentEvaluationListItem(r, today),
    template: {
      id: r.template_id,
      version: r.template_version,
      name: locale === 'en' ? 'Transition evaluation' : 'Doorstroomevaluatie',
      themes: definition.themes.map((t) => ({ key: t.key, name: pick(t.name, locale) })),
      criteria: definition.criteria.map((c) => ({
        key: c.key,
        theme: c.theme,
        name: pick(c.name, locale),
        question: pick(c.question, locale),
        levels: c.levels.map((l) => ({
          value: l.value,
          label: pick(l.label, locale),
          description: pick(l.description, locale),
        })),
        requiredEvidence: c.requiredEvidence,
      })),
    },
    trajectoryId: r.trajectory_id,
    phase: r.phase_id
      ? { id: r.phase_id, name: (locale === 'en' ? r.phase_name_en : r.phase_name_nl) ?? '' }
      : null,
    scores: parts.scores.map((s) => ({
      criterion: s.criterion_key,
      score: s.score,
      evidenceKinds: s.evidence_kinds as EvaluationDetailDto['scores'][number]['evidenceKinds'],
      evidence: s.evidence,
      updatedBy: { id: s.updated_by, name: s.updated_by_name },
      updatedAt: s.updated_at.toISOString(),
    })),
    participantView: parts.view ? presentView(parts.view) : null,
    conversation:
      r.conversation_on && r.conversation_summary
        ? { heldOn: r.conversation_on, present: r.conversation_present, summary: r.conversation_summary }
        : null,
    proposal: parts.proposal
      ? {
          outcome: parts.proposal.outcome,
          ruleKey: parts.proposal.ruleKey,
          reEvaluateMonths: parts.proposal.reEvaluateMonths,
          explanation: pick(parts.proposal.explanation, locale),
          themes: parts.proposal.themes,
        }
      : null,
    decision: hasDecision
      ? {
          proposedOutcome: r.proposed_outcome!,
          proposedRuleKey: r.proposed_rule_key,
          outcome: r.outcome!,
          isDeviation: r.outcome !== r.proposed_outcome,
          deviationMotivation: r.deviation_motivation,
          reEvaluateOn: r.re_evaluate_on,
          rationale: r.rationale,
          nextSteps: r.next_steps,
          proposedBy: ref(r.proposed_by, r.proposed_by_name),
          proposedAt: r.proposed_at?.toISOString() ?? null,
          signedOffBy: ref(r.signed_off_by, r.signed_off_by_name),
          signedOffAt: r.signed_off_at?.toISOString() ?? null,
          signOffNote: r.sign_off_note,
        }
      : null,
    signOffNote: r.sign_off_note,
    abilities: evaluationAbilities(relation, actor.userId, {
      status: r.status,
      proposedBy: r.proposed_by,
      coachUserId: r.coach_user_id,
    }),
  };
}

// ── The participant's summary, in plain language (B1): short sentences, "je", no jargon ───────────────────────────

const OUTCOME_TEXT: Record<EvaluationOutcome, { nl: string; en: string }> = {
  stay: {
    nl: 'Je blijft voorlopig werken waar je nu werkt.',
    en: 'You keep working where you work now, for now.',
  },
  transition: {
    nl: 'Je gaat stap voor stap naar werk bij een gewone werkgever. Je coach helpt je daarbij.',
    en: 'You move step by step to work at a regular employer. Your coach helps you with that.',
  },
  imw: {
    nl: 'Je gaat werken bij een gewone werkgever. Je krijgt daar nog hulp op het werk.',
    en: 'You will work at a regular employer. You still get help at work there.',
  },
  other_measure: {
    nl: 'Je krijgt een andere vorm van hulp. Die past nu beter bij jou.',
    en: 'You get another kind of help. It fits you better now.',
  },
  re_evaluate: {
    nl: 'Er verandert nu nog niets. We praten er later opnieuw over.',
    en: 'Nothing changes yet. We talk about it again later.',
  },
};

const WISH_TEXT: Record<ParticipantWish, { nl: string; en: string }> = {
  stay: { nl: 'Jij zei: ik wil hier blijven werken.', en: 'You said: I want to keep working here.' },
  regular_job: {
    nl: 'Jij zei: ik wil werken bij een gewone werkgever.',
    en: 'You said: I want to work at a regular employer.',
  },
  other_work: { nl: 'Jij zei: ik wil ander werk doen.', en: 'You said: I want to do other work.' },
  not_sure: { nl: 'Jij zei: ik weet het nog niet.', en: 'You said: I do not know yet.' },
};

/** What was decided, why and what happens next, for the participant. */
export function presentSummary(
  r: EvaluationRecord,
  definition: TemplateDefinition,
  scores: ScoreRow[],
  view: ViewRow | undefined,
  locale: Locale,
): SummaryDto {
  const nameOf = new Map(definition.criteria.map((c) => [c.key, pick(c.plainName ?? c.name, locale)]));
  const maxOf = new Map(definition.criteria.map((c) => [c.key, Math.max(...c.levels.map((l) => l.value))]));
  const strengths = scores
    .filter((s) => s.score >= (maxOf.get(s.criterion_key) ?? 4) - 1)
    .map((s) => nameOf.get(s.criterion_key) ?? s.criterion_key);
  const toWorkOn = scores
    .filter((s) => s.score < (maxOf.get(s.criterion_key) ?? 4) - 1)
    .map((s) => nameOf.get(s.criterion_key) ?? s.criterion_key);
  return {
    id: r.id,
    participantName: `${r.first_name} ${r.last_name}`,
    organisation: r.organisation_name,
    coach: r.coach_name,
    decidedOn: r.decided_on!,
    outcome: r.outcome!,
    outcomeText: pick(OUTCOME_TEXT[r.outcome!], locale),
    why: r.rationale ? [r.rationale] : [],
    nextSteps: r.next_steps,
    reEvaluateOn: r.re_evaluate_on,
    yourView: view ? pick(WISH_TEXT[view.wish], locale) : null,
    strengths,
    toWorkOn,
  };
}
