import { z } from 'zod';
import { IsoDate, NonEmpty, OptionalText, Version } from '../../lib/validation';

const Ref = z.object({ id: z.string(), name: z.string() });
const Figure = z.number().int().min(0).max(100000);
const Count = z
  .number()
  .int()
  .nullable()
  .describe('null: hidden (fewer than 5 people, or would give one away)');

export const FIGURE_KEYS = [
  'referralsReceived',
  'referralsStarted',
  'noStarts',
  'stillInIntake',
  'waitingList',
] as const;

export const MemberFigures = z.object({
  referralsReceived: Figure,
  referralsStarted: Figure,
  noStarts: Figure,
  stillInIntake: Figure,
  waitingList: Figure,
});

export const MemberSurveyRoundSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    deadline: z.string(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    members: z.number().int(),
    answered: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'MemberSurveyRound' });
export type MemberSurveyRoundDto = z.infer<typeof MemberSurveyRoundSchema>;
export const MemberSurveyRoundList = z.object({ items: z.array(MemberSurveyRoundSchema) });

export const MemberSurveyRoundDetail = MemberSurveyRoundSchema.extend({
  organisations: z
    .array(
      z.object({
        organisation: Ref,
        status: z.enum(['answered', 'missing']),
        answeredAt: z.string().nullable(),
        figures: MemberFigures.extend({ note: z.string().nullable(), version: z.number().int() })
          .nullable()
          .describe('Own organisation (org admins) or every organisation (network admins)'),
        canAnswer: z.boolean(),
      }),
    )
    .describe('Status per organisation: network admins all, org admins their own; analysts none'),
  totals: z
    .object(
      Object.fromEntries(FIGURE_KEYS.map((k) => [k, Count])) as Record<
        (typeof FIGURE_KEYS)[number],
        typeof Count
      >,
    )
    .describe('Sums over the organisations that answered, small sums hidden'),
  table: z
    .array(z.object({ organisation: Ref, figures: z.array(Count) }))
    .describe('Figures per organisation with small cells hidden (network admins and analysts)'),
});
export type MemberSurveyRoundDetailDto = z.infer<typeof MemberSurveyRoundDetail>;

export const CreateRoundBody = z.object({
  title: NonEmpty(200),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  deadline: IsoDate,
});
export type CreateRoundBody = z.infer<typeof CreateRoundBody>;

export const AnswerRoundBody = MemberFigures.extend({
  version: Version.optional().describe(
    'The answer’s version when correcting it; absent for the first answer',
  ),
  note: OptionalText(2000),
});
export type AnswerRoundBody = z.infer<typeof AnswerRoundBody>;

export const CloseRoundBody = z.object({ version: Version });
export const RoundParams = z.object({ id: z.uuid() });
export const RoundAnswerParams = z.object({ id: z.uuid(), organisationId: z.uuid() });
export const ResultsFormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
