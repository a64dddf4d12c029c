import type { Kysely } from 'kysely';
import type { DB, EvaluationStatus, Measure } from '../../db/schema';
import { hasAnyRole, organisationIdsWith, ownParticipantIds } from '../../lib/actor';
import type { AuditContext, RequestContext } from '../../lib/context';
import { addToDate, brusselsDate, daysBetween } from '../../lib/dates';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { type AuditAction, recordAudit, recordDenied } from '../audit/audit.service';
import { getCapabilityProfile } from '../capabilities/capabilities.service';
import { loadParticipantAccess } from '../participants/participants.service';
import { buildConsistencyReport } from './evaluations.consistency';
import { summaryPdf } from './evaluations.pdf';
import {
  canSignOff,
  EVALUATOR_ROLES,
  type EvaluationRelation,
  evaluationRelation,
  OPEN_FOR_INPUT,
} from './evaluations.policy';
import {
  presentEvaluationDetail,
  presentEvaluationListItem,
  presentSummary,
  presentView,
} from './evaluations.presenter';
import { evaluationsRepository } from './evaluations.repository';
import { proposeOutcome } from './evaluations.rule';
import { dueEvaluations, type ScheduleCandidate } from './evaluations.schedule';
import type {
  CancelBody,
  ConsistencyQuery,
  ConversationBody,
  CreateEvaluationBody,
  DecisionBody,
  EvaluationQuery,
  ParticipantViewBody,
  PublishTemplateBody,
  SaveScoresBody,
  SignOffBody,
  UpdateScheduleRuleBody,
} from './evaluations.schemas';
import { DEFAULT_TEMPLATE, TemplateDefinition } from './evaluations.template';

export const today = () => brusselsDate(new Date());
const pick = (t: { nl: string; en: string }, locale: string) => (locale === 'en' ? t.en : t.nl);

// ── Templates ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Versions never change once published, so a parsed definition is kept per id. */
const definitions = new Map<string, TemplateDefinition>();

/** The network's first template (version 1) when none was published yet. */
export async function ensureDefaultTemplate(db: Kysely<DB>) {
  const current = await evaluationsRepository.findCurrentTemplate(db);
  if (current) {
    return current;
  }
  await evaluationsRepository.insertTemplate(db, {
    version: 1,
    nameNl: DEFAULT_TEMPLATE.name.nl,
    nameEn: DEFAULT_TEMPLATE.name.en,
    note: null,
    definition: DEFAULT_TEMPLATE.definition,
    by: null,
  });
  return (await evaluationsRepository.findCurrentTemplate(db))!;
}

export async function loadDefinition(db: Kysely<DB>, templateId: string): Promise<TemplateDefinition> {
  const cached = definitions.get(templateId);
  if (cached) {
    return cached;
  }
  const row = await evaluationsRepository.findTemplate(db, templateId);
  if (!row) {
    throw new NotFoundError();
  }
  const parsed = TemplateDefinition.parse(row.definition);
  definitions.set(templateId, parsed);
  return parsed;
}

function presentTemplateSummary(
  t: Awaited<ReturnType<typeof evaluationsRepository.findTemplates>>[number],
  currentVersion: number,
  locale: string,
) {
  return {
    id: t.id,
    version: t.version,
    name: locale === 'en' ? t.name_en : t.name_nl,
    note: t.note,
    publishedAt: t.published_at.toISOString(),
    publishedBy: t.published_by ? { id: t.published_by, name: t.published_by_name ?? '' } : null,
    isCurrent: t.version === currentVersion,
    evaluations: Number(t.evaluations ?? 0),
  };
}

/** Every published template version, newest first, with how many evaluations each was used for. */
export async function findTemplates(ctx: RequestContext) {
  await ensureDefaultTemplate(ctx.db);
  const rows = await evaluationsRepository.findTemplates(ctx.db);
  const current = rows[0]?.version ?? 0;
  return { items: rows.map((t) => presentTemplateSummary(t, current, ctx.locale)) };
}

