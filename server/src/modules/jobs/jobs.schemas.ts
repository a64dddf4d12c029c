import { z } from 'zod';
import { CONTRACT_TYPES, JOB_KINDS, JOB_STATUSES, SHIFTS } from '../../db/schema';
import {
  IsoDate,
  NisCode,
  NonEmpty,
  OptionalText,
  PageQuery,
  paged,
  Uuid,
  Version,
} from '../../lib/validation';
import { BooleanQuery } from '../employers/employers.schemas';
import { CefrLevelSchema, IscoCode } from '../participants/participants.schemas';
import { DIMENSION_GROUPS } from '../profiles/dimensions';
import { isHalfHour } from './jobs.policy';

export const JobStatusSchema = z.enum(JOB_STATUSES).meta({ id: 'JobStatus' });
export const JobKindSchema = z.enum(JOB_KINDS).meta({ id: 'JobKind' });
export const ContractTypeSchema = z.enum(CONTRACT_TYPES).meta({ id: 'ContractType' });
const ShiftSchema = z.enum(SHIFTS);
const Ref = z.object({ id: z.string(), name: z.string() });

/** Hours a week, in half hours. */
export const Hours = z
  .number()
  .min(0.5)
  .max(50)
  .refine(isHalfHour, { params: { code: 'half_hours' } })
  .describe('Hours a week, in half hours (0.5–50)');

export const DemandsInput = z
  .record(z.string(), z.number().int().min(0).max(4))
  .describe(
    'Demand level per matching dimension (GET /reference/dimensions): 0 not required · 1 light · 2 moderate · 3 high · 4 very high',
  );

const OfferMarks = {
  canAdaptHours: z.boolean().describe('The employer can adapt working hours'),
  canAdaptPhysical: z.boolean().describe('The employer can adapt physical demands'),
  canAdaptEnvironment: z.boolean().describe('The employer can adapt the work environment'),
  canWorkWithLimitedDutch: z.boolean().describe('The job can be done with limited Dutch'),
  isOpenToWagePremium: z.boolean().describe('The employer is open to a wage premium (VOP, IMW)'),
  hasMentor: z.boolean().describe('An internal mentor is available'),
};

/** Everything about a job except its site, kind and hours (which carving decides differently). */
const CommonJobFields = {
  title: NonEmpty(150),
  iscoCode: IscoCode.nullable().optional().describe('ISCO-08 occupation code (1–4 digits)'),
  description: OptionalText(4000),
  schedule: OptionalText(500).describe('Working hours as text ("ma–vr 8u–12u30")'),
  shifts: z.array(ShiftSchema).max(5).describe('Same values as a participant’s shifts'),
  contractType: ContractTypeSchema.nullable().optional(),
  startDate: IsoDate.nullable().optional(),
  positions: z.number().int().min(1).max(999),
  dutchLevel: CefrLevelSchema.nullable().optional().describe('Required level of Dutch (CEFR)'),
  dutchLevelWaivable: z.boolean().describe('The Dutch level can be waived with support'),
  ...OfferMarks,
  essentialDimensions: z
    .array(z.string())
    .max(43)
    .describe('Dimensions where a gap excludes a person (matching uses it); others can be weighed'),
};

const defaults = {
  shifts: CommonJobFields.shifts.default([]),
  positions: CommonJobFields.positions.default(1),
  dutchLevelWaivable: CommonJobFields.dutchLevelWaivable.default(false),
  canAdaptHours: OfferMarks.canAdaptHours.default(false),
  canAdaptPhysical: OfferMarks.canAdaptPhysical.default(false),
  canAdaptEnvironment: OfferMarks.canAdaptEnvironment.default(false),
  canWorkWithLimitedDutch: OfferMarks.canWorkWithLimitedDutch.default(false),
  isOpenToWagePremium: OfferMarks.isOpenToWagePremium.default(false),
  hasMentor: OfferMarks.hasMentor.default(false),
  essentialDimensions: CommonJobFields.essentialDimensions.default([]),
};

export const CreateJobBody = z.object({
  ...CommonJobFields,
  ...defaults,
  siteId: Uuid.describe("One of the employer's sites"),
  hoursPerWeek: Hours,
  kind: JobKindSchema.default('regular_vacancy').describe('carved_job only through POST /carved-jobs'),
});
export type CreateJobBody = z.infer<typeof CreateJobBody>;

export const UpdateJobBody = z.object({
  version: Version,
  data: z.object({ ...CommonJobFields, siteId: Uuid, hoursPerWeek: Hours, kind: JobKindSchema }).partial(),
});
export type UpdateJobBody = z.infer<typeof UpdateJobBody>;

export const ChangeJobStatusBody = z.object({ version: Version, status: JobStatusSchema });
export type ChangeJobStatusBody = z.infer<typeof ChangeJobStatusBody>;

export const CarveJobBody = z.object({
  ...CommonJobFields,
  ...defaults,
  siteId: Uuid.describe('A site of the employer the tasks belong to'),
  taskIds: z
    .array(Uuid)
    .min(1)
    .max(40)
    .describe('Tasks of one or more jobs of the same employer; copied with their hours and demands'),
  hoursPerWeek: Hours.optional().describe(
    "The carved job's hours; default: the sum of the chosen tasks' hours, which may not exceed it",
  ),
});
export type CarveJobBody = z.infer<typeof CarveJobBody>;

const TaskFields = {
  name: NonEmpty(150),
  description: OptionalText(2000),
  hoursPerWeek: Hours,
  sortOrder: z.number().int().min(0).max(999),
  demands: DemandsInput,
};

