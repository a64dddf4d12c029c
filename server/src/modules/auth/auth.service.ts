import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { DB, Locale } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import type { AuditContext, RequestContext } from '../../lib/context';
import { randomToken, sha256 } from '../../lib/crypto';
import { AppError, ConflictError, LockedError, UnauthorizedError, ValidationError } from '../../lib/errors';
import { permissionsOf } from '../../lib/permissions';
import { recordAudit } from '../audit/audit.service';
import { authRepository } from './auth.repository';
import type { ChangePasswordBody, LoginBody, Me, UpdateProfileBody } from './auth.schemas';
import { hashPassword, passwordIssues, verifyAgainstDummy, verifyPassword } from './password';
import { createTotpSecret, totpUri, verifyTotp } from './totp';

export const SESSION_COOKIE = 'wb_session';
export const SESSION_IDLE_MINUTES = 12 * 60;
export const SESSION_ABSOLUTE_HOURS = 7 * 24;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
/** Sessions are touched at most this often, so that reads do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;
const API_TOKEN_PREFIX = 'wb_';

interface UserCore {
  id: string;
  email: string;
  display_name: string;
  organisation_id: string | null;
  locale: Locale;
  must_change_password: boolean;
}

async function buildActor(
  db: Kysely<DB>,
  user: UserCore,
  via: Actor['via'],
  ids: { sessionIdHash?: string; tokenId?: string },
): Promise<Actor> {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    locale: user.locale,
    homeOrganisationId: user.organisation_id,
    grants: await authRepository.findGrants(db, user.id),
    mustChangePassword: user.must_change_password,
    via,
    sessionIdHash: ids.sessionIdHash ?? null,
    tokenId: ids.tokenId ?? null,
  };
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  actor: Actor;
}

type LoginOutcome = { ok: true; result: LoginResult } | { ok: false; error: AppError };

/**
 * Checks email, password and (when enabled) the second factor; counts failures and locks the account for
 * LOCKOUT_MINUTES after LOCKOUT_THRESHOLD of them in a row. Every attempt is audited.
 */
export async function login(db: Kysely<DB>, ctx: AuditContext, input: LoginBody): Promise<LoginResult> {
  const outcome = await db.transaction().execute(async (trx): Promise<LoginOutcome> => {
    const user = await authRepository.findUserByEmail(trx, input.email);
    if (!user) {
      await verifyAgainstDummy(input.password);
      await recordAudit(trx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        outcome: 'failure',
        details: { email: input.email.toLowerCase(), reason: 'unknown_email' },
      });
      return { ok: false, error: new UnauthorizedError('invalid_credentials') };
    }
    const audit = (action: 'auth.login_failed' | 'auth.login', reason?: string) =>
      recordAudit(trx, ctx, {
        action,
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisation_id,
        outcome: action === 'auth.login' ? 'success' : 'failure',
        ...(action === 'auth.login' && { actorUserId: user.id }),
        details: reason ? { reason } : {},
      });

    if (user.locked_until && user.locked_until > new Date()) {
      await audit('auth.login_failed', 'locked');
      return { ok: false, error: new LockedError(user.locked_until) };
    }
    const passwordOk = await verifyPassword(user.password_hash, input.password);
    if (passwordOk && user.is_active && user.totp_enabled_at && !input.totp) {
      return { ok: false, error: new UnauthorizedError('totp_required') };
    }
    const totpOk =
      !user.totp_enabled_at ||
      (user.totp_secret !== null && (await verifyTotp(user.totp_secret, input.totp ?? '')));
    if (!passwordOk || !totpOk || !user.is_active) {
      const reason = !user.is_active ? 'inactive' : !passwordOk ? 'wrong_password' : 'wrong_totp';
      const after = await authRepository.recordFailedLogin(trx, user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES);
      await audit('auth.login_failed', reason);
      if (after.locked_until && after.locked_until > new Date() && reason !== 'inactive') {
        await recordAudit(trx, ctx, {
          action: 'auth.account_locked',
          entityType: 'user',
          entityId: user.id,
          organisationId: user.organisation_id,
          details: { minutes: LOCKOUT_MINUTES },
        });
        return { ok: false, error: new LockedError(after.locked_until) };
      }
      return {
        ok: false,
        error: new UnauthorizedError(reason === 'wrong_totp' ? 'totp_invalid' : 'invalid_credentials'),
      };
    }

    await authRepository.recordSuccessfulLogin(trx, user.id);
    const sessionToken = randomToken();
    const csrfToken = randomToken();
    const sessionIdHash = sha256(sessionToken);
    await authRepository.insertSession(trx, {
      idHash: sessionIdHash,
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_IDLE_MINUTES * 60_000),
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    });
    await audit('auth.login');
    const actor = await buildActor(trx, user, 'session', { sessionIdHash });
    return { ok: true, result: { sessionToken, csrfToken, actor } };
  });
  if (!outcome.ok) {
    throw outcome.error;
  }
  return outcome.result;
}

