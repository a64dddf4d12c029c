import { z } from 'zod';
import {
  AGREEMENT_PARTIES,
  APPROVAL_STATUSES,
  EVALUATION_CRITERIA,
  EVALUATION_RECOMMENDATIONS,
  WEEKDAYS,
} from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, Uuid, Version } from '../../lib/validation';
import { CostPayerSchema, CostPeriodSchema } from '../internship-sheets/internship-sheets.schemas';

export const AgreementPartySchema = z.enum(AGREEMENT_PARTIES).meta({ id: 'AgreementParty' });
export const ApprovalStatusSchema = z.enum(APPROVAL_STATUSES).meta({ id: 'ApprovalStatus' });
export const EvaluationCriterionSchema = z.enum(EVALUATION_CRITERIA).meta({ id: 'EvaluationCriterion' });
export const EvaluationRecommendationSchema = z
  .enum(EVALUATION_RECOMMENDATIONS)
  .meta({ id: 'EvaluationRecommendation' });
const Ref = z.object({ id: z.string(), name: z.string() });
const Time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const ScheduleBlock = z.object({
  day: z.enum(WEEKDAYS),
  from: Time.describe("'HH:MM'"),
  to: Time.describe("'HH:MM', after from"),
});

const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const InternshipSchema = z
  .object({
    id: z.string(),
    trajectoryId: z.string(),
    participant: z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }),
    organisation: Ref.describe('The lead organisation'),
    coach: Ref.nullable(),
    employer: Ref,
    site: Ref.extend({ address: z.string().nullable() }),
    job: z.object({ id: z.string(), title: z.string() }).nullable(),
    mentor: PersonSchema,
    legalSignatory: PersonSchema,
    startsOn: z.string(),
    endsOn: z.string(),
    weeklySchedule: z.array(ScheduleBlock),
    hoursPerWeek: z.number().describe('From the weekly schedule'),
    costs: z.array(
      z.object({
        item: z.string(),
        paidBy: CostPayerSchema,
        amount: z.number().nullable(),
        period: CostPeriodSchema,
      }),
    ),
    insurance: z.string(),
    mentorHoursPerWeek: z.number(),
    expectations: z.string().nullable(),
    learningGoals: z.array(z.string()),
    sheetVersion: z
      .number()
      .int()
      .nullable()
      .describe('The internship sheet version the costs were copied from'),
    approvals: z.array(
      z.object({
        party: AgreementPartySchema,
        status: ApprovalStatusSchema,
        decidedBy: z.string().nullable(),
        decidedAt: z.string().nullable(),
      }),
    ),
    isApproved: z.boolean().describe('All three parties approved this version'),
    evaluation: z
      .object({
        mentor: z.string(),
        scores: z.record(z.string(), z.number()),
        strengths: z.string().nullable(),
        improvements: z.string().nullable(),
        recommendation: EvaluationRecommendationSchema,
        submittedAt: z.string(),
      })
      .nullable(),
    evaluationFrom: z.string().describe('The day from which the mentor can submit the evaluation'),
    abilities: z.object({
      edit: z.boolean(),
      approveAs: AgreementPartySchema.nullable().describe(
        'The party you approve for, if any and still pending',
      ),
      evaluate: z.boolean(),
    }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Internship' });
export type InternshipDto = z.infer<typeof InternshipSchema>;

export const InternshipList = z.object({ items: z.array(InternshipSchema) });

export const TrajectoryParams = z.object({ id: z.uuid() });
export const InternshipParams = z.object({ id: z.uuid(), internshipId: z.uuid() });

const InternshipFields = {
  mentorContactPersonId: Uuid.describe('The mentor at the employer (a contact person)'),
  legalSignatoryContactPersonId: Uuid.describe(
    'Who signs for the employer (a contact person marked legal signatory; need not be the mentor)',
  ),
  startsOn: IsoDate,
  endsOn: IsoDate,
  weeklySchedule: z.array(ScheduleBlock).min(1).max(21),
  learningGoals: z.array(NonEmpty(300)).min(1).max(20),
  expectations: OptionalText(4000),
};

export const CreateInternshipBody = z.object({
  jobId: Uuid.describe(
    'An internship place: its site, and the costs, insurance, mentor time and expectations of its sheet (copied)',
  ),
  ...InternshipFields,
  learningGoals: InternshipFields.learningGoals.optional().describe("Default: the sheet's learning goals"),
});
export type CreateInternshipBody = z.infer<typeof CreateInternshipBody>;

export const UpdateInternshipBody = z.object({
  version: Version,
  data: z.object(InternshipFields).partial().describe('A change resets the approvals of all parties'),
});
export type UpdateInternshipBody = z.infer<typeof UpdateInternshipBody>;

export const ApproveInternshipBody = z.object({
  version: Version.describe('The version of the agreement you were shown; a changed one gets 409'),
});
export type ApproveInternshipBody = z.infer<typeof ApproveInternshipBody>;

export const EvaluateInternshipBody = z.object({
  scores: z
    .partialRecord(EvaluationCriterionSchema, z.number().int().min(1).max(5))
    .describe('1 (insufficient) to 5 (very good) per criterion'),
  strengths: OptionalText(4000),
  improvements: OptionalText(4000),
  recommendation: EvaluationRecommendationSchema,
});
export type EvaluateInternshipBody = z.infer<typeof EvaluateInternshipBody>;
