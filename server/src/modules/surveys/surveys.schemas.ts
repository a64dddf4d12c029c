import { z } from 'zod';
import { SURVEY_AUDIENCES, SURVEY_MOMENTS, SURVEY_QUESTION_KINDS } from '../../db/schema';
import { IsoDate, PageQuery, paged, Uuid, Version } from '../../lib/validation';

const Ref = z.object({ id: z.string(), name: z.string() });
const TemplateKey = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const SurveyQuestionSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    key: z.string(),
    kind: z.enum(SURVEY_QUESTION_KINDS),
    text: z.string().describe('In the language of the request'),
    anchorLow: z.string().nullable().describe('The meaning of 1 (scale questions)'),
    anchorHigh: z.string().nullable().describe('The meaning of 5 (scale questions)'),
    isRequired: z.boolean(),
  })
  .meta({ id: 'SurveyQuestion' });

export const SurveyTemplateSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    audience: z.enum(SURVEY_AUDIENCES),
    moment: z.enum(SURVEY_MOMENTS),
    title: z.string(),
    intro: z.string(),
    questions: z.array(SurveyQuestionSchema),
  })
  .meta({ id: 'SurveyTemplate' });
export type SurveyTemplateDto = z.infer<typeof SurveyTemplateSchema>;

export const SurveyTemplateList = z.object({ items: z.array(SurveyTemplateSchema) });

export const SurveyInvitationSchema = z
  .object({
    id: z.string(),
    template: z.object({ id: z.string(), key: z.string(), version: z.number().int(), title: z.string() }),
    audience: z.enum(SURVEY_AUDIENCES),
    organisation: Ref.describe('The organisation that sent it, and whose results it counts in'),
    respondent: Ref.describe('The login invited: the participant, or the employer contact'),
    participant: Ref.nullable(),
    employer: Ref.nullable(),
    trajectoryId: z.string().nullable(),
    sentAt: z.string(),
    answeredAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    status: z.enum(['open', 'answered', 'withdrawn']),
    version: z.number().int(),
  })
  .meta({ id: 'SurveyInvitation' });
export type SurveyInvitationDto = z.infer<typeof SurveyInvitationSchema>;

export const SurveyInvitationQuery = PageQuery.extend({
  organisationId: Uuid.optional(),
  participantId: Uuid.optional(),
  employerId: Uuid.optional(),
  status: z.enum(['open', 'answered', 'withdrawn']).optional(),
});
export type SurveyInvitationQuery = z.infer<typeof SurveyInvitationQuery>;
export const SurveyInvitationPage = paged(SurveyInvitationSchema);

export const CreateSurveyInvitationBody = z.object({
  templateKey: TemplateKey.describe('The survey to send (its active version)'),
  participantId: Uuid.optional().describe('Participant surveys: the participant asked (they need a login)'),
  employerId: Uuid.optional().describe('Employer surveys: the employer'),
  respondentUserId: Uuid.optional().describe('Employer surveys: the employer contact asked'),
  organisationId: Uuid.optional().describe(
    'The sending organisation; default: the participant’s, or your own',
  ),
  trajectoryId: Uuid.optional().describe('The trajectory it is sent in, when known'),
});
export type CreateSurveyInvitationBody = z.infer<typeof CreateSurveyInvitationBody>;

export const WithdrawSurveyInvitationBody = z.object({ version: Version });

export const SurveyParams = z.object({ id: z.uuid() });

/** The respondent's own view: the invitation with its questions, and their answers once given. */
export const MySurveySchema = z
  .object({
    id: z.string(),
    organisation: Ref,
    template: SurveyTemplateSchema,
    sentAt: z.string(),
    answeredAt: z.string().nullable(),
    status: z.enum(['open', 'answered', 'withdrawn']),
    version: z.number().int(),
    answers: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).nullable(),
  })
  .meta({ id: 'MySurvey' });
export type MySurveyDto = z.infer<typeof MySurveySchema>;
export const MySurveyList = z.object({ items: z.array(MySurveySchema.omit({ answers: true })) });

export const AnswerSurveyBody = z.object({
  version: Version,
  answers: z
    .record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()]))
    .describe(
      'By question key: 1–5 for a scale, true/false for yes/no, text (optional questions may be empty)',
    ),
});
export type AnswerSurveyBody = z.infer<typeof AnswerSurveyBody>;

export const SurveyResultsQuery = z.object({
  templateKey: TemplateKey,
  from: IsoDate.optional().describe('Answered on or after (default: a year ago)'),
  to: IsoDate.optional().describe('Answered on or before (default: today)'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuery>;

const Count = z
  .number()
  .int()
  .nullable()
  .describe('null: hidden (fewer than 5 people, or would give one away)');
export const SurveyResultRow = z.object({
  organisation: Ref.nullable().describe('null: the whole network'),
  counts: z.array(Count).describe('Per answer option, in the order of `options`'),
  respondents: Count,
  mean: z
    .number()
    .nullable()
    .describe('Scale questions: the mean, shown only when every count of the line is'),
});
export const SurveyResultsSchema = z
  .object({
    template: z.object({ key: z.string(), title: z.string(), audience: z.enum(SURVEY_AUDIENCES) }),
    from: z.string(),
    to: z.string(),
    minimumCell: z.number().int(),
    respondents: z.array(z.object({ organisation: Ref.nullable(), count: Count })),
    questions: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(SURVEY_QUESTION_KINDS),
        text: z.string(),
        options: z.array(z.string()).describe('Answer options: 1–5 for a scale; no/yes'),
        rows: z.array(SurveyResultRow).describe('One line per organisation, then the network line'),
        comments: z
          .array(z.object({ organisation: Ref, text: z.string(), answeredAt: z.string() }))
          .describe('Text answers: only to admins of the organisation that sent the survey, without names'),
      }),
    ),
  })
  .meta({ id: 'SurveyResults' });
export type SurveyResultsDto = z.infer<typeof SurveyResultsSchema>;
