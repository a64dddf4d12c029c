import { z } from 'zod';
import { LOCALES, ROLES } from '../../db/schema';
import { PASSWORD_MAX_LENGTH } from './password';

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });
export const LocaleSchema = z.enum(LOCALES);

export const LoginBody = z
  .object({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    totp: z
      .string()
      .trim()
      .max(10)
      .optional()
      .describe('Six-digit code, for accounts with two-step verification'),
  })
  .meta({ id: 'LoginRequest' });
export type LoginBody = z.infer<typeof LoginBody>;

const NamedRef = z.object({ id: z.string(), name: z.string() });

export const GrantSchema = z.object({
  role: RoleSchema,
  organisation: NamedRef.nullable(),
  employer: NamedRef.nullable(),
  participantId: z.string().nullable(),
});

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: LocaleSchema,
    homeOrganisation: NamedRef.extend({ kind: z.string() }).nullable(),
    roles: z.array(GrantSchema),
    permissions: z.array(z.string()).describe('What the UI may offer; the server checks every call anyway'),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    version: z.number().int().describe('Send with PATCH /api/me'),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as x-csrf-token on state-changing requests (cookie sessions)'),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const UpdateProfileBody = z.object({
  version: z.number().int().min(1),
  data: z.object({
    displayName: z.string().trim().min(1).max(200).optional(),
    locale: LocaleSchema.optional(),
  }),
});
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const TotpSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string().describe('QR code of the otpauth URI, as an SVG document'),
});

export const TotpCodeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/),
});
export const TotpDisableBody = z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });

export const DemoAccountsResponse = z.object({
  enabled: z.boolean(),
  password: z.string().nullable(),
  accounts: z.array(z.object({ role: RoleSchema, email: z.string(), displayName: z.string() })),
});

export const OkResponse = z.object({ ok: z.literal(true) });
