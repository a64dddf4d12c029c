import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { type Actor, hasRole, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { groupBy } from '../../lib/collections';
import type { RequestContext } from '../../lib/context';
import {
  AppError,
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { diffChanges, recordAudit } from '../audit/audit.service';
import { authRepository } from '../auth/auth.repository';
import { hashPassword, temporaryPassword } from '../auth/password';
import { canGrant, canManageUser, grantHasRightScope, ORGANISATION_ROLES, scopeOfRole } from './users.policy';
import { type GrantRecord, presentUser } from './users.presenter';
import { type UserRecord, usersRepository } from './users.repository';
import type {
  CreateUserBody,
  RoleGrantInput,
  SetRolesBody,
  UpdateUserBody,
  UserQuery,
} from './users.schemas';

const grantKey = (g: {
  role: string;
  organisationId?: string | null;
  employerId?: string | null;
  participantId?: string | null;
}) => [g.role, g.organisationId ?? '', g.employerId ?? '', g.participantId ?? ''].join('|');

const recordKey = (g: GrantRecord) =>
  grantKey({
    role: g.role,
    organisationId: g.organisation_id,
    employerId: g.employer_id,
    participantId: g.participant_id,
  });

function isVisible(actor: Actor, user: UserRecord, grants: GrantRecord[]): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  const mine = organisationIdsWith(actor, ['org_admin']);
  return (
    (!!user.organisation_id && mine.includes(user.organisation_id)) ||
    grants.some((g) => g.organisation_id && mine.includes(g.organisation_id))
  );
}

async function loadVisible(db: Kysely<DB>, actor: Actor, id: string) {
  const user = await usersRepository.findById(db, id);
  const grants = user ? await usersRepository.findGrantsWithNames(db, [id]) : [];
  if (!user || !isVisible(actor, user, grants)) {
    throw new NotFoundError();
  }
  return { user, grants };
}

async function present(db: Kysely<DB>, actor: Actor, id: string) {
  const { user, grants } = await loadVisible(db, actor, id);
  return presentUser(user, grants, actor);
}

/** Checks each grant's scope, the actor's right to grant it, and that the organisation/employer/participant exists. */
async function validateGrants(db: Kysely<DB>, actor: Actor, grants: RoleGrantInput[], path = 'roles') {
  const issues: FieldIssue[] = [];
  grants.forEach((grant, i) => {
    if (!grantHasRightScope(grant)) {
      issues.push({
        path: `${path}.${i}`,
        code: 'role_scope_mismatch',
        params: { role: grant.role, scope: scopeOfRole(grant.role) },
      });
    } else if (!canGrant(actor, grant)) {
      issues.push({ path: `${path}.${i}`, code: 'role_not_grantable', params: { role: grant.role } });
    }
  });
  if (issues.length) {
    throw new ValidationError(issues, 400);
  }
  const existing = await usersRepository.findExistingScopes(db, {
    organisations: grants.map((g) => g.organisationId).filter((x): x is string => !!x),
    employers: grants.map((g) => g.employerId).filter((x): x is string => !!x),
    participants: grants.map((g) => g.participantId).filter((x): x is string => !!x),
  });
  grants.forEach((grant, i) => {
    const id = grant.organisationId ?? grant.employerId ?? grant.participantId;
    if (id && !existing.has(id)) {
      const field = grant.organisationId
        ? 'organisationId'
        : grant.employerId
          ? 'employerId'
          : 'participantId';
      issues.push({ path: `${path}.${i}.${field}`, code: 'unknown_reference' });
    }
  });
  if (issues.length) {
    throw new ValidationError(issues, 400);
  }
}

function assertMayUseHomeOrganisation(actor: Actor, organisationId: string | null) {
  if (isNetworkAdmin(actor)) {
    return;
  }
  if (!organisationId || !hasRole(actor, 'org_admin', organisationId)) {
    throw new ValidationError([{ path: 'organisationId', code: 'unknown_reference' }]);
  }
}

async function assertEmailFree(db: Kysely<DB>, email: string, exceptId?: string) {
  const existing = await usersRepository.findIdByEmail(db, email);
  if (existing && existing.id !== exceptId) {
    throw new ValidationError([{ path: 'email', code: 'duplicate' }], 409);
  }
}

async function assertNotLastNetworkAdmin(db: Kysely<DB>, userId: string) {
  if ((await usersRepository.countActiveNetworkAdmins(db, userId)) === 0) {
    throw new AppError(409, 'last_network_admin');
  }
}

/** Users an admin may see: the whole network for network admins, their organisations' users for org admins. */
export async function findUsers(ctx: RequestContext, query: UserQuery) {
  const scope = organisationScope(ctx.actor, ['org_admin']);
  const { rows, total } = await usersRepository.findMany(ctx.db, scope, query);
  const grants = groupBy(
    await usersRepository.findGrantsWithNames(
      ctx.db,
      rows.map((r) => r.id),
    ),
    (g) => g.user_id,
  );
  return {
    items: rows.map((r) => presentUser(r, grants.get(r.id) ?? [], ctx.actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getUser(ctx: RequestContext, id: string) {
  return present(ctx.db, ctx.actor, id);
}

/** Creates an account with a temporary password (returned once) that must be changed at first sign-in. */
export async function createUser(ctx: RequestContext, input: CreateUserBody) {
  assertMayUseHomeOrganisation(ctx.actor, input.organisationId);
  await validateGrants(ctx.db, ctx.actor, input.roles);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    await assertEmailFree(trx, input.email);
    const { id } = await usersRepository.insert(trx, {
      email: input.email,
      display_name: input.displayName,
      organisation_id: input.organisationId,
      locale: input.locale,
      password_hash: passwordHash,
      must_change_password: true,
    });
    await usersRepository.insertGrants(trx, id, ctx.actor.userId, input.roles);
    await recordAudit(trx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      organisationId: input.organisationId,
      details: { email: input.email, roles: input.roles.map(grantKey) },
    });
    return { user: await present(trx, ctx.actor, id), temporaryPassword: password };
  });
}

/** Edits an account (name, email, language, home organisation, active); deactivation ends its sessions. */
export async function updateUser(ctx: RequestContext, id: string, input: UpdateUserBody) {
  const { data } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const { user } = await loadVisible(trx, ctx.actor, id);
    if (!canManageUser(ctx.actor, user)) {
      throw new ForbiddenError();
    }
    if (data.organisationId !== undefined && data.organisationId !== user.organisation_id) {
      assertMayUseHomeOrganisation(ctx.actor, data.organisationId);
    }
    if (data.isActive === false && user.is_active) {
      if (id === ctx.actor.userId) {
        throw new AppError(409, 'cannot_deactivate_self');
      }
      const isAdmin = (await authRepository.findGrants(trx, id)).some((g) => g.role === 'network_admin');
      if (isAdmin) {
        await assertNotLastNetworkAdmin(trx, id);
      }
    }
    if (data.email) {
      await assertEmailFree(trx, data.email, id);
    }
    const values = {
      ...(data.email !== undefined && { email: data.email }),
      ...(data.displayName !== undefined && { display_name: data.displayName }),
      ...(data.organisationId !== undefined && { organisation_id: data.organisationId }),
      ...(data.locale !== undefined && { locale: data.locale }),
      ...(data.isActive !== undefined && { is_active: data.isActive }),
    };
    const updated = await usersRepository.updateVersioned(trx, id, input.version, values);
    if (!updated) {
      throw new ConflictError(input.version, await present(trx, ctx.actor, id));
    }
    if (data.isActive === false) {
      await authRepository.deleteSessionsOfUser(trx, id);
    }
    await recordAudit(trx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      organisationId: user.organisation_id,
      details: {
        changes: diffChanges(user as unknown as Record<string, unknown>, values, [
          'email',
          'display_name',
          'organisation_id',
          'locale',
          'is_active',
        ]),
      },
    });
    return present(trx, ctx.actor, id);
  });
}

