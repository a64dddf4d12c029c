import { z } from 'zod';
import { BATCH_STATUSES } from '../../db/schema';
import { PageQuery, paged, Uuid } from '../../lib/validation';
import { JOB_KINDS, MODES } from './engine/model';
import { EXCLUSIONS, WEIGHTS } from './engine/score';

export const ExclusionSchema = z
  .enum([...EXCLUSIONS, 'no_pool_consent', 'not_in_pool', 'job_not_open', 'declined_before', 'no_location'])
  .meta({ id: 'MatchExclusion' });

const Ref = z.object({ id: z.string(), name: z.string() });

export const ExplanationSchema = z
  .object({
    score: z.number().describe('0–100: the weighted sum of the parts'),
    isExcluded: z.boolean(),
    excluded: z.array(ExclusionSchema).describe('Every hard constraint the pair breaks ("why not")'),
    parts: z.object({
      profile: z.number(),
      interest: z.number(),
      commute: z.number(),
      hours: z.number(),
      dutch: z.number(),
      schedule: z.number(),
    }),
    weights: z.object(
      Object.fromEntries(Object.keys(WEIGHTS).map((k) => [k, z.number()])) as Record<
        keyof typeof WEIGHTS,
        z.ZodNumber
      >,
    ),
    dimensions: z
      .array(
        z.object({
          dimension: z.string(),
          label: z.string(),
          demand: z.number().int(),
          capability: z.number().int().nullable().describe('null: not assessed'),
          gap: z.number().int(),
          closedBy: z
            .string()
            .nullable()
            .describe('The offer that closes the gap (mentor, adaptPhysical, …)'),
          adaptations: z.array(z.object({ key: z.string(), name: z.string() })),
          isEssential: z.boolean(),
        }),
      )
      .nullable()
      .describe(
        "Per demanded dimension; null when you may not see this person's capabilities (no consent to share the profile with your organisation)",
      ),
    profileSummary: z
      .object({ gaps: z.number().int(), closable: z.number().int(), notAssessed: z.number().int() })
      .describe('Counts only, shown when the dimensions are not'),
    commute: z.object({
      km: z.number(),
      minutes: z.number(),
      mode: z.enum(MODES),
      maxMinutes: z.number(),
      maxKm: z.number().nullable(),
    }),
    hours: z.object({ job: z.number(), person: z.number().nullable() }),
    dutch: z.object({
      required: z.string().nullable(),
      person: z.string().nullable(),
      isWaivable: z.boolean(),
    }),
    interest: z.object({
      level: z.number().int().describe('Shared ISCO digits 0–4 (4 = wished); −1 = no wishes'),
    }),
    schedule: z.object({ jobShifts: z.array(z.string()), personShifts: z.array(z.string()) }),
  })
  .meta({ id: 'MatchExplanation' });
export type ExplanationDto = z.infer<typeof ExplanationSchema>;

export const MatchJobSchema = z
  .object({
    job: z.object({
      id: z.string(),
      title: z.string(),
      employer: Ref,
      kind: z.enum(JOB_KINDS),
      hoursPerWeek: z.number(),
      municipality: z.string().nullable(),
      positionsLeft: z.number().int(),
    }),
    openProposal: z.object({ id: z.string(), status: z.string() }).nullable(),
    explanation: ExplanationSchema,
  })
  .meta({ id: 'MatchJob' });

export const MatchPersonSchema = z
  .object({
    participant: z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      municipality: z.string().nullable(),
      organisation: Ref.nullable(),
      waitingDays: z.number().int(),
    }),
    openProposal: z.object({ id: z.string(), status: z.string() }).nullable(),
    explanation: ExplanationSchema,
  })
  .meta({ id: 'MatchPerson' });

export const TopJobsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  kind: z.enum(JOB_KINDS).optional(),
  employerId: Uuid.optional(),
});
export type TopJobsQuery = z.infer<typeof TopJobsQuery>;

export const TopPersonsQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });
export type TopPersonsQuery = z.infer<typeof TopPersonsQuery>;

export const TopJobsResponse = z
  .object({
    isInPool: z.boolean().describe('Whether the person is in the network pool (consent, looking for work)'),
    items: z.array(MatchJobSchema),
  })
  .meta({ id: 'TopJobs' });

export const TopPersonsResponse = z.object({ items: z.array(MatchPersonSchema) }).meta({ id: 'TopPersons' });