/** One template version with its full definition (themes, criteria with their anchored scales, decision rule). */
export async function getTemplate(ctx: RequestContext, id: string) {
  await ensureDefaultTemplate(ctx.db);
  const rows = await evaluationsRepository.findTemplates(ctx.db);
  const row = rows.find((r) => r.id === id);
  if (!row) {
    throw new NotFoundError();
  }
  const full = (await evaluationsRepository.findTemplate(ctx.db, id))!;
  return {
    ...presentTemplateSummary(row, rows[0]!.version, ctx.locale),
    nameNl: full.name_nl,
    nameEn: full.name_en,
    definition: await loadDefinition(ctx.db, id),
  };
}

/**
 * A network admin publishes a new template version; new evaluations use it from now on, evaluations already made
 * keep the version they reference.
 */
export async function publishTemplate(ctx: RequestContext, input: PublishTemplateBody) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const current = await ensureDefaultTemplate(trx);
    const inserted = await evaluationsRepository.insertTemplate(trx, {
      version: current.version + 1,
      nameNl: input.nameNl,
      nameEn: input.nameEn,
      note: input.note ?? null,
      definition: input.definition,
      by: ctx.actor.userId,
    });
    if (!inserted) {
      throw new ConflictError(current.version, { version: current.version });
    }
    await recordAudit(trx, ctx, {
      action: 'evaluation_template.published',
      entityType: 'evaluation_template',
      entityId: inserted.id,
      details: { version: current.version + 1 },
    });
    return inserted.id;
  });
  return getTemplate(ctx, id);
}

// ── Schedule ────────────────────────────────────────────────────────────────────────────────────────────────────

const presentRule = (r: Awaited<ReturnType<typeof evaluationsRepository.findScheduleRules>>[number]) => ({
  measure: r.measure,
  intervalMonths: r.interval_months,
  atPhaseEnd: r.at_phase_end,
  leadDays: r.lead_days,
  version: r.version,
});

/** The schedule rule per measure. */
export async function findScheduleRules(ctx: RequestContext) {
  return { items: (await evaluationsRepository.findScheduleRules(ctx.db)).map(presentRule) };
}

/** A network admin changes a measure's interval, the phase-end rule or the lead time (409 on a stale version). */
export async function updateScheduleRule(
  ctx: RequestContext,
  measure: Measure,
  input: UpdateScheduleRuleBody,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await evaluationsRepository.updateScheduleRule(trx, measure, input.version, {
      interval_months: input.intervalMonths,
      at_phase_end: input.atPhaseEnd,
      lead_days: input.leadDays,
      updated_by: ctx.actor.userId,
    });
    if (!ok) {
      const current = (await evaluationsRepository.findScheduleRules(trx)).find((r) => r.measure === measure);
      if (!current) {
        throw new NotFoundError();
      }
      throw new ConflictError(input.version, presentRule(current));
    }
    await recordAudit(trx, ctx, {
      action: 'evaluation_schedule.updated',
      entityType: 'evaluation_schedule_rule',
      entityId: null,
      details: { measure, ...input },
    });
  });
  return findScheduleRules(ctx);
}

/**
 * Plans the evaluations that fall due by the rules (see evaluations.schedule.ts), with the current template.
 * Idempotent: a participant with one under way, or a phase already evaluated, gets none.
 */
