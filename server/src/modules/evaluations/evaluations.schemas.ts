import { z } from 'zod';
import {
  EVALUATION_OUTCOMES,
  EVALUATION_REASONS,
  EVALUATION_STATUSES,
  EVIDENCE_KINDS,
  MEASURES,
  PARTICIPANT_WISHES,
} from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';
import { CapabilityProfileSchema } from '../capabilities/capabilities.schemas';
import { TemplateDefinition } from './evaluations.template';

export const EvaluationOutcomeSchema = z.enum(EVALUATION_OUTCOMES).meta({ id: 'EvaluationOutcome' });
export const EvaluationStatusSchema = z.enum(EVALUATION_STATUSES).meta({ id: 'EvaluationStatus' });
const Ref = z.object({ id: z.string(), name: z.string() });

// ── Templates ───────────────────────────────────────────────────────────────────────────────────────────────────

export const TemplateSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string(),
  publishedBy: Ref.nullable(),
  isCurrent: z.boolean(),
  evaluations: z.number().int().describe('Evaluations made with this version'),
});
export const TemplateList = z.object({ items: z.array(TemplateSummary) });
export const TemplateDetail = TemplateSummary.extend({
  nameNl: z.string(),
  nameEn: z.string(),
  definition: TemplateDefinition,
});
export type TemplateDetailDto = z.infer<typeof TemplateDetail>;
export const PublishTemplateBody = z.object({
  nameNl: NonEmpty(120),
  nameEn: NonEmpty(120),
  note: OptionalText(1000),
  definition: TemplateDefinition,
});
export type PublishTemplateBody = z.infer<typeof PublishTemplateBody>;
export const IdParams = z.object({ id: Uuid });

// ── Schedule rules ──────────────────────────────────────────────────────────────────────────────────────────────

export const ScheduleRule = z.object({
  measure: z.enum(MEASURES),
  intervalMonths: z.number().int(),
  atPhaseEnd: z.boolean(),
  leadDays: z.number().int(),
  version: z.number().int(),
});
export const ScheduleRuleList = z.object({ items: z.array(ScheduleRule) });
export const MeasureParams = z.object({ measure: z.enum(MEASURES) });
export const UpdateScheduleRuleBody = z.object({
  intervalMonths: z.number().int().min(1).max(60),
  atPhaseEnd: z.boolean(),
  leadDays: z.number().int().min(0).max(180),
  version: Version,
});
export type UpdateScheduleRuleBody = z.infer<typeof UpdateScheduleRuleBody>;
export const ScheduleRunResult = z.object({ planned: z.number().int() });

// ── Evaluations ─────────────────────────────────────────────────────────────────────────────────────────────────

export const EvaluationListItem = z.object({
  id: z.string(),
  participant: z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }),
  organisation: Ref,
  coach: Ref.nullable(),
  measure: z.enum(MEASURES),
  reason: z.enum(EVALUATION_REASONS),
  dueOn: z.string(),
  status: EvaluationStatusSchema,
  isOverdue: z.boolean().describe('Due date passed without a decision'),
  outcome: EvaluationOutcomeSchema.nullable(),
  decidedOn: z.string().nullable(),
  templateVersion: z.number().int(),
  version: z.number().int(),
});
export type EvaluationListItemDto = z.infer<typeof EvaluationListItem>;
export const EvaluationPage = paged(EvaluationListItem);
export const EvaluationQuery = PageQuery.extend({
  view: z.enum(['mine', 'organisation']).default('organisation'),
  state: z
    .enum(['open', 'due', 'overdue', 'in_progress', 'awaiting_sign_off', 'decided', 'all'])
    .default('open'),
  organisationId: Uuid.optional(),
  participantId: Uuid.optional(),
});
export type EvaluationQuery = z.infer<typeof EvaluationQuery>;

export const CreateEvaluationBody = z.object({
  participantId: Uuid,
  dueOn: IsoDate,
  measure: z.enum(MEASURES).optional().describe("Defaults to the participant's current measure"),
});
export type CreateEvaluationBody = z.infer<typeof CreateEvaluationBody>;

