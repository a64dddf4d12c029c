import { z } from 'zod';
import { APPROACH_REQUEST_STATUSES } from '../../db/schema';
import { NonEmpty, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';

export const ApproachRequestStatusSchema = z
  .enum(APPROACH_REQUEST_STATUSES)
  .meta({ id: 'ApproachRequestStatus' });
const Ref = z.object({ id: z.string(), name: z.string() });

export const ApproachRequestSchema = z
  .object({
    id: z.string(),
    employer: Ref,
    ownerOrganisation: Ref.nullable().describe('The current account owner, who decides'),
    requestingOrganisation: Ref,
    requestedBy: Ref,
    motivation: z.string(),
    status: ApproachRequestStatusSchema,
    decisionReason: z.string().nullable(),
    decidedBy: Ref.nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    abilities: z.object({
      decide: z.boolean().describe('You may accept, decline or let the requester take over'),
    }),
  })
  .meta({ id: 'ApproachRequest' });
export type ApproachRequestDto = z.infer<typeof ApproachRequestSchema>;

export const ApproachRequestQuery = PageQuery.extend({
  box: z
    .enum(['incoming', 'outgoing', 'all'])
    .default('all')
    .describe('incoming: about employers your organisations own; outgoing: filed by your organisations'),
  status: ApproachRequestStatusSchema.optional(),
  employerId: Uuid.optional(),
});
export type ApproachRequestQuery = z.infer<typeof ApproachRequestQuery>;

export const CreateApproachRequestBody = z.object({
  motivation: NonEmpty(2000).describe('Why your organisation wants to approach this employer'),
  organisationId: Uuid.optional().describe('Your organisation that asks (default: the one that can)'),
});
export type CreateApproachRequestBody = z.infer<typeof CreateApproachRequestBody>;

export const DECISIONS = ['accept', 'decline', 'take_over'] as const;

export const DecideApproachRequestBody = z.object({
  version: Version,
  decision: z
    .enum(DECISIONS)
    .describe(
      'accept: the requester joins in a joint action; decline: with a reason; take_over: the requester becomes the owner and your organisation keeps a joint action',
    ),
  reason: OptionalText(2000).describe('Required when declining'),
  ownerUserId: Uuid.optional().describe(
    "take_over: the requester's account manager who becomes the point of contact (default: who asked, if an account manager)",
  ),
});
export type DecideApproachRequestBody = z.infer<typeof DecideApproachRequestBody>;

export const ApproachRequestParams = z.object({ id: z.uuid() });
export const EmployerApproachParams = z.object({ id: z.uuid() });
export const JointActionParams = z.object({ id: z.uuid(), organisationId: z.uuid() });
export const ApproachRequestPage = paged(ApproachRequestSchema);
