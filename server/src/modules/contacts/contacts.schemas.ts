import { z } from 'zod';
import { CONTACT_CHANNELS } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, PageQuery, paged, Uuid } from '../../lib/validation';
import { EmployerOwnerSchema } from '../employers/employers.schemas';

export const ContactChannelSchema = z.enum(CONTACT_CHANNELS).meta({ id: 'ContactChannel' });
export const CoordinationSchema = z
  .enum(['owner', 'joint', 'unowned', 'uncoordinated'])
  .meta({ id: 'ContactCoordination' })
  .describe(
    'owner: by the account owner; joint: by an organisation in a joint action; unowned: the employer has no owner yet; uncoordinated: by anyone else (recorded, flagged)',
  );
const Ref = z.object({ id: z.string(), name: z.string() });

export const WarningSchema = z
  .object({ code: z.string(), message: z.string().describe('Translated, ready to show') })
  .meta({ id: 'Warning' });

export const EmployerContactSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    organisation: Ref,
    user: Ref,
    contactPerson: Ref.nullable(),
    contactedOn: z.string(),
    channel: ContactChannelSchema,
    summary: z.string(),
    nextStep: z.string().nullable(),
    nextStepDueOn: z.string().nullable(),
    isUncoordinated: z
      .boolean()
      .describe('Logged by an organisation that was neither owner nor in a joint action at the time'),
    createdAt: z.string(),
  })
  .meta({ id: 'EmployerContact' });
export type EmployerContactDto = z.infer<typeof EmployerContactSchema>;

export const ContactQuery = PageQuery.extend({
  organisationId: Uuid.optional(),
  channel: ContactChannelSchema.optional(),
  isUncoordinated: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ContactQuery = z.infer<typeof ContactQuery>;

export const LogContactBody = z.object({
  contactedOn: IsoDate,
  channel: ContactChannelSchema,
  summary: NonEmpty(4000),
  nextStep: OptionalText(1000),
  nextStepDueOn: IsoDate.nullable().optional().describe('Needs a next step; not before the contact'),
  contactPersonId: Uuid.nullable().optional().describe("One of the employer's contact persons"),
  organisationId: Uuid.optional().describe(
    'Your organisation the contact is for (default: the best fitting one)',
  ),
});
export type LogContactBody = z.infer<typeof LogContactBody>;

export const LoggedContactResponse = z
  .object({
    contact: EmployerContactSchema,
    coordination: CoordinationSchema,
    warning: WarningSchema.nullable().describe(
      'Set when the contact was uncoordinated: it is recorded all the same',
    ),
  })
  .meta({ id: 'LoggedContact' });

export const ContactCheckQuery = z.object({
  organisationId: Uuid.optional().describe(
    'Your organisation the contact would be for (default: the best fitting one)',
  ),
});
export type ContactCheckQuery = z.infer<typeof ContactCheckQuery>;

export const ContactCheckResponse = z
  .object({
    employer: Ref,
    organisation: Ref.nullable().describe('The organisation a contact would be logged for'),
    coordination: CoordinationSchema.nullable(),
    isUncoordinated: z.boolean(),
    owner: EmployerOwnerSchema.nullable(),
    warning: WarningSchema.nullable().describe('Show this before the contact is logged'),
    pendingApproachRequestId: z.string().nullable(),
    canRequestApproach: z.boolean(),
  })
  .meta({ id: 'ContactCheck' });

export const UncoordinatedQuery = PageQuery.extend({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(90)
    .describe('The window: contacts from this many days ago up to today'),
  organisationId: Uuid.optional().describe('Only cases in which this organisation took part'),
});
export type UncoordinatedQuery = z.infer<typeof UncoordinatedQuery>;

export const UncoordinatedCaseSchema = z
  .object({
    employer: Ref,
    owner: Ref.nullable(),
    organisationCount: z.number().int(),
    contactCount: z.number().int(),
    uncoordinatedCount: z.number().int().describe('Contacts flagged as uncoordinated when they were logged'),
    firstContactOn: z.string(),
    lastContactOn: z.string(),
    organisations: z.array(
      z.object({
        organisation: Ref,
        coordination: CoordinationSchema.describe("The organisation's relation to the employer today"),
        contacts: z.array(
          z.object({
            id: z.string(),
            contactedOn: z.string(),
            channel: ContactChannelSchema,
            user: Ref,
            isUncoordinated: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'UncoordinatedCase' });

export const UncoordinatedResponse = paged(UncoordinatedCaseSchema).extend({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
});

export const EmployerContactParams = z.object({ id: z.uuid() });
export const ContactPage = paged(EmployerContactSchema);