export const CreateTaskBody = z.object({
  version: Version.describe('The version of the job; every task change moves it on'),
  ...TaskFields,
  sortOrder: TaskFields.sortOrder.optional().describe('Default: after the last task'),
  demands: DemandsInput.default({}),
});
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;

export const UpdateTaskBody = z.object({
  version: Version.describe('The version of the job'),
  data: z.object(TaskFields).partial().describe('`demands` replaces the whole demand profile of the task'),
});
export type UpdateTaskBody = z.infer<typeof UpdateTaskBody>;

export const JobVersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .describe('The version of the job you last read; a stale one gets 409.'),
});

const DemandSchema = z.object({ dimension: z.string(), label: z.string(), level: z.number().int() });

export const JobTaskSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    hoursPerWeek: z.number(),
    sortOrder: z.number().int(),
    demands: z.array(DemandSchema).describe('In the order of the dimension catalogue'),
    sourceTask: z
      .object({ id: z.string(), name: z.string(), job: z.object({ id: z.string(), title: z.string() }) })
      .nullable()
      .describe('For a carved job: the task it was copied from, and its job'),
  })
  .meta({ id: 'JobTask' });

export const JobProfileSchema = z
  .object({
    rule: z
      .literal('max_over_tasks')
      .describe('Per dimension the highest demand of any task: a person must be able to do every task'),
    jobHoursPerWeek: z.number(),
    taskHoursPerWeek: z.number(),
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        group: z.enum(DIMENSION_GROUPS),
        label: z.string(),
        level: z.number().int(),
        isEssential: z.boolean().describe('A gap here excludes a person'),
        demandingHoursPerWeek: z.number(),
        hoursShare: z.number().describe('Share of the task hours spent on tasks that demand it (0–1)'),
        tasks: z.array(
          z.object({ id: z.string(), name: z.string(), level: z.number().int(), hoursPerWeek: z.number() }),
        ),
      }),
    ),
  })
  .meta({ id: 'JobProfile' });

const JobAbilities = z.object({
  update: z.boolean(),
  manageTasks: z.boolean(),
  nextStatuses: z.array(JobStatusSchema),
  delete: z.boolean(),
  carve: z.boolean().describe('May compose carved jobs from tasks of this employer'),
  editInternshipSheet: z.boolean(),
  acceptInternshipSheet: z.boolean(),
});

export const JobListItem = z
  .object({
    id: z.string(),
    employer: Ref,
    site: z.object({
      id: z.string(),
      name: z.string(),
      municipality: z.object({ nisCode: z.string(), name: z.string() }).nullable(),
    }),
    title: z.string(),
    occupation: z.object({ code: z.string(), title: z.string() }).nullable(),
    hoursPerWeek: z.number(),
    status: JobStatusSchema,
    kind: JobKindSchema,
    positions: z.number().int(),
    contractType: ContractTypeSchema.nullable(),
    startDate: z.string().nullable(),
    taskCount: z.number().int(),
    taskHoursPerWeek: z.number(),
    version: z.number().int(),
    updatedAt: z.string(),
    abilities: JobAbilities,
  })
  .meta({ id: 'JobListItem' });
export type JobListItemDto = z.infer<typeof JobListItem>;

export const JobDetail = JobListItem.extend({
  description: z.string().nullable(),
  schedule: z.string().nullable(),
  shifts: z.array(ShiftSchema),
  dutchLevel: CefrLevelSchema.nullable(),
  dutchLevelWaivable: z.boolean(),
  canAdaptHours: z.boolean(),
  canAdaptPhysical: z.boolean(),
  canAdaptEnvironment: z.boolean(),
  canWorkWithLimitedDutch: z.boolean(),
  isOpenToWagePremium: z.boolean(),
  hasMentor: z.boolean(),
  essentialDimensions: z.array(z.object({ key: z.string(), label: z.string() })),
  tasks: z.array(JobTaskSchema),
  profile: JobProfileSchema,
  carvedFrom: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .describe('For a carved job: the jobs its tasks were taken from'),
  internshipSheet: z
    .object({ version: z.number().int(), isAccepted: z.boolean(), acceptedAt: z.string().nullable() })
    .nullable()
    .describe('For an internship place: whether its sheet exists and was accepted (GET …/internship-sheet)'),
  createdByOrganisation: Ref.nullable(),
  createdAt: z.string(),
}).meta({ id: 'JobDetail' });
export type JobDetailDto = z.infer<typeof JobDetail>;

const JobFilters = {
  status: JobStatusSchema.optional(),
  kind: JobKindSchema.optional(),
  q: z.string().trim().max(100).optional().describe('Words in the title'),
};

export const EmployerJobQuery = PageQuery.extend(JobFilters);
export type EmployerJobQuery = z.infer<typeof EmployerJobQuery>;

export const JobQuery = PageQuery.extend({
  ...JobFilters,
  employerId: Uuid.optional(),
  municipalityNis: NisCode.optional().describe("The site's municipality"),
  isco: z
    .string()
    .regex(/^[0-9]{1,4}$/)
    .optional()
    .describe('ISCO-08 code prefix'),
  mine: BooleanQuery.optional().describe('Only jobs of employers your organisations own or serve jointly'),
});
export type JobQuery = z.infer<typeof JobQuery>;

export const JobParams = z.object({ id: z.uuid() });
export const EmployerJobParams = z.object({ id: z.uuid() });
export const TaskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
export const JobPage = paged(JobListItem);