/**
 * Replaces the roles the actor manages for this user: all of them for a network admin, those in the actor's own
 * organisations for an org admin (roles elsewhere stay as they are).
 */
export async function setUserRoles(ctx: RequestContext, id: string, input: SetRolesBody) {
  await validateGrants(ctx.db, ctx.actor, input.roles);
  return ctx.db.transaction().execute(async (trx) => {
    const { user, grants } = await loadVisible(trx, ctx.actor, id);
    const manageable = isNetworkAdmin(ctx.actor)
      ? grants
      : grants.filter(
          (g) =>
            g.organisation_id &&
            ORGANISATION_ROLES.includes(g.role) &&
            hasRole(ctx.actor, 'org_admin', g.organisation_id),
        );
    const wanted = new Map(input.roles.map((g) => [grantKey(g), g]));
    const toRemove = manageable.filter((g) => !wanted.has(recordKey(g)));
    const existingKeys = new Set(grants.map(recordKey));
    const toAdd = [...wanted.entries()].filter(([key]) => !existingKeys.has(key)).map(([, g]) => g);
    if (toRemove.some((g) => g.role === 'network_admin') && !toAdd.some((g) => g.role === 'network_admin')) {
      const keepsOther = grants.some((g) => g.role === 'network_admin' && !toRemove.includes(g));
      if (!keepsOther) {
        await assertNotLastNetworkAdmin(trx, id);
      }
    }
    const bumped = await usersRepository.bumpVersion(trx, id, input.version);
    if (!bumped) {
      throw new ConflictError(input.version, await present(trx, ctx.actor, id));
    }
    await usersRepository.deleteGrants(
      trx,
      toRemove.map((g) => g.id),
    );
    await usersRepository.insertGrants(trx, id, ctx.actor.userId, toAdd);
    await recordAudit(trx, ctx, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: id,
      organisationId: user.organisation_id,
      details: { added: toAdd.map(grantKey), removed: toRemove.map(recordKey) },
    });
    return present(trx, ctx.actor, id);
  });
}

/** Lifts a lock-out before it expires. */
export async function unlockUser(ctx: RequestContext, id: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const { user } = await loadVisible(trx, ctx.actor, id);
    if (!canManageUser(ctx.actor, user)) {
      throw new ForbiddenError();
    }
    await trx
      .updateTable('users')
      .set((eb) => ({
        locked_until: null,
        failed_login_count: 0,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
      organisationId: user.organisation_id,
    });
    return present(trx, ctx.actor, id);
  });
}

/** Sets a new temporary password (returned once), ends the user's sessions and makes them choose a new one. */
export async function resetUserPassword(ctx: RequestContext, id: string) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    const { user } = await loadVisible(trx, ctx.actor, id);
    if (!canManageUser(ctx.actor, user)) {
      throw new ForbiddenError();
    }
    await authRepository.updatePassword(trx, id, passwordHash, true);
    await authRepository.deleteSessionsOfUser(trx, id);
    await recordAudit(trx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      organisationId: user.organisation_id,
    });
    return { user: await present(trx, ctx.actor, id), temporaryPassword: password };
  });
}
