import { z } from 'zod';
import { JOINT_ACTION_REASONS, SIZE_CLASSES } from '../../db/schema';
import {
  EnterpriseNumber,
  NisCode,
  NonEmpty,
  OptionalText,
  PageQuery,
  Postcode,
  paged,
  Uuid,
  Version,
} from '../../lib/validation';

export const SizeClassSchema = z.enum(SIZE_CLASSES).meta({ id: 'SizeClass' });
/** Query-string booleans. */
export const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const Ref = z.object({ id: z.string(), name: z.string() });
const MunicipalityRef = z.object({ nisCode: z.string(), name: z.string() });

/** NACE(-BEL) code: division, group and class, optionally the Belgian subclass (56.10, 56.101). */
export const NaceCode = z
  .string()
  .trim()
  .refine((v) => /^[0-9]{2}(\.[0-9]{1,3})?$/.test(v), { params: { code: 'nace_code_format' } })
  .describe('NACE-BEL code such as 56.10 or 56.101');

const OptionalPostcode = z
  .union([Postcode, z.literal('')])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const EmployerOwnerSchema = z
  .object({
    organisation: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    accountManager: z
      .object({ id: z.string(), name: z.string(), email: z.string() })
      .nullable()
      .describe('The one point of contact for the employer'),
    since: z.string(),
  })
  .meta({ id: 'EmployerOwner' })
  .describe('The account owner: the organisation that holds the relation, and its account manager');

export const EmployerSchema = z
  .object({
    id: z.string(),
    enterpriseNumber: z.string().describe('Formatted as 0123.456.789'),
    name: z.string(),
    naceCode: z.string().nullable(),
    sizeClass: z.string().nullable(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: MunicipalityRef.nullable(),
    website: z.string().nullable(),
    owner: EmployerOwnerSchema.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Employer' });
export type EmployerDto = z.infer<typeof EmployerSchema>;

export const EmployerSiteSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    name: z.string(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: MunicipalityRef.nullable(),
    isMain: z.boolean(),
    jobCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'EmployerSite' });
export type EmployerSiteDto = z.infer<typeof EmployerSiteSchema>;

export const ContactPersonSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    isLegalSignatory: z.boolean().describe('May sign for the employer (needed for an internship agreement)'),
    user: Ref.nullable().describe('Their employer_contact login, when they have one'),
    version: z.number().int(),
  })
  .meta({ id: 'EmployerContactPerson' });
export type ContactPersonDto = z.infer<typeof ContactPersonSchema>;

export const JointActionSchema = z
  .object({
    organisation: Ref,
    since: z.string(),
    reason: z.enum(JOINT_ACTION_REASONS),
    approachRequestId: z.string().nullable(),
    canEnd: z
      .boolean()
      .describe('You may end it (the owner organisation) or leave it (the joint organisation itself)'),
  })
  .meta({ id: 'JointAction' });

export const EmployerDetail = EmployerSchema.extend({
  sites: z.array(EmployerSiteSchema),
  contactPersons: z.array(ContactPersonSchema),
  jointActions: z
    .array(JointActionSchema)
    .describe(
      'Organisations that serve the employer together with the owner (not shown to employer contacts)',
    ),
  relation: z.object({
    isOwner: z.boolean().describe('You work for the owner organisation'),
    isInJointAction: z.boolean().describe('You work for an organisation in a joint action'),
    pendingApproachRequestId: z
      .string()
      .nullable()
      .describe("Your organisation's pending approach request for this employer"),
  }),
  abilities: z.object({
    update: z.boolean(),
    assignOwner: z.boolean(),
    manageSites: z.boolean(),
    manageContactPersons: z.boolean(),
    readContacts: z.boolean(),
    logContact: z.boolean().describe('You may log a contact (check GET …/contact-check for a warning first)'),
    requestApproach: z.boolean(),
    decideApproach: z.boolean(),
    createJob: z.boolean(),
    requestService: z.boolean(),
  }),
}).meta({ id: 'EmployerDetail' });
export type EmployerDetailDto = z.infer<typeof EmployerDetail>;