export const PairQuery = z.object({ participantId: Uuid, jobId: Uuid });
export type PairQuery = z.infer<typeof PairQuery>;
export const PairResponse = MatchJobSchema.extend({
  participant: z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }),
}).meta({ id: 'MatchPair' });

export const CarvingQuery = z.object({ participantId: Uuid, employerId: Uuid });
export type CarvingQuery = z.infer<typeof CarvingQuery>;
export const CarvingSuggestionSchema = z
  .object({
    targetHours: z.number().describe("The person's wanted hours (38 when unknown)"),
    chosenHours: z.number(),
    siteId: z.string().nullable().describe('The site most of the chosen tasks are at'),
    tasks: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        hoursPerWeek: z.number(),
        job: z.object({ id: z.string(), title: z.string() }),
        isDoable: z
          .boolean()
          .describe('No gap on any demanded dimension that the job’s supports do not close'),
        isChosen: z.boolean(),
        gaps: z
          .array(
            z.object({
              dimension: z.string(),
              label: z.string(),
              gap: z.number().int(),
              closedBy: z.string().nullable(),
            }),
          )
          .nullable()
          .describe('null when you may not see the capabilities'),
        openGaps: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CarvingSuggestion' });

export const BatchStatusSchema = z.enum(BATCH_STATUSES).meta({ id: 'BatchStatus' });

export const StartBatchBody = z.object({
  fairnessPoints: z
    .number()
    .int()
    .min(0)
    .max(30)
    .default(10)
    .describe('Extra score points for two years of waiting (proportional below), so long waiters come first'),
  candidatesPerPerson: z.number().int().min(5).max(200).default(50),
  coachLimit: z
    .number()
    .int()
    .min(1)
    .max(100)
    .nullable()
    .default(null)
    .describe('At most this many new proposals per coach (caseload); null = no limit'),
});
export type StartBatchBody = z.infer<typeof StartBatchBody>;

export const BatchSchema = z
  .object({
    id: z.string(),
    status: BatchStatusSchema,
    fairnessPoints: z.number().int(),
    candidatesPerPerson: z.number().int(),
    coachLimit: z.number().int().nullable(),
    persons: z.number().int().nullable(),
    jobs: z.number().int().nullable(),
    positions: z.number().int().nullable(),
    candidateEdges: z.number().int().nullable(),
    optimal: z
      .object({
        assigned: z.number().int(),
        objective: z.number().describe('Total weight (score + waiting bonus) × 100'),
        averageScore: z.number().nullable(),
        averageWaitingDays: z.number().nullable(),
      })
      .nullable(),
    greedy: z
      .object({
        assigned: z.number().int(),
        objective: z.number(),
        averageScore: z.number().nullable(),
        averageWaitingDays: z.number().nullable(),
      })
      .nullable(),
    solveMs: z.number().int().nullable(),
    error: z.string().nullable(),
    startedBy: Ref,
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    proposalsCreated: z.number().int(),
    version: z.number().int(),
    abilities: z.object({ publish: z.boolean(), discard: z.boolean() }),
  })
  .meta({ id: 'MatchingBatch' });
export type BatchDto = z.infer<typeof BatchSchema>;

export const BatchPairQuery = PageQuery.extend({
  method: z.enum(['optimal', 'greedy']).default('optimal'),
  onlyDifferent: z.coerce
    .boolean()
    .default(false)
    .describe('Only persons whose job differs between the optimal and the greedy assignment'),
});
export type BatchPairQuery = z.infer<typeof BatchPairQuery>;

export const BatchPairSchema = z
  .object({
    participant: z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      waitingDays: z.number().int(),
    }),
    job: z.object({ id: z.string(), title: z.string(), employer: Ref }),
    score: z.number(),
    otherMethodJob: z.object({ id: z.string(), title: z.string(), score: z.number() }).nullable(),
  })
  .meta({ id: 'MatchingBatchPair' });

export const BatchPairPage = paged(BatchPairSchema);
export const BatchParams = z.object({ id: z.uuid() });
export const BatchVersionBody = z.object({ version: z.number().int().min(1) });
export type BatchVersionBody = z.infer<typeof BatchVersionBody>;
export const ParticipantParams = z.object({ id: z.uuid() });
export const JobParams = z.object({ id: z.uuid() });
