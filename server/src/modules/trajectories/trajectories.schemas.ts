import { z } from 'zod';
import { CONTRACT_TYPES, DROPOUT_REASONS, OUTCOME_KINDS, TRAJECTORY_STATUSES } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';

export const TrajectoryStatusSchema = z.enum(TRAJECTORY_STATUSES).meta({ id: 'TrajectoryStatus' });
export const DropoutReasonSchema = z.enum(DROPOUT_REASONS).meta({ id: 'DropoutReason' });
const OutcomeKind = z.enum(OUTCOME_KINDS);
const ContractType = z.enum(CONTRACT_TYPES);
const Ref = z.object({ id: z.string(), name: z.string() });
const HoursPerWeek = z.number().min(0.5).max(50);

const ParticipantRef = z.object({ id: z.string(), firstName: z.string(), lastName: z.string() });

const OutcomeSchema = z.object({
  kind: OutcomeKind,
  contractType: ContractType.nullable(),
  hoursPerWeek: z.number().nullable(),
  dropoutReason: DropoutReasonSchema.nullable(),
  outcomeOn: z.string(),
  isSuccess: z.boolean().describe('Whether the type counts this outcome as success'),
});

export const TrajectoryListItem = z
  .object({
    id: z.string(),
    participant: ParticipantRef,
    type: z.object({ id: z.string(), key: z.string(), name: z.string() }),
    leadOrganisation: Ref,
    coach: Ref.nullable(),
    employer: Ref.nullable(),
    status: TrajectoryStatusSchema,
    startedOn: z.string(),
    plannedEndOn: z.string(),
    closedOn: z.string().nullable(),
    outcomeKind: OutcomeKind.nullable(),
    currentPhases: z.array(z.object({ key: z.string(), name: z.string() })).describe('Started, not ended'),
    overduePhases: z.number().int(),
    isOverdue: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'TrajectoryListItem' });

