import { z } from 'zod';
import { NonEmpty, PageQuery, paged, Uuid, Version } from '../../lib/validation';
import { GrantSchema, LocaleSchema, RoleSchema } from '../auth/auth.schemas';

export const RoleGrantInput = z
  .object({
    role: RoleSchema,
    organisationId: Uuid.nullable().optional(),
    employerId: Uuid.nullable().optional(),
    participantId: Uuid.nullable().optional(),
  })
  .meta({ id: 'RoleGrantInput' });
export type RoleGrantInput = z.infer<typeof RoleGrantInput>;

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    locale: LocaleSchema,
    isActive: z.boolean(),
    lockedUntil: z.string().nullable(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    roles: z.array(GrantSchema),
    version: z.number().int(),
    createdAt: z.string(),
    abilities: z.object({ update: z.boolean(), manageRoles: z.boolean() }),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof UserSchema>;

export const UserQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  organisationId: Uuid.optional(),
  role: RoleSchema.optional(),
  isActive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  isLocked: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;

export const CreateUserBody = z.object({
  email: z.email().max(320),
  displayName: NonEmpty(200),
  organisationId: Uuid.nullable(),
  locale: LocaleSchema.default('nl-BE'),
  roles: z.array(RoleGrantInput).min(1).max(50),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  version: Version,
  data: z
    .object({
      email: z.email().max(320),
      displayName: NonEmpty(200),
      organisationId: Uuid.nullable(),
      locale: LocaleSchema,
      isActive: z.boolean(),
    })
    .partial(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const SetRolesBody = z.object({
  version: Version,
  roles: z.array(RoleGrantInput).max(50),
});
export type SetRolesBody = z.infer<typeof SetRolesBody>;

export const UserParams = z.object({ id: z.uuid() });
export const UserPage = paged(UserSchema);

export const UserWithPassword = z.object({
  user: UserSchema,
  temporaryPassword: z.string().describe('Shown once; the user must change it at first sign-in'),
});
