import { z } from 'zod';
import {
  AFTERCARE_MONTHS,
  BUDGET_PERIOD_MONTHS,
  MEASURES,
  OUTCOME_KINDS,
  TRAJECTORY_ROLES,
} from '../../db/schema';
import { NonEmpty, Version } from '../../lib/validation';

export const OutcomeKindSchema = z.enum(OUTCOME_KINDS).meta({ id: 'OutcomeKind' });
export const TrajectoryRoleSchema = z.enum(TRAJECTORY_ROLES).meta({ id: 'TrajectoryRole' });
const Key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(50);

const PhaseInput = z.object({
  key: Key,
  nameNl: NonEmpty(100),
  nameEn: NonEmpty(100),
  defaultTermDays: z.number().int().min(1).max(3650),
});

const Fields = {
  nameNl: NonEmpty(150),
  nameEn: NonEmpty(150),
  measure: z.enum(MEASURES),
  totalTermDays: z.number().int().min(1).max(3650).describe('Default term of the whole trajectory, in days'),
  participatingRoles: z.array(TrajectoryRoleSchema).min(1).max(TRAJECTORY_ROLES.length),
  successOutcomes: z
    .array(OutcomeKindSchema)
    .min(1)
    .max(OUTCOME_KINDS.length)
    .describe('The outcomes that count as success for this type'),
  aftercareMonths: z
    .array(z.union(AFTERCARE_MONTHS.map((m) => z.literal(m))))
    .max(AFTERCARE_MONTHS.length)
    .describe('Months after placement at which an aftercare contact is due'),
  budgetHoursPerPeriod: z.number().min(0).max(500),
  budgetPeriodMonths: z.union(BUDGET_PERIOD_MONTHS.map((m) => z.literal(m))),
  phases: z.array(PhaseInput).min(1).max(12).describe('In their order'),
};

export const CreateTrajectoryTypeBody = z.object({
  key: Key,
  ...Fields,
  aftercareMonths: Fields.aftercareMonths.default([1, 3, 6, 12]),
  budgetHoursPerPeriod: Fields.budgetHoursPerPeriod.default(0),
  budgetPeriodMonths: Fields.budgetPeriodMonths.default(3),
});
export type CreateTrajectoryTypeBody = z.infer<typeof CreateTrajectoryTypeBody>;

export const UpdateTrajectoryTypeBody = z.object({
  version: Version,
  data: z
    .object({ ...Fields, isActive: z.boolean() })
    .partial()
    .describe('Running trajectories keep the phases they were opened with'),
});
export type UpdateTrajectoryTypeBody = z.infer<typeof UpdateTrajectoryTypeBody>;

export const TrajectoryTypeSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string().describe('In the language of the request'),
    nameNl: z.string(),
    nameEn: z.string(),
    measure: z.enum(MEASURES),
    totalTermDays: z.number().int(),
    participatingRoles: z.array(TrajectoryRoleSchema),
    successOutcomes: z.array(OutcomeKindSchema),
    aftercareMonths: z.array(z.number().int()),
    budgetHoursPerPeriod: z.number(),
    budgetPeriodMonths: z.number().int(),
    phases: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        nameNl: z.string(),
        nameEn: z.string(),
        defaultTermDays: z.number().int(),
      }),
    ),
    isActive: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'TrajectoryType' });
export type TrajectoryTypeDto = z.infer<typeof TrajectoryTypeSchema>;

export const TrajectoryTypeQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export type TrajectoryTypeQuery = z.infer<typeof TrajectoryTypeQuery>;

export const TrajectoryTypeList = z.object({ items: z.array(TrajectoryTypeSchema) });
export const TrajectoryTypeParams = z.object({ id: z.uuid() });