export async function planDueEvaluations(
  db: Kysely<DB>,
  audit: AuditContext,
  day = today(),
): Promise<number> {
  const template = await ensureDefaultTemplate(db);
  const rules = (await evaluationsRepository.findScheduleRules(db)).map((r) => ({
    measure: r.measure,
    intervalMonths: r.interval_months,
    atPhaseEnd: r.at_phase_end,
    leadDays: r.lead_days,
  }));
  const { participants, decisions, phases } = await evaluationsRepository.findScheduleCandidates(
    db,
    rules.map((r) => r.measure),
  );
  const lastDecision = new Map<string, { decidedOn: string; reEvaluateOn: string | null }>();
  for (const d of decisions) {
    if (!lastDecision.has(d.participant_id) && d.decided_on) {
      lastDecision.set(d.participant_id, { decidedOn: d.decided_on, reEvaluateOn: d.re_evaluate_on });
    }
  }
  const phasesOf = new Map<string, ScheduleCandidate['phases']>();
  for (const p of phases) {
    if (p.end_on) {
      phasesOf.set(p.participant_id, [
        ...(phasesOf.get(p.participant_id) ?? []),
        {
          trajectoryId: p.trajectory_id,
          phaseId: p.phase_id,
          endOn: p.end_on,
          isEvaluated: Boolean(p.is_evaluated),
        },
      ]);
    }
  }
  const candidates: ScheduleCandidate[] = participants.map((p) => ({
    participantId: p.id,
    organisationId: p.organisation_id!,
    coachUserId: p.coach_user_id,
    measure: p.current_measure!,
    registeredOn: p.registered_on,
    hasOpenEvaluation: Boolean(p.has_open),
    lastDecision: lastDecision.get(p.id) ?? null,
    phases: phasesOf.get(p.id) ?? [],
  }));
  let planned = 0;
  for (const e of dueEvaluations(candidates, rules, day)) {
    const inserted = await evaluationsRepository.insertEvaluation(db, {
      ...e,
      templateId: template.id,
      createdBy: null,
    });
    if (inserted) {
      planned++;
      await recordAudit(db, audit, {
        action: 'evaluation.planned',
        entityType: 'evaluation',
        entityId: inserted.id,
        participantId: e.participantId,
        organisationId: e.organisationId,
        details: { reason: e.reason, dueOn: e.dueOn },
      });
    }
  }
  return planned;
}

/** Runs the planning now (network admins; also a daily job). */
export async function runSchedule(ctx: RequestContext) {
  const planned = await ctx.db.transaction().execute((trx) => planDueEvaluations(trx, ctx));
  return { planned };
}

// ── Access ──────────────────────────────────────────────────────────────────────────────────────────────────────

interface EvaluationAccess {
  id: string;
  participantId: string;
  organisationId: string;
  coachUserId: string | null;
  proposedBy: string | null;
  status: EvaluationStatus;
  version: number;
  relation: EvaluationRelation;
}

/**
 * Loads an evaluation with the actor's relation to it, refusing (audited) those the relation does not admit:
 * without any relation it does not exist for them (404), with another relation the answer is 403.
 */
async function loadEvaluationAccess(
  ctx: RequestContext,
  id: string,
  allowed: readonly EvaluationRelation[],
  action: AuditAction,
  db: Kysely<DB> = ctx.db,
): Promise<EvaluationAccess> {
  const row = await evaluationsRepository.findFacts(db, id);
  const relation = row
    ? evaluationRelation(ctx.actor, {
        organisationId: row.organisation_id,
        participantId: row.participant_id,
      })
    : null;
  if (!row || !relation || !allowed.includes(relation)) {
    await recordDenied(ctx.db, ctx, {
      action,
      entityType: 'evaluation',
      entityId: id,
      participantId: row?.participant_id ?? null,
    });
    throw relation ? new ForbiddenError() : new NotFoundError();
  }
  return {
    id: row.id,
    participantId: row.participant_id,
    organisationId: row.organisation_id,
    coachUserId: row.coach_user_id,
    proposedBy: row.proposed_by,
    status: row.status,
    version: row.version,
    relation,
  };
}

function assertStatus(access: { status: EvaluationStatus }, allowed: readonly EvaluationStatus[]) {
  if (!allowed.includes(access.status)) {
    throw new AppError(409, 'invalid_transition', { status: access.status });
  }
}

async function bump(
  trx: Kysely<DB>,
  ctx: RequestContext,
  access: EvaluationAccess,
  expected: number,
  values: Parameters<typeof evaluationsRepository.updateVersioned>[3],
) {
  if (!(await evaluationsRepository.updateVersioned(trx, access.id, expected, values))) {
    throw new ConflictError(expected, await presentDetail(ctx, trx, access.id, access.relation));
  }
}