export const PhaseSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    plannedStartOn: z.string().nullable(),
    plannedEndOn: z.string().nullable().describe('The term'),
    actualStartOn: z.string().nullable(),
    actualEndOn: z.string().nullable(),
    isOverdue: z.boolean(),
    daysOverdue: z.number().int(),
    extensions: z.array(
      z.object({
        fromEndOn: z.string().nullable(),
        toEndOn: z.string(),
        reason: z.string(),
        by: z.string(),
        at: z.string(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'TrajectoryPhase' });

export const AftercareContactSchema = z
  .object({
    id: z.string(),
    monthsAfter: z.number().int(),
    dueOn: z.string(),
    isDue: z.boolean().describe('Due (or past due) and not held yet'),
    contactedOn: z.string().nullable(),
    isStillEmployed: z.boolean().nullable(),
    employmentEndedOn: z.string().nullable(),
    howItGoes: z.number().int().nullable().describe('1 (badly) to 5 (very well)'),
    howItGoesText: z.string().nullable(),
    supportNeeded: z.string().nullable(),
    recordedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'AftercareContact' });

export const TrajectoryDetail = TrajectoryListItem.extend({
  typeVersion: z.number().int(),
  site: Ref.nullable(),
  job: z.object({ id: z.string(), title: z.string() }).nullable(),
  proposalId: z.string().nullable(),
  referralId: z.string().nullable(),
  placedOn: z.string().nullable(),
  outcome: OutcomeSchema.nullable(),
  original: z
    .record(z.string(), z.string().nullable())
    .describe('Corrected fields with the value they had at closure (the original stays visible)'),
  corrections: z.array(
    z.object({
      id: z.string(),
      field: z.string(),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      reason: z.string(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  phases: z.array(PhaseSchema),
  mentor: z
    .object({
      contactPerson: z.object({
        id: z.string(),
        name: z.string(),
        jobTitle: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
      user: Ref.nullable().describe('The mentor login that reaches the work-floor view'),
      assignedAt: z.string(),
    })
    .nullable(),
  aftercare: z.array(AftercareContactSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    update: z.boolean(),
    close: z.boolean(),
    correct: z.boolean(),
    readSessions: z.boolean(),
    logSession: z.boolean(),
    manageBudget: z.boolean(),
    manageActionPlan: z.boolean(),
    manageInternship: z.boolean(),
    recordAftercare: z.boolean(),
  }),
}).meta({ id: 'TrajectoryDetail' });
export type TrajectoryDetailDto = z.infer<typeof TrajectoryDetail>;

export const TrajectoryQuery = PageQuery.extend({
  status: TrajectoryStatusSchema.optional(),
  typeId: Uuid.optional(),
  coach: z
    .union([z.literal('me'), Uuid])
    .optional()
    .describe("'me' or a coach's id"),
  organisationId: Uuid.optional().describe('Lead organisation'),
  participantId: Uuid.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only trajectories with (true) or without (false) an overdue phase'),
});
export type TrajectoryQuery = z.infer<typeof TrajectoryQuery>;
export const TrajectoryPage = paged(TrajectoryListItem);

export const CreateTrajectoryBody = z.object({
  typeId: Uuid,
  participantId: Uuid.optional().describe('For a participant your organisation holds'),
  proposalId: Uuid.optional().describe(
    'From an accepted proposal: takes its participant, job, employer and site; a transition starts at job matching or, for an internship place, at the internship',
  ),
  startedOn: IsoDate,
  coachUserId: Uuid.optional().describe('Default: you (as coach), else the participant’s coach'),
});
export type CreateTrajectoryBody = z.infer<typeof CreateTrajectoryBody>;

export const TrajectoryParams = z.object({ id: z.uuid() });
export const PhaseParams = z.object({ id: z.uuid(), phaseId: z.uuid() });
export const AftercareParams = z.object({ id: z.uuid(), contactId: z.uuid() });

const NullableDate = IsoDate.nullable();

export const UpdatePhaseBody = z.object({
  version: Version.describe('The phase’s version'),
  data: z
    .object({
      plannedStartOn: NullableDate,
      plannedEndOn: NullableDate.describe(
        'The term; once the phase started, moved only by an extension with a reason',
      ),
      actualStartOn: NullableDate,
      actualEndOn: NullableDate,
    })
    .partial(),
});
export type UpdatePhaseBody = z.infer<typeof UpdatePhaseBody>;

export const ExtendPhaseBody = z.object({
  version: Version.describe('The phase’s version'),
  plannedEndOn: IsoDate.describe('The new term, later than the current one'),
  reason: NonEmpty(1000),
});
export type ExtendPhaseBody = z.infer<typeof ExtendPhaseBody>;

export const AssignMentorBody = z.object({
  version: Version,
  contactPersonId: Uuid.describe('A contact person of the trajectory’s employer'),
  userId: Uuid.nullable()
    .optional()
    .describe('Their login, holding the mentor role at that employer: it then sees the work-floor view'),
});
export type AssignMentorBody = z.infer<typeof AssignMentorBody>;

export const PlacementBody = z.object({
  version: Version,
  siteId: Uuid,
  jobId: Uuid.nullable().optional(),
  placedOn: IsoDate.describe('The first working day; aftercare contacts are scheduled from it'),
});
export type PlacementBody = z.infer<typeof PlacementBody>;

export const OutcomeInput = z.object({
  kind: OutcomeKind,
  contractType: ContractType.nullable().optional(),
  hoursPerWeek: HoursPerWeek.nullable().optional(),
  dropoutReason: DropoutReasonSchema.nullable().optional(),
  outcomeOn: IsoDate.optional().describe('Default: the closing date'),
});

export const CloseTrajectoryBody = z.object({
  version: Version,
  closedOn: IsoDate,
  outcome: OutcomeInput.optional().describe('Required: a trajectory closes with an outcome'),
});
export type CloseTrajectoryBody = z.infer<typeof CloseTrajectoryBody>;

export const CorrectTrajectoryBody = z.object({
  version: Version,
  reason: NonEmpty(1000),
  changes: z
    .object({
      startedOn: IsoDate,
      placedOn: NullableDate,
      closedOn: IsoDate,
      outcomeKind: OutcomeKind,
      contractType: ContractType.nullable(),
      hoursPerWeek: HoursPerWeek.nullable(),
      dropoutReason: DropoutReasonSchema.nullable(),
      outcomeOn: IsoDate,
    })
    .partial(),
});
export type CorrectTrajectoryBody = z.infer<typeof CorrectTrajectoryBody>;

export const RecordAftercareBody = z.object({
  version: Version,
  contactedOn: IsoDate,
  isStillEmployed: z.boolean(),
  employmentEndedOn: IsoDate.optional().describe('When no longer employed there: the last day of the job'),
  howItGoes: z.number().int().min(1).max(5),
  howItGoesText: OptionalText(2000),
  supportNeeded: OptionalText(2000),
});
export type RecordAftercareBody = z.infer<typeof RecordAftercareBody>;
