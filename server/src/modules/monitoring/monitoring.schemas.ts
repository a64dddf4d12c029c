import { z } from 'zod';
import { MEASURES, REFERRAL_CHANNELS, TARGET_METRICS } from '../../db/schema';
import { IsoDate, NisCode, Uuid, Version } from '../../lib/validation';
import { SuccessRule } from './success-rules';

export const GROUP_BYS = [
  'none',
  'measure',
  'channel',
  'organisation',
  'province',
  'municipality',
  'quarter',
  'month',
] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const FigureQuery = z.object({
  from: IsoDate.optional().describe('Start of the period (default: one year before `to`)'),
  to: IsoDate.optional().describe('End of the period (default: today)'),
  measure: z.enum(MEASURES).optional(),
  channel: z.enum(REFERRAL_CHANNELS).optional(),
  organisationId: Uuid.optional().describe('The receiving (lead) organisation'),
  provinceNis: NisCode.optional(),
  municipalityNis: NisCode.optional(),
  groupBy: z.enum(GROUP_BYS).default('measure'),
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .default('json')
    .describe('csv (semicolon-separated) or xlsx downloads the table'),
});
export type FigureQuery = z.infer<typeof FigureQuery>;

const Count = z
  .number()
  .int()
  .nullable()
  .describe('null: fewer than 5 people (or hidden to protect such a cell)');
const Group = z.object({ key: z.string(), label: z.string() });

export const FUNNEL_STEPS = [
  'referred',
  'contacted',
  'indicated',
  'advised',
  'validated',
  'started',
  'active3m',
  'active6m',
] as const;

export const FunnelResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(GROUP_BYS),
    minimumCell: z.number().int(),
    steps: z.array(z.string()),
    rows: z.array(z.object({ group: Group, values: z.record(z.string(), Count) })),
    total: z.record(z.string(), Count),
    noStartReasons: z.array(z.object({ group: Group, reason: z.string(), count: Count })),
  })
  .meta({ id: 'Funnel' });

export const LeadTimeSeriesResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    minimumCell: z.number().int(),
    rows: z.array(
      z.object({
        period: z.string(),
        channel: z.string(),
        step: z.enum(['referralToAdvice', 'adviceToValidation']),
        n: Count,
        medianDays: z.number().nullable(),
        p90Days: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'LeadTimeSeries' });

export const MAP_FIGURES = ['referred', 'started', 'start_rate'] as const;
export const MapQuery = FigureQuery.omit({ groupBy: true }).extend({
  figure: z.enum(MAP_FIGURES).default('referred'),
  level: z.enum(['municipality', 'province']).default('municipality'),
});
export type MapQuery = z.infer<typeof MapQuery>;

export const MapResponse = z
  .object({
    figure: z.enum(MAP_FIGURES),
    level: z.enum(['municipality', 'province']),
    from: z.string(),
    to: z.string(),
    minimumCell: z.number().int(),
    rows: z.array(
      z.object({
        nis: z.string(),
        name: z.string(),
        province: z.string().nullable(),
        referred: Count,
        started: Count,
        value: z
          .number()
          .nullable()
          .describe('The chosen figure (a rate in %, or a count); null when hidden'),
      }),
    ),
  })
  .meta({ id: 'MonitoringMap' });

export const SuccessDefinitionSchema = z
  .object({
    id: Uuid,
    key: z.string(),
    name: z.string(),
    description: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    descriptionNl: z.string(),
    descriptionEn: z.string(),
    rule: SuccessRule,
    isActive: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'SuccessDefinition' });

const DefinitionFields = {
  nameNl: z.string().trim().min(2).max(160),
  nameEn: z.string().trim().min(2).max(160),
  descriptionNl: z.string().trim().max(2000),
  descriptionEn: z.string().trim().max(2000),
  rule: SuccessRule,
};
export const CreateSuccessDefinitionBody = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9_]{2,60}$/)
    .describe('lower-case letters, digits and _'),
  ...DefinitionFields,
  descriptionNl: DefinitionFields.descriptionNl.default(''),
  descriptionEn: DefinitionFields.descriptionEn.default(''),
});
export const UpdateSuccessDefinitionBody = z.object({
  version: Version,
  data: z.object({ ...DefinitionFields, isActive: z.boolean() }).partial(),
});

export const OutcomeQuery = FigureQuery.extend({
  definitions: z
    .string()
    .regex(/^[a-z0-9_]{2,60}(,[a-z0-9_]{2,60}){0,9}$/)
    .optional()
    .describe('Comma-separated keys of the success definitions to show side by side (default: all active)'),
});
export type OutcomeQuery = z.infer<typeof OutcomeQuery>;

const SuccessFigure = z.object({
  met: Count,
  notMet: Count,
  pending: Count,
  counted: Count.describe('Closed trajectories the rule applies to'),
  rate: z.number().nullable().describe('met / (met + not met), in %; null when hidden or nothing decided'),
});

export const OutcomesResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(GROUP_BYS),
    minimumCell: z.number().int(),
    outcomeKinds: z.array(z.string()),
    definitions: z.array(
      z.object({ key: z.string(), name: z.string(), description: z.string(), rule: SuccessRule }),
    ),
    rows: z.array(
      z.object({
        group: Group,
        closed: Count,
        outcomes: z.record(z.string(), Count),
        success: z.record(z.string(), SuccessFigure),
      }),
    ),
    total: z.object({
      closed: Count,
      outcomes: z.record(z.string(), Count),
      success: z.record(z.string(), SuccessFigure),
    }),
  })
  .meta({ id: 'MonitoringOutcomes' });

export const TARGET_STATUSES = ['reached', 'on_track', 'behind', 'missed', 'not_started'] as const;

export const TargetSchema = z
  .object({
    id: Uuid,
    year: z.number().int(),
    measure: z.enum(MEASURES),
    provinceNis: z.string().nullable().describe('null: the whole of Flanders'),
    regionName: z.string(),
    metric: z.enum(TARGET_METRICS),
    successDefinition: z.object({ id: Uuid, key: z.string(), name: z.string() }).nullable(),
    target: z.number().int(),
    note: z.string(),
    version: z.number().int(),
    progress: z.object({
      actual: Count,
      percent: z.number().nullable(),
      expectedByNow: z.number().describe('What the target asks by today, pro rata over the year'),
      status: z.enum(TARGET_STATUSES),
    }),
  })
  .meta({ id: 'MonitoringTarget' });

export const TargetsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type TargetsQuery = z.infer<typeof TargetsQuery>;

const TargetFields = {
  year: z.number().int().min(2000).max(2100),
  measure: z.enum(MEASURES),
  provinceNis: NisCode.nullable(),
  metric: z.enum(TARGET_METRICS),
  successDefinitionId: Uuid.nullable(),
  target: z.number().int().min(1).max(1_000_000),
  note: z.string().trim().max(1000),
};
export const CreateTargetBody = z.object({
  ...TargetFields,
  provinceNis: TargetFields.provinceNis.default(null),
  successDefinitionId: TargetFields.successDefinitionId.default(null),
  note: TargetFields.note.default(''),
});
export type CreateTargetBody = z.infer<typeof CreateTargetBody>;
// No defaults in a change: a field left out stays as it is.
export const UpdateTargetBody = z.object({
  version: Version,
  data: z.object(TargetFields).partial(),
});
export type UpdateTargetBody = z.infer<typeof UpdateTargetBody>;