export async function logout(ctx: RequestContext): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (ctx.actor.sessionIdHash) {
      await authRepository.deleteSession(trx, ctx.actor.sessionIdHash);
    }
    await recordAudit(trx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId });
  });
}

/** The actor behind a session cookie, with the session's CSRF token; null when absent, expired or inactive. */
export async function authenticateSession(
  db: Kysely<DB>,
  sessionToken: string,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const idHash = sha256(sessionToken);
  const row = await authRepository.findLiveSession(db, idHash);
  if (!row) {
    return null;
  }
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await authRepository.touchSession(db, idHash, SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS);
  }
  return {
    actor: await buildActor(db, row, 'session', { sessionIdHash: idHash }),
    csrfToken: row.csrf_token,
  };
}

/** The actor behind a personal API token (`Authorization: Bearer wb_…`); null when unknown, revoked or expired. */
export async function authenticateApiToken(db: Kysely<DB>, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) {
    return null;
  }
  const row = await authRepository.findLiveApiToken(db, sha256(token));
  if (!row) {
    return null;
  }
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_AFTER_MS) {
    await authRepository.touchApiToken(db, row.token_id);
  }
  return buildActor(db, row, 'token', { tokenId: row.token_id });
}

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomToken(32)}`;
}

/** The signed-in user as the UI needs it: names of their organisations, roles, permissions, security state. */
export async function getMe(db: Kysely<DB>, actor: Actor, csrfToken: string | null): Promise<Me> {
  const orgIds = [
    ...new Set(
      [actor.homeOrganisationId, ...actor.grants.map((g) => g.organisationId)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const employerIds = [...new Set(actor.grants.map((g) => g.employerId).filter((x): x is string => !!x))];
  const [orgs, employers, security] = await Promise.all([
    authRepository.findOrganisationNames(db, orgIds),
    authRepository.findEmployerNames(db, employerIds),
    authRepository.findUserSecurity(db, actor.userId),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const employerById = new Map(employers.map((e) => [e.id, e]));
  const home = actor.homeOrganisationId ? orgById.get(actor.homeOrganisationId) : undefined;
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    locale: actor.locale,
    homeOrganisation: home ? { id: home.id, name: home.name, kind: home.kind } : null,
    roles: actor.grants.map((g) => {
      const org = g.organisationId ? orgById.get(g.organisationId) : undefined;
      const employer = g.employerId ? employerById.get(g.employerId) : undefined;
      return {
        role: g.role,
        organisation: org ? { id: org.id, name: org.name } : null,
        employer: employer ? { id: employer.id, name: employer.name } : null,
        participantId: g.participantId,
      };
    }),
    permissions: permissionsOf(actor),
    mustChangePassword: actor.mustChangePassword,
    totpEnabled: security.totp_enabled_at !== null,
    version: security.version,
    csrfToken,
  };
}

/** Changes the actor's password after checking the current one; every other session of theirs ends. */
export async function changePassword(ctx: RequestContext, input: ChangePasswordBody): Promise<void> {
  const user = await authRepository.findUserCredentials(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw ValidationError.field('currentPassword', 'wrong_password');
  }
  const issues = passwordIssues('newPassword', input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) {
    issues.push({ path: 'newPassword', code: 'password_unchanged' });
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await authRepository.updatePassword(trx, user.id, passwordHash, false);
    await authRepository.deleteSessionsOfUser(trx, user.id, ctx.actor.sessionIdHash);
    await recordAudit(trx, ctx, { action: 'auth.password_changed', entityType: 'user', entityId: user.id });
  });
}

/** Updates the actor's own name and language, refusing a stale version. */
export async function updateProfile(ctx: RequestContext, input: UpdateProfileBody) {
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set((eb) => ({
        ...(input.data.displayName !== undefined && { display_name: input.data.displayName }),
        ...(input.data.locale !== undefined && { locale: input.data.locale }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', ctx.actor.userId)
      .where('version', '=', input.version)
      .returning(['id', 'display_name', 'locale', 'version'])
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('users')
        .select(['id', 'display_name', 'locale', 'version'])
        .where('id', '=', ctx.actor.userId)
        .executeTakeFirstOrThrow();
      throw new ConflictError(input.version, {
        id: current.id,
        displayName: current.display_name,
        locale: current.locale,
        version: current.version,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { fields: Object.keys(input.data) },
    });
    return {
      id: updated.id,
      displayName: updated.display_name,
      locale: updated.locale,
      version: updated.version,
    };
  });
}

/**
 * Starts two-step verification: stores a new secret as pending (not yet required at login) and returns it with
 * a QR code. It becomes active once the user proves their app produces codes for it.
 */
export async function startTotpSetup(ctx: RequestContext) {
  const user = await authRepository.findUserCredentials(ctx.db, ctx.actor.userId);
  if (user?.totp_enabled_at) {
    throw new AppError(409, 'totp_already_enabled');
  }
  const secret = createTotpSecret();
  await authRepository.setTotp(ctx.db, ctx.actor.userId, secret, false);
  const otpauthUri = totpUri(ctx.actor.email, secret);
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, width: 200 });
  return { secret, otpauthUri, qrSvg };
}

export async function enableTotp(ctx: RequestContext, code: string): Promise<void> {
  const user = await authRepository.findUserCredentials(ctx.db, ctx.actor.userId);
  if (!user?.totp_secret || user.totp_enabled_at) {
    throw new AppError(409, user?.totp_enabled_at ? 'totp_already_enabled' : 'totp_not_pending');
  }
  if (!(await verifyTotp(user.totp_secret, code))) {
    throw ValidationError.field('code', 'totp_invalid');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await authRepository.setTotp(trx, user.id, user.totp_secret, true);
    await recordAudit(trx, ctx, { action: 'auth.totp_enabled', entityType: 'user', entityId: user.id });
  });
}

export async function disableTotp(ctx: RequestContext, password: string): Promise<void> {
  const user = await authRepository.findUserCredentials(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, password))) {
    throw ValidationError.field('password', 'wrong_password');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await authRepository.setTotp(trx, user.id, null, false);
    await recordAudit(trx, ctx, { action: 'auth.totp_disabled', entityType: 'user', entityId: user.id });
  });
}

/** Demo accounts per role, for the login page; only in demo mode. */
export async function listDemoAccounts(db: Kysely<DB>) {
  const rows = await authRepository.listDemoAccounts(db);
  const seen = new Set<string>();
  return rows
    .filter((r) => r.email.startsWith(`${r.role}@`) && !seen.has(r.role) && seen.add(r.role))
    .map((r) => ({ role: r.role, email: r.email, displayName: r.display_name }));
}
