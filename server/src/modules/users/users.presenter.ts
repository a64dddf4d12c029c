import type { Actor } from '../../lib/actor';
import { canManageRolesOf, canManageUser } from './users.policy';
import type { UserRecord } from './users.repository';
import type { UserDto } from './users.schemas';

export interface GrantRecord {
  id: string;
  user_id: string;
  role: UserDto['roles'][number]['role'];
  organisation_id: string | null;
  organisation_name: string | null;
  employer_id: string | null;
  employer_name: string | null;
  participant_id: string | null;
}

export function presentUser(row: UserRecord, grants: GrantRecord[], actor: Actor): UserDto {
  const grantScopes = grants.map((g) => ({ organisationId: g.organisation_id }));
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
    locale: row.locale,
    isActive: row.is_active,
    lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
    totpEnabled: row.totp_enabled_at !== null,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    roles: grants.map((g) => ({
      role: g.role,
      organisation: g.organisation_id ? { id: g.organisation_id, name: g.organisation_name ?? '' } : null,
      employer: g.employer_id ? { id: g.employer_id, name: g.employer_name ?? '' } : null,
      participantId: g.participant_id,
    })),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    abilities: {
      update: canManageUser(actor, row),
      manageRoles: canManageRolesOf(actor, row, grantScopes),
    },
  };
}