async function presentDetail(ctx: RequestContext, db: Kysely<DB>, id: string, relation: EvaluationRelation) {
  const row = await evaluationsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const definition = await loadDefinition(db, row.template_id);
  const [scores, view] = await Promise.all([
    evaluationsRepository.findScores(db, id),
    evaluationsRepository.findView(db, id),
  ]);
  const proposal = proposeOutcome(
    definition.rule,
    definition.criteria,
    new Map(scores.map((s) => [s.criterion_key, s.score])),
  );
  return presentEvaluationDetail(
    row,
    definition,
    { scores, view, proposal },
    relation,
    ctx.actor,
    ctx.locale,
    today(),
  );
}

// ── Evaluations ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Evaluations of the actor's organisations (network admins: all): due, overdue, in progress, decided; mine or all. */
export async function findEvaluations(ctx: RequestContext, query: EvaluationQuery) {
  const day = today();
  const { rows, total } = await evaluationsRepository.findMany(ctx.db, {
    scope: organisationScope(ctx.actor, EVALUATOR_ROLES),
    coachUserId: query.view === 'mine' ? ctx.actor.userId : undefined,
    organisationId: query.organisationId,
    participantId: query.participantId,
    state: query.state,
    today: day,
    page: query.page,
    pageSize: query.pageSize,
  });
  return {
    items: rows.map((r) => presentEvaluationListItem(r, day)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A coach plans an evaluation on request for a participant their organisation holds (one under way at a time). */
export async function createEvaluation(ctx: RequestContext, input: CreateEvaluationBody) {
  const participant = await loadParticipantAccess(ctx.db, ctx.actor, input.participantId).catch(() => null);
  const organisationId = participant?.organisationId;
  if (
    participant?.access !== 'edit' ||
    !organisationId ||
    !organisationIdsWith(ctx.actor, EVALUATOR_ROLES).includes(organisationId)
  ) {
    throw ValidationError.field('participantId', 'unknown_reference');
  }
  const record = await ctx.db
    .selectFrom('participants')
    .select(['current_measure', 'coach_user_id'])
    .where('id', '=', input.participantId)
    .executeTakeFirstOrThrow();
  const measure = input.measure ?? record.current_measure;
  if (!measure) {
    throw ValidationError.field('measure', 'required');
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const template = await ensureDefaultTemplate(trx);
    const inserted = await evaluationsRepository.insertEvaluation(trx, {
      participantId: input.participantId,
      organisationId,
      coachUserId: organisationIdsWith(ctx.actor, ['coach']).includes(organisationId)
        ? ctx.actor.userId
        : record.coach_user_id,
      templateId: template.id,
      measure,
      reason: 'on_request',
      trajectoryId: null,
      phaseId: null,
      dueOn: input.dueOn,
      createdBy: ctx.actor.userId,
    });
    if (!inserted) {
      throw new ValidationError([{ path: 'participantId', code: 'evaluation_open_exists' }], 409);
    }
    await recordAudit(trx, ctx, {
      action: 'evaluation.created',
      entityType: 'evaluation',
      entityId: inserted.id,
      participantId: input.participantId,
      organisationId,
      details: { dueOn: input.dueOn, measure },
    });
    return inserted.id;
  });
  return presentDetail(ctx, ctx.db, id, 'org');
}

/** One evaluation with its template, scores, the participant's view, conversation, proposal and decision (read audited). */
export async function getEvaluation(ctx: RequestContext, id: string) {
  const access = await loadEvaluationAccess(ctx, id, ['org', 'network'], 'evaluation.read');
  await recordAudit(ctx.db, ctx, {
    action: 'evaluation.read',
    entityType: 'evaluation',
    entityId: id,
    participantId: access.participantId,
    organisationId: access.organisationId,
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/**
 * The coach saves scores (some or all): each score must lie on its criterion's scale, and a criterion that requires
 * evidence gets at least one of the accepted kinds and a note. Refused issues name the field and the criterion.
 */
export async function saveScores(ctx: RequestContext, id: string, input: SaveScoresBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.scored');
  assertStatus(access, OPEN_FOR_INPUT);
  const row = (await evaluationsRepository.findById(ctx.db, id))!;
  const definition = await loadDefinition(ctx.db, row.template_id);
  const criterionOf = new Map(definition.criteria.map((c) => [c.key, c]));
  const issues: ValidationError['issues'] = [];
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    const criterion = criterionOf.get(s.criterion);
    if (!criterion) {
      issues.push({
        path: `scores.${i}.criterion`,
        code: 'unknown_criterion',
        params: { value: s.criterion },
      });
      return;
    }
    const name = pick(criterion.name, ctx.locale);
    if (seen.has(s.criterion)) {
      issues.push({ path: `scores.${i}.criterion`, code: 'duplicate', params: { criterion: name } });
    }
    seen.add(s.criterion);
    const values = criterion.levels.map((l) => l.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (s.score < min || s.score > max) {
      issues.push({
        path: `scores.${i}.score`,
        code: 'score_out_of_scale',
        params: { criterion: name, min, max },
      });
    }
    if (criterion.requiredEvidence.length > 0) {
      const hasKind = s.evidenceKinds.some((k) => criterion.requiredEvidence.includes(k));
      if (!hasKind || !s.evidence) {
        issues.push({
          path: hasKind ? `scores.${i}.evidence` : `scores.${i}.evidenceKinds`,
          code: 'evidence_required',
          params: { criterion: name },
        });
      }
    }
  });
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await bump(
      trx,
      ctx,
      access,
      input.version,
      access.status === 'planned' ? { status: 'in_preparation' } : {},
    );
    await evaluationsRepository.upsertScores(
      trx,
      id,
      ctx.actor.userId,
      input.scores.map((s) => ({ ...s, evidence: s.evidence ?? null })),
    );
    await recordAudit(trx, ctx, {
      action: 'evaluation.scored',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
      details: { criteria: input.scores.map((s) => s.criterion) },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/**
 * The participant's own view: given by the participant themselves, or entered by their coach on their behalf
 * (recorded as such). A changed view carries the view's version (409 when stale).
 */
export async function giveParticipantView(ctx: RequestContext, id: string, input: ParticipantViewBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org', 'self'], 'evaluation.participant_view');
  assertStatus(access, OPEN_FOR_INPUT);
  const onBehalf = access.relation !== 'self';
  const values = {
    feeling: input.feeling,
    goingWell: input.goingWell ?? null,
    difficult: input.difficult ?? null,
    wish: input.wish,
    supportWanted: input.supportWanted ?? null,
    otherRemarks: input.otherRemarks ?? null,
    enteredBy: ctx.actor.userId,
    onBehalf,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await evaluationsRepository.findView(trx, id);
    if (existing) {
      if (
        input.version === undefined ||
        !(await evaluationsRepository.updateView(trx, id, input.version, values))
      ) {
        throw new ConflictError(input.version ?? 0, presentView(existing));
      }
    } else if (!(await evaluationsRepository.insertView(trx, { evaluationId: id, ...values }))) {
      throw new ConflictError(input.version ?? 0, { version: 1 });
    }
    await recordAudit(trx, ctx, {
      action: 'evaluation.participant_view',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
      details: { onBehalf },
    });
  });
  return access.relation === 'self'
    ? getOwnEvaluation(ctx, id)
    : presentDetail(ctx, ctx.db, id, access.relation);
}

/** The conversation with the participant: date, who was present, summary. Needs every score and the participant's view. */
export async function recordConversation(ctx: RequestContext, id: string, input: ConversationBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.conversation');
  assertStatus(access, ['in_preparation', 'discussed']);
  if (input.heldOn > today()) {
    throw ValidationError.field('heldOn', 'date_in_future');
  }
  await assertReadyToDiscuss(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await bump(trx, ctx, access, input.version, {
      status: 'discussed',
      conversation_on: input.heldOn,
      conversation_present: input.present,
      conversation_summary: input.summary,
    });
    await recordAudit(trx, ctx, {
      action: 'evaluation.conversation',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
      details: { heldOn: input.heldOn },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

async function assertReadyToDiscuss(ctx: RequestContext, id: string) {
  const row = (await evaluationsRepository.findById(ctx.db, id))!;
  const definition = await loadDefinition(ctx.db, row.template_id);
  const scored = new Set((await evaluationsRepository.findScores(ctx.db, id)).map((s) => s.criterion_key));
  const missing = definition.criteria.filter((c) => !scored.has(c.key)).map((c) => pick(c.name, ctx.locale));
  const issues: ValidationError['issues'] = [];
  if (missing.length) {
    issues.push({ path: 'scores', code: 'scores_incomplete', params: { missing: missing.join(', ') } });
  }
  if (!(await evaluationsRepository.findView(ctx.db, id))) {
    issues.push({ path: 'participantView', code: 'participant_view_missing' });
  }
  if (issues.length) {
    throw new ValidationError(issues, 409);
  }
}

/**
 * The author submits the decision: the rule's proposal is recorded beside the chosen outcome; a different outcome
 * needs a motivation; "re-evaluate later" needs its date. The evaluation then waits for a second person's sign-off.
 */
export async function proposeDecision(ctx: RequestContext, id: string, input: DecisionBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.decision_proposed');
  assertStatus(access, ['discussed']);
  const row = (await evaluationsRepository.findById(ctx.db, id))!;
  const definition = await loadDefinition(ctx.db, row.template_id);
  const scores = await evaluationsRepository.findScores(ctx.db, id);
  const proposal = proposeOutcome(
    definition.rule,
    definition.criteria,
    new Map(scores.map((s) => [s.criterion_key, s.score])),
  );
  if (!proposal) {
    throw new ValidationError([{ path: 'scores', code: 'scores_incomplete', params: { missing: '…' } }], 409);
  }
  const issues: ValidationError['issues'] = [];
  if (input.outcome !== proposal.outcome && !input.deviationMotivation) {
    issues.push({
      path: 'deviationMotivation',
      code: 'deviation_motivation_required',
      params: { proposed: outcomeName(proposal.outcome, ctx.locale) },
    });
  }
  if (input.outcome === 're_evaluate' && !input.reEvaluateOn) {
    issues.push({ path: 'reEvaluateOn', code: 're_evaluate_date_required' });
  }
  if (input.outcome !== 're_evaluate' && input.reEvaluateOn) {
    issues.push({ path: 'reEvaluateOn', code: 'outcome_field_not_applicable' });
  }
  if (input.reEvaluateOn && input.reEvaluateOn <= today()) {
    issues.push({ path: 'reEvaluateOn', code: 'date_not_in_future' });
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await bump(trx, ctx, access, input.version, {
      status: 'awaiting_sign_off',
      proposed_outcome: proposal.outcome,
      proposed_rule_key: proposal.ruleKey,
      outcome: input.outcome,
      re_evaluate_on: input.reEvaluateOn ?? null,
      deviation_motivation: input.outcome === proposal.outcome ? null : (input.deviationMotivation ?? null),
      rationale: input.rationale,
      next_steps: input.nextSteps,
      proposed_by: ctx.actor.userId,
      proposed_at: new Date(),
      signed_off_by: null,
      signed_off_at: null,
    });
    await recordAudit(trx, ctx, {
      action: 'evaluation.decision_proposed',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
      details: { proposed: proposal.outcome, outcome: input.outcome, rule: proposal.ruleKey },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

const OUTCOME_NAMES = {
  stay: { nl: 'blijven', en: 'stay' },
  transition: { nl: 'doorstroomtraject starten', en: 'start a transition trajectory' },
  imw: { nl: 'naar IMW', en: 'move to IMW' },
  other_measure: { nl: 'naar een andere maatregel', en: 'move to another measure' },
  re_evaluate: { nl: 'later opnieuw evalueren', en: 're-evaluate later' },
} as const;
const outcomeName = (o: keyof typeof OUTCOME_NAMES, locale: string) => pick(OUTCOME_NAMES[o], locale);

/**
 * A second person of the organisation (not the one who proposed the decision, not the responsible coach) signs
 * off, which decides the evaluation; or sends it back with a note, which reopens the decision.
 */
export async function signOff(ctx: RequestContext, id: string, input: SignOffBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.signed_off');
  assertStatus(access, ['awaiting_sign_off']);
  if (!canSignOff(ctx.actor.userId, access)) {
    throw new ForbiddenError('sign_off_by_author');
  }
  if (!input.approve && !input.note) {
    throw ValidationError.field('note', 'sign_off_note_required');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await bump(
      trx,
      ctx,
      access,
      input.version,
      input.approve
        ? {
            status: 'decided',
            signed_off_by: ctx.actor.userId,
            signed_off_at: new Date(),
            sign_off_note: input.note ?? null,
            decided_on: today(),
          }
        : { status: 'discussed', sign_off_note: input.note ?? null },
    );
    await recordAudit(trx, ctx, {
      action: input.approve ? 'evaluation.signed_off' : 'evaluation.sent_back',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/** Cancels an evaluation not yet decided, with a reason (e.g. the participant left the measure). */
export async function cancelEvaluation(ctx: RequestContext, id: string, input: CancelBody) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.cancelled');
  assertStatus(access, ['planned', 'in_preparation', 'discussed', 'awaiting_sign_off']);
  await ctx.db.transaction().execute(async (trx) => {
    await bump(trx, ctx, access, input.version, { status: 'cancelled', cancel_reason: input.reason });
    await recordAudit(trx, ctx, {
      action: 'evaluation.cancelled',
      entityType: 'evaluation',
      entityId: id,
      participantId: access.participantId,
      organisationId: access.organisationId,
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/**
 * What the coach sees beside the scoring form: the capability profile (health data: only through the profile's
 * own gate, which checks the ground and audits the read), the trajectory history and earlier evaluations.
 */
export async function getBackground(ctx: RequestContext, id: string) {
  const access = await loadEvaluationAccess(ctx, id, ['org'], 'evaluation.background_read');
  let profile = null;
  let profileRefusal: 'consent_required' | 'no_profile' | null = null;
  try {
    profile = await getCapabilityProfile(ctx, access.participantId);
    if (profile.version === 0) {
      profileRefusal = 'no_profile';
    }
  } catch (error) {
    if (!(error instanceof AppError) || (error.statusCode !== 403 && error.statusCode !== 404)) {
      throw error;
    }
    profileRefusal = 'consent_required';
  }
  const [{ trajectories, phases }, previous] = await Promise.all([
    evaluationsRepository.findTrajectoryHistory(ctx.db, access.participantId),
    evaluationsRepository.findForParticipant(ctx.db, access.participantId),
  ]);
  return {
    profile,
    profileRefusal,
    trajectories: trajectories.map((t) => ({
      id: t.id,
      type: ctx.locale === 'en' ? t.type_en : t.type_nl,
      organisation: t.organisation_name,
      status: t.status,
      startedOn: t.started_on,
      closedOn: t.closed_on,
      outcomeKind: t.outcome_kind,
      phases: phases
        .filter((p) => p.trajectory_id === t.id)
        .map((p) => ({
          name: ctx.locale === 'en' ? p.name_en : p.name_nl,
          startedOn: p.actual_start_on,
          endedOn: p.actual_end_on,
          plannedEndOn: p.planned_end_on,
        })),
    })),
    previousEvaluations: previous
      .filter((e) => e.id !== id && e.status === 'decided')
      .map((e) => ({
        id: e.id,
        decidedOn: e.decided_on,
        outcome: e.outcome,
        templateVersion: e.template_version,
      })),
  };
}

// ── The participant's own pages ─────────────────────────────────────────────────────────────────────────────────

async function presentOwn(
  ctx: RequestContext,
  rows: Awaited<ReturnType<typeof evaluationsRepository.findForParticipant>>,
) {
  const views = await evaluationsRepository.findViews(
    ctx.db,
    rows.map((r) => r.id),
  );
  const viewOf = new Map(views.map((v) => [v.evaluation_id, v]));
  return rows.map((r) => {
    const view = viewOf.get(r.id);
    return {
      id: r.id,
      dueOn: r.due_on,
      status: r.status,
      organisation: r.organisation_name,
      coach: r.coach_name,
      view: view ? presentView(view) : null,
      canGiveView: OPEN_FOR_INPUT.includes(r.status),
      isDecided: r.status === 'decided',
    };
  });
}

/** The participant's own evaluations (signed in as participant). */
export async function findOwnEvaluations(ctx: RequestContext) {
  const items = [];
  for (const participantId of ownParticipantIds(ctx.actor)) {
    items.push(
      ...(await presentOwn(ctx, await evaluationsRepository.findForParticipant(ctx.db, participantId))),
    );
  }
  return { items };
}

/** One of the participant's own evaluations, for their form. */
export async function getOwnEvaluation(ctx: RequestContext, id: string) {
  const access = await loadEvaluationAccess(ctx, id, ['self'], 'evaluation.own_read');
  const row = (await evaluationsRepository.findById(ctx.db, access.id))!;
  return (await presentOwn(ctx, [row]))[0]!;
}

/** The decided evaluation in plain language, for the participant (and their coach, to go through it together). */
export async function getSummary(ctx: RequestContext, id: string) {
  const access = await loadEvaluationAccess(ctx, id, ['org', 'self'], 'evaluation.summary_read');
  const row = (await evaluationsRepository.findById(ctx.db, id))!;
  if (row.status !== 'decided') {
    throw new AppError(409, 'invalid_transition', { status: row.status });
  }
  const definition = await loadDefinition(ctx.db, row.template_id);
  const [scores, view] = await Promise.all([
    evaluationsRepository.findScores(ctx.db, id),
    evaluationsRepository.findView(ctx.db, id),
  ]);
  await recordAudit(ctx.db, ctx, {
    action: 'evaluation.summary_read',
    entityType: 'evaluation',
    entityId: id,
    participantId: access.participantId,
  });
  return presentSummary(row, definition, scores, view, ctx.locale);
}

/** The same summary as an A4 PDF. */
export async function getSummaryPdf(ctx: RequestContext, id: string) {
  return summaryPdf(await getSummary(ctx, id), ctx.locale);
}

// ── Consistency report ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * For the network: per organisation and per evaluator the outcomes, the scores per criterion, deviations from the
 * rule and lead time from due date to decision, with outliers flagged; groups under five decisions hidden.
 */
export async function getConsistencyReport(ctx: RequestContext, query: ConsistencyQuery) {
  const to = query.to ?? today();
  const from = query.from ?? addToDate(to, { months: -24 });
  if (from > to) {
    throw ValidationError.field('to', 'date_order', { other: from });
  }
  const template = await ensureDefaultTemplate(ctx.db);
  const definition = await loadDefinition(ctx.db, template.id);
  const data = await evaluationsRepository.findDecided(ctx.db, from, to);
  await recordAudit(ctx.db, ctx, {
    action: 'evaluation.consistency_read',
    entityType: 'evaluation_report',
    details: { from, to },
  });
  const isAnalystOnly = !hasAnyRole(ctx.actor, ['network_admin']);
  return buildConsistencyReport(
    data.rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      evaluatorId: r.proposed_by ?? 'unknown',
      evaluatorName: isAnalystOnly ? null : (r.proposed_by_name ?? '—'),
      outcome: r.outcome!,
      proposedOutcome: r.proposed_outcome!,
      leadDays: daysBetween(r.due_on, r.decided_on!),
    })),
    data.scores,
    definition.criteria.map((c) => ({
      key: c.key,
      name: pick(c.name, ctx.locale),
      levels: c.levels.map((l) => l.value),
    })),
    { from, to },
  );
}