export const EmployerQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Name or enterprise number'),
  municipalityNis: NisCode.optional(),
  ownerOrganisationId: Uuid.optional(),
  nace: z
    .string()
    .regex(/^[0-9]{1,2}(\.[0-9]{0,3})?$/)
    .optional()
    .describe('NACE code prefix: 56 (food and beverage service), 56.1, 56.10'),
  mine: BooleanQuery.optional().describe('Only employers owned by your organisations'),
  hasOwner: BooleanQuery.optional().describe('true: with an account owner; false: without one yet'),
});
export type EmployerQuery = z.infer<typeof EmployerQuery>;

const EmployerFields = {
  name: NonEmpty(200),
  naceCode: NaceCode.nullable().optional(),
  sizeClass: SizeClassSchema.nullable().optional(),
  street: OptionalText(200),
  postcode: OptionalPostcode,
  municipalityNis: NisCode.nullable().optional().describe('Default: the municipality of the postcode'),
  website: OptionalText(300),
};

export const CreateEmployerBody = z.object({
  enterpriseNumber: EnterpriseNumber,
  ...EmployerFields,
  ownerOrganisationId: Uuid.optional().describe(
    'Default: your own organisation (network admins: none unless given)',
  ),
  ownerUserId: Uuid.nullable()
    .optional()
    .describe('An account manager of the owner organisation; default: you, if you are one there'),
});
export type CreateEmployerBody = z.infer<typeof CreateEmployerBody>;

export const UpdateEmployerBody = z.object({
  version: Version,
  data: z.object({ ...EmployerFields, enterpriseNumber: EnterpriseNumber }).partial(),
});
export type UpdateEmployerBody = z.infer<typeof UpdateEmployerBody>;

export const AssignOwnerBody = z.object({
  version: Version,
  ownerOrganisationId: Uuid,
  ownerUserId: Uuid.describe('An active account manager of that organisation'),
});
export type AssignOwnerBody = z.infer<typeof AssignOwnerBody>;

const SiteFields = {
  name: NonEmpty(150),
  street: OptionalText(200),
  postcode: OptionalPostcode,
  municipalityNis: NisCode.nullable().optional().describe('Default: the municipality of the postcode'),
  isMain: z.boolean().describe("The employer's main site (one per employer; the first site is main)"),
};
export const CreateSiteBody = z.object({ ...SiteFields, isMain: SiteFields.isMain.default(false) });
export type CreateSiteBody = z.infer<typeof CreateSiteBody>;
export const UpdateSiteBody = z.object({ version: Version, data: z.object(SiteFields).partial() });
export type UpdateSiteBody = z.infer<typeof UpdateSiteBody>;

const ContactPersonFields = {
  firstName: NonEmpty(100),
  lastName: NonEmpty(100),
  jobTitle: OptionalText(150),
  email: z
    .union([z.email(), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: OptionalText(50),
  isLegalSignatory: z.boolean(),
  userId: Uuid.nullable()
    .optional()
    .describe('Link their employer_contact login (a user with that role here)'),
};
export const CreateContactPersonBody = z.object({
  ...ContactPersonFields,
  isLegalSignatory: ContactPersonFields.isLegalSignatory.default(false),
});
export type CreateContactPersonBody = z.infer<typeof CreateContactPersonBody>;
export const UpdateContactPersonBody = z.object({
  version: Version,
  data: z.object(ContactPersonFields).partial(),
});
export type UpdateContactPersonBody = z.infer<typeof UpdateContactPersonBody>;

export const VersionQuery = z.object({
  version: z.coerce.number().int().min(1).describe('The version the client last read; a stale one gets 409.'),
});
export type VersionQuery = z.infer<typeof VersionQuery>;

export const EmployerParams = z.object({ id: z.uuid() });
export const SiteParams = z.object({ id: z.uuid(), siteId: z.uuid() });
export const ContactPersonParams = z.object({ id: z.uuid(), personId: z.uuid() });
export const EmployerPage = paged(EmployerSchema);
export const SiteList = z.object({ items: z.array(EmployerSiteSchema) });
export const ContactPersonList = z.object({ items: z.array(ContactPersonSchema) });
export const ContactLoginList = z
  .object({
    items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  })
  .meta({ id: 'EmployerContactLogins' });
