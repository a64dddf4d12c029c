import { z } from 'zod';
import { MEASURES, REFERRAL_CHANNELS } from '../../db/schema';
import { IsoDate, NisCode, Uuid } from '../../lib/validation';

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