const ScoreSchema = z.object({
  criterion: z.string(),
  score: z.number().int(),
  evidenceKinds: z.array(z.enum(EVIDENCE_KINDS)),
  evidence: z.string().nullable(),
  updatedBy: Ref,
  updatedAt: z.string(),
});

export const ParticipantViewSchema = z.object({
  feeling: z.number().int(),
  goingWell: z.string().nullable(),
  difficult: z.string().nullable(),
  wish: z.enum(PARTICIPANT_WISHES),
  supportWanted: z.string().nullable(),
  otherRemarks: z.string().nullable(),
  enteredBy: Ref,
  enteredOnBehalf: z.boolean(),
  enteredAt: z.string(),
  version: z.number().int(),
});

export const ProposalSchema = z.object({
  outcome: EvaluationOutcomeSchema,
  ruleKey: z.string(),
  reEvaluateMonths: z.number().int().nullable(),
  explanation: z.string(),
  themes: z.record(z.string(), z.object({ avg: z.number(), min: z.number(), max: z.number() })),
});

export const EvaluationDetail = EvaluationListItem.extend({
  template: z.object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    themes: z.array(z.object({ key: z.string(), name: z.string() })),
    criteria: z.array(
      z.object({
        key: z.string(),
        theme: z.string(),
        name: z.string(),
        question: z.string(),
        levels: z.array(z.object({ value: z.number().int(), label: z.string(), description: z.string() })),
        requiredEvidence: z.array(z.enum(EVIDENCE_KINDS)),
      }),
    ),
  }),
  trajectoryId: z.string().nullable(),
  phase: z.object({ id: z.string(), name: z.string() }).nullable(),
  scores: z.array(ScoreSchema),
  participantView: ParticipantViewSchema.nullable(),
  conversation: z
    .object({ heldOn: z.string(), present: z.array(z.string()), summary: z.string() })
    .nullable(),
  proposal: ProposalSchema.nullable().describe(
    'What the rule proposes for the current scores (null until complete)',
  ),
  decision: z
    .object({
      proposedOutcome: EvaluationOutcomeSchema,
      proposedRuleKey: z.string().nullable(),
      outcome: EvaluationOutcomeSchema,
      isDeviation: z.boolean(),
      deviationMotivation: z.string().nullable(),
      reEvaluateOn: z.string().nullable(),
      rationale: z.string().nullable(),
      nextSteps: z.string().nullable(),
      proposedBy: Ref.nullable(),
      proposedAt: z.string().nullable(),
      signedOffBy: Ref.nullable(),
      signedOffAt: z.string().nullable(),
      signOffNote: z.string().nullable(),
    })
    .nullable(),
  signOffNote: z.string().nullable().describe('The last sign-off note (also when sent back)'),
  abilities: z.object({
    score: z.boolean(),
    giveView: z.boolean(),
    recordConversation: z.boolean(),
    decide: z.boolean(),
    signOff: z.boolean(),
    cancel: z.boolean(),
    readBackground: z.boolean(),
  }),
});
export type EvaluationDetailDto = z.infer<typeof EvaluationDetail>;

export const SaveScoresBody = z.object({
  version: Version,
  scores: z
    .array(
      z.object({
        criterion: z.string().regex(/^[a-z][a-z0-9_]*$/),
        score: z.number().int(),
        evidenceKinds: z.array(z.enum(EVIDENCE_KINDS)).max(9).default([]),
        evidence: OptionalText(2000),
      }),
    )
    .min(1)
    .max(50),
});
export type SaveScoresBody = z.infer<typeof SaveScoresBody>;

export const ParticipantViewBody = z.object({
  version: Version.optional().describe("The view's version when changing a view already given"),
  feeling: z.number().int().min(1).max(4),
  goingWell: OptionalText(2000),
  difficult: OptionalText(2000),
  wish: z.enum(PARTICIPANT_WISHES),
  supportWanted: OptionalText(2000),
  otherRemarks: OptionalText(2000),
});
export type ParticipantViewBody = z.infer<typeof ParticipantViewBody>;

