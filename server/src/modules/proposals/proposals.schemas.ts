import { z } from 'zod';
import { DECLINE_REASONS, DECLINED_BY, PROPOSAL_STATUSES } from '../../db/schema';
import { IsoDate, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';
import { ExplanationSchema } from '../matching/matching.schemas';

export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES).meta({ id: 'ProposalStatus' });
export const DeclineReasonSchema = z.enum(DECLINE_REASONS).meta({ id: 'DeclineReason' });
export const DeclinedBySchema = z.enum(DECLINED_BY).meta({ id: 'DeclinedBy' });

const Ref = z.object({ id: z.string(), name: z.string() });

export const ProposalSchema = z
  .object({
    id: z.string(),
    participant: z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      municipality: z.string().nullable(),
      dutchLevel: z.string().nullable(),
      hoursPerWeek: z.number().nullable(),
    }),
    job: z.object({
      id: z.string(),
      title: z.string(),
      hoursPerWeek: z.number(),
      kind: z.string(),
      municipality: z.string().nullable(),
    }),
    employer: Ref,
    accountManager: z.object({ name: z.string(), email: z.string() }).nullable(),
    status: ProposalStatusSchema,
    score: z.number(),
    batchId: z.string().nullable(),
    note: z.string().nullable(),
    interviewOn: z.string().nullable(),
    declineReason: DeclineReasonSchema.nullable(),
    declineText: z.string().nullable(),
    declinedBy: DeclinedBySchema.nullable(),
    createdBy: Ref,
    createdAt: z.string(),
    proposedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
    side: z
      .enum(['network', 'participant', 'employer', 'self', 'employer_contact'])
      .describe('How you see the proposal: it decides what you may do and see'),
    abilities: z.object({
      propose: z.boolean(),
      interview: z.boolean(),
      accept: z.boolean(),
      decline: z.boolean(),
      declineAs: z.array(DeclinedBySchema),
    }),
  })
  .meta({ id: 'Proposal' });
export type ProposalDto = z.infer<typeof ProposalSchema>;

export const ProposalDetail = ProposalSchema.extend({
  explanation: ExplanationSchema.nullable().describe(
    'Why the match; null for the employer (no profile data)',
  ),
  events: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      by: z.string().nullable(),
      at: z.string(),
      note: z.string().nullable(),
    }),
  ),
}).meta({ id: 'ProposalDetail' });

export const ProposalQuery = PageQuery.extend({
  box: z
    .enum(['all', 'participants', 'employers'])
    .default('all')
    .describe(
      'participants: of the participants you work with; employers: for the employers your organisation serves',
    ),
  status: z
    .union([ProposalStatusSchema, z.literal('open')])
    .optional()
    .describe('open = not declined, not accepted'),
  participantId: Uuid.optional(),
  jobId: Uuid.optional(),
  employerId: Uuid.optional(),
  batchId: Uuid.optional(),
});
export type ProposalQuery = z.infer<typeof ProposalQuery>;

export const CreateProposalBody = z.object({
  participantId: Uuid,
  jobId: Uuid,
  note: OptionalText(1000),
  propose: z.boolean().default(false).describe('Send it to the participant and the employer at once'),
  overrideReason: OptionalText(1000).describe(
    'Required to propose a pair that a hard constraint excludes; kept in the audit log',
  ),
});
export type CreateProposalBody = z.infer<typeof CreateProposalBody>;

export const TransitionProposalBody = z.object({
  version: Version,
  to: z.enum(['proposed', 'interview', 'accepted', 'declined']),
  interviewOn: IsoDate.optional(),
  declineReason: DeclineReasonSchema.optional(),
  declineText: OptionalText(1000),
  declinedBy: DeclinedBySchema.optional(),
  note: OptionalText(1000),
});
export type TransitionProposalBody = z.infer<typeof TransitionProposalBody>;

export const ProposalParams = z.object({ id: z.uuid() });
export const ProposalPage = paged(ProposalSchema);

export const DeclineStatsResponse = z
  .object({
    rows: z.array(
      z.object({
        reason: DeclineReasonSchema,
        declinedBy: DeclinedBySchema,
        count: z.number().int().nullable().describe('null when fewer than 5'),
      }),
    ),
  })
  .meta({ id: 'ProposalDeclineStats' });
