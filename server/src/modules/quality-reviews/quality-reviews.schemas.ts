import { z } from 'zod';
import { QUALITY_REVIEW_STATUSES } from '../../db/schema';
import { IsoDate, OptionalText, Uuid, Version } from '../../lib/validation';

const Ref = z.object({ id: z.string(), name: z.string() });
const Band = z.object({ key: z.string(), label: z.string(), minimum: z.number().int() });

export const ReviewScaleSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    title: z.string(),
    description: z.string(),
    bands: z.array(Band).describe('Bands of the total, highest first'),
    minimumTotal: z.number().int(),
    maximumTotal: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        position: z.number().int(),
        key: z.string(),
        title: z.string(),
        description: z.string(),
        anchors: z.array(z.string()).describe('The meaning of scores 1 to 5'),
      }),
    ),
  })
  .meta({ id: 'ReviewScale' });
export type ReviewScaleDto = z.infer<typeof ReviewScaleSchema>;

export const QualityReviewSchema = z
  .object({
    id: z.string(),
    organisation: Ref,
    scale: z.object({ id: z.string(), key: z.string(), version: z.number().int() }),
    reviewer: Ref,
    reviewedOn: z.string(),
    status: z.enum(QUALITY_REVIEW_STATUSES),
    summary: z.string().nullable(),
    scores: z.array(
      z.object({ itemKey: z.string(), score: z.number().int().nullable(), note: z.string().nullable() }),
    ),
    total: z.number().int().nullable().describe('Sum of the item scores (final reviews)'),
    band: Band.nullable(),
    finalisedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'QualityReview' });
export type QualityReviewDto = z.infer<typeof QualityReviewSchema>;

export const ScorecardSchema = z
  .object({
    organisation: Ref,
    scale: ReviewScaleSchema,
    latest: QualityReviewSchema.nullable().describe('The most recent final review'),
    previous: QualityReviewSchema.nullable().describe('The final review before it (for the trend)'),
    trend: z.number().int().nullable().describe('Total of the latest minus total of the previous review'),
    history: z.array(
      z.object({
        id: z.string(),
        reviewedOn: z.string(),
        total: z.number().int(),
        band: Band.nullable(),
        reviewer: Ref,
      }),
    ),
    draft: QualityReviewSchema.nullable().describe('A review in progress (reviewers only)'),
  })
  .meta({ id: 'Scorecard' });
export type ScorecardDto = z.infer<typeof ScorecardSchema>;

export const ScorecardOverview = z.object({
  items: z.array(
    z.object({
      organisation: Ref,
      latest: z
        .object({ id: z.string(), reviewedOn: z.string(), total: z.number().int(), band: Band.nullable() })
        .nullable(),
      trend: z.number().int().nullable(),
      reviews: z.number().int(),
      hasDraft: z.boolean(),
    }),
  ),
});

export const CreateReviewBody = z.object({
  organisationId: Uuid,
  reviewedOn: IsoDate,
});
export type CreateReviewBody = z.infer<typeof CreateReviewBody>;

export const UpdateReviewBody = z.object({
  version: Version,
  reviewedOn: IsoDate.optional(),
  summary: OptionalText(4000),
  scores: z
    .array(
      z.object({
        itemKey: z.string().min(1).max(60),
        score: z.number().int().min(1).max(5).nullable(),
        note: OptionalText(2000),
      }),
    )
    .max(40)
    .optional(),
});
export type UpdateReviewBody = z.infer<typeof UpdateReviewBody>;

export const FinaliseReviewBody = z.object({ version: Version });
export const ReviewParams = z.object({ id: z.uuid() });
export const OrganisationParams = z.object({ organisationId: z.uuid() });