export const ConversationBody = z.object({
  version: Version,
  heldOn: IsoDate,
  present: z.array(NonEmpty(120)).min(1).max(12),
  summary: NonEmpty(4000),
});
export type ConversationBody = z.infer<typeof ConversationBody>;

export const DecisionBody = z.object({
  version: Version,
  outcome: z.enum(EVALUATION_OUTCOMES),
  reEvaluateOn: IsoDate.optional().nullable(),
  deviationMotivation: OptionalText(2000),
  rationale: NonEmpty(2000),
  nextSteps: NonEmpty(2000),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const SignOffBody = z.object({
  version: Version,
  approve: z.boolean(),
  note: OptionalText(2000),
});
export type SignOffBody = z.infer<typeof SignOffBody>;

export const CancelBody = z.object({ version: Version, reason: NonEmpty(500) });
export type CancelBody = z.infer<typeof CancelBody>;

export const Background = z.object({
  profile: CapabilityProfileSchema.nullable(),
  profileRefusal: z.enum(['consent_required', 'no_profile']).nullable(),
  trajectories: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      organisation: z.string(),
      status: z.string(),
      startedOn: z.string(),
      closedOn: z.string().nullable(),
      outcomeKind: z.string().nullable(),
      phases: z.array(
        z.object({
          name: z.string(),
          startedOn: z.string().nullable(),
          endedOn: z.string().nullable(),
          plannedEndOn: z.string().nullable(),
        }),
      ),
    }),
  ),
  previousEvaluations: z.array(
    z.object({
      id: z.string(),
      decidedOn: z.string().nullable(),
      outcome: EvaluationOutcomeSchema.nullable(),
      templateVersion: z.number().int(),
    }),
  ),
});

// ── The participant's own pages ─────────────────────────────────────────────────────────────────────────────────

export const OwnEvaluation = z.object({
  id: z.string(),
  dueOn: z.string(),
  status: EvaluationStatusSchema,
  organisation: z.string(),
  coach: z.string().nullable(),
  view: ParticipantViewSchema.nullable(),
  canGiveView: z.boolean(),
  isDecided: z.boolean(),
});
export const OwnEvaluationList = z.object({ items: z.array(OwnEvaluation) });

export const Summary = z.object({
  id: z.string(),
  participantName: z.string(),
  organisation: z.string(),
  coach: z.string().nullable(),
  decidedOn: z.string(),
  outcome: EvaluationOutcomeSchema,
  outcomeText: z.string().describe('The decision in plain language'),
  why: z.array(z.string()),
  nextSteps: z.string().nullable(),
  reEvaluateOn: z.string().nullable(),
  yourView: z.string().nullable().describe('What the participant said they want, in plain language'),
  strengths: z.array(z.string()),
  toWorkOn: z.array(z.string()),
});
export type SummaryDto = z.infer<typeof Summary>;

// ── Consistency report ──────────────────────────────────────────────────────────────────────────────────────────

export const ConsistencyQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export type ConsistencyQuery = z.infer<typeof ConsistencyQuery>;

const GroupFigures = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  decided: z.number().int().nullable().describe('null: fewer than 5, hidden'),
  isSuppressed: z.boolean(),
  outcomes: z.record(z.string(), z.number().int().nullable()),
  deviations: z.number().int().nullable(),
  deviationRate: z.number().nullable(),
  deviationZ: z.number().nullable(),
  meanLeadDays: z.number().nullable(),
  criteria: z.record(
    z.string(),
    z.object({
      mean: z.number().nullable(),
      z: z.number().nullable(),
      levels: z.array(z.number().int().nullable()),
    }),
  ),
  outliers: z
    .array(z.string())
    .describe('What is far from the network: deviation, criterion keys, lead time'),
});
export const ConsistencyReport = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number(),
  criteria: z.array(z.object({ key: z.string(), name: z.string(), levels: z.array(z.number().int()) })),
  network: GroupFigures.omit({ id: true, name: true, organisation: true }),
  organisations: z.array(GroupFigures),
  evaluators: z.array(GroupFigures),
});
export type ConsistencyReportDto = z.infer<typeof ConsistencyReport>;
