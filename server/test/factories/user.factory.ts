import { faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../src/db/schema';
import { hashPassword } from '../../src/modules/auth/password';
import { createOrganisation } from './organisation.factory';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;

export interface UserGrant {
  role: Role;
  organisationId?: string;
  employerId?: string;
  participantId?: string;
}

export interface CreatedUser {
  id: string;
  email: string;
  organisationId: string | null;
}

/**
 * A user with the given roles. Without a home organisation one is created, and organisation roles without an
 * organisation are held there, so tests share nothing by default.
 */
export async function createUser(
  db: Kysely<DB>,
  options: {
    roles?: UserGrant[] | Role[];
    organisationId?: string | null;
    email?: string;
    displayName?: string;
    isActive?: boolean;
    totpSecret?: string;
  } = {},
): Promise<CreatedUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId =
    options.organisationId === undefined ? (await createOrganisation(db)).id : options.organisationId;
  const email = options.email ?? `${faker.string.alphanumeric(10).toLowerCase()}@test.werkbrug.test`;
  const user = await db
    .insertInto('users')
    .values({
      email,
      display_name: options.displayName ?? faker.person.fullName(),
      organisation_id: organisationId,
      password_hash: await passwordHash,
      is_active: options.isActive ?? true,
      totp_secret: options.totpSecret ?? null,
      totp_enabled_at: options.totpSecret ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const grants = (options.roles ?? []).map((g) => (typeof g === 'string' ? { role: g } : g));
  if (grants.length) {
    await db
      .insertInto('user_roles')
      .values(
        grants.map((g) => {
          const scoped = g.employerId || g.participantId;
          return {
            user_id: user.id,
            role: g.role,
            organisation_id: scoped ? null : (g.organisationId ?? organisationId),
            employer_id: g.employerId ?? null,
            participant_id: g.participantId ?? null,
          };
        }),
      )
      .execute();
  }
  return { id: user.id, email, organisationId };
}
