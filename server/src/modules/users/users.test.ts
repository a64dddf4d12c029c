import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('users API', () => {
  const t = useTestApp();

  async function orgAdmin() {
    const admin = await createUser(t.database.db, { roles: ['org_admin'] });
    return { admin, session: await login(t.app, admin.email), organisationId: admin.organisationId! };
  }

  it('should show an org admin only the users of their organisation; others are 404', async () => {
    const { session, organisationId } = await orgAdmin();
    const colleague = await createUser(t.database.db, { roles: ['coach'], organisationId });
    const stranger = await createUser(t.database.db, { roles: ['coach'] });
    const list = await call(t.app, session, 'GET', '/api/users?pageSize=200');
    const ids = list.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(colleague.id);
    expect(ids).not.toContain(stranger.id);
    expect((await call(t.app, session, 'GET', `/api/users/${colleague.id}`)).statusCode).toBe(200);
    expect((await call(t.app, session, 'GET', `/api/users/${stranger.id}`)).statusCode).toBe(404);
    const patch = await call(t.app, session, 'PATCH', `/api/users/${stranger.id}`, {
      version: 1,
      data: { displayName: 'X' },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('should create a user with a temporary password that must be changed at first sign-in', async () => {
    const { session, organisationId } = await orgAdmin();
    const res = await call(t.app, session, 'POST', '/api/users', {
      email: 'nieuwe.coach@test.werkbrug.test',
      displayName: 'Nieuwe Coach',
      organisationId,
      roles: [{ role: 'coach', organisationId }],
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({ mustChangePassword: true, roles: [{ role: 'coach' }] });
    const first = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: temporaryPassword,
    });
    expect(first.json().mustChangePassword).toBe(true);
    const duplicate = await call(t.app, session, 'POST', '/api/users', {
      email: 'NIEUWE.coach@test.werkbrug.test',
      displayName: 'Dubbel',
      organisationId,
      roles: [{ role: 'coach', organisationId }],
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({
      field: 'email',
      code: 'duplicate',
      message: 'E-mailadres is al in gebruik.',
    });
  });

  it('should refuse roles an org admin may not grant, naming the role entry', async () => {
    const { session, organisationId } = await orgAdmin();
    const other = await createOrganisation(t.database.db);
    const base = { email: 'x1@test.werkbrug.test', displayName: 'X', organisationId };
    const networkAdmin = await call(t.app, session, 'POST', '/api/users', {
      ...base,
      roles: [
        { role: 'coach', organisationId },
        { role: 'network_admin', organisationId },
      ],
    });
    expect(networkAdmin.statusCode).toBe(400);
    expect(networkAdmin.json().errors[0]).toMatchObject({ field: 'roles.1', code: 'role_not_grantable' });
    expect(networkAdmin.json().errors[0].message).toBe(
      'Rollen › 2: u mag de rol network_admin niet toekennen in deze organisatie.',
    );
    const elsewhere = await call(t.app, session, 'POST', '/api/users', {
      ...base,
      roles: [{ role: 'coach', organisationId: other.id }],
    });
    expect(elsewhere.json().errors[0]).toMatchObject({ field: 'roles.0', code: 'role_not_grantable' });
    const wrongScope = await call(t.app, session, 'POST', '/api/users', {
      ...base,
      roles: [{ role: 'mentor', organisationId }],
    });
    expect(wrongScope.json().errors[0]).toMatchObject({ field: 'roles.0', code: 'role_scope_mismatch' });
    const foreignHome = await call(t.app, session, 'POST', '/api/users', {
      ...base,
      organisationId: other.id,
      roles: [{ role: 'coach', organisationId }],
    });
    expect(foreignHome.json().errors[0]).toMatchObject({
      field: 'organisationId',
      code: 'unknown_reference',
    });
    const users = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', base.email)
      .execute();
    expect(users).toHaveLength(0);
  });

  it('should replace roles within the org admin’s organisation only, with version checks and audit', async () => {
    const { session, organisationId } = await orgAdmin();
    const otherOrg = await createOrganisation(t.database.db);
    const user = await createUser(t.database.db, {
      organisationId,
      roles: [
        { role: 'coach', organisationId },
        { role: 'coach', organisationId: otherOrg.id },
      ],
    });
    const current = (await call(t.app, session, 'GET', `/api/users/${user.id}`)).json();
    const res = await call(t.app, session, 'PUT', `/api/users/${user.id}/roles`, {
      version: current.version,
      roles: [
        { role: 'indication_consultant', organisationId },
        { role: 'account_manager', organisationId },
      ],
    });
    expect(res.statusCode).toBe(200);
    const roles = res
      .json()
      .roles.map(
        (r: { role: string; organisation: { id: string } }) =>
          `${r.role}@${r.organisation.id === organisationId ? 'own' : 'other'}`,
      )
      .sort();
    // The coach role in the other organisation is not the org admin's to remove.
    expect(roles).toEqual(['account_manager@own', 'coach@other', 'indication_consultant@own']);
    const stale = await call(t.app, session, 'PUT', `/api/users/${user.id}/roles`, {
      version: current.version,
      roles: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.roles).toHaveLength(3);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.roles_changed')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ removed: [`coach|${organisationId}||`] });
  });

  it('should never remove or deactivate the last network admin, nor let an admin deactivate themselves', async () => {
    const fresh = await createUser(t.database.db, { roles: ['network_admin'] });
    const session = await login(t.app, fresh.email);
    const others = await t.database.db
      .selectFrom('user_roles')
      .select('user_id')
      .where('role', '=', 'network_admin')
      .where('user_id', '<>', fresh.id)
      .execute();
    // Precondition: this file's database holds no other network admin.
    expect(others).toEqual([]);
    const me = (await call(t.app, session, 'GET', `/api/users/${fresh.id}`)).json();
    const remove = await call(t.app, session, 'PUT', `/api/users/${fresh.id}/roles`, {
      version: me.version,
      roles: [],
    });
    expect(remove.statusCode).toBe(409);
    expect(remove.json().code).toBe('last_network_admin');
    const self = await call(t.app, session, 'PATCH', `/api/users/${fresh.id}`, {
      version: me.version,
      data: { isActive: false },
    });
    expect(self.json().code).toBe('cannot_deactivate_self');
  });

  it('should deactivate a user and end their sessions; reset a password and end sessions', async () => {
    const { session, organisationId } = await orgAdmin();
    const user = await createUser(t.database.db, { organisationId, roles: ['coach'] });
    const theirs = await login(t.app, user.email);
    const reset = await call(t.app, session, 'POST', `/api/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect((await call(t.app, theirs, 'GET', '/api/me')).statusCode).toBe(401);
    const again = await login(t.app, user.email, reset.json().temporaryPassword);
    const current = (await call(t.app, session, 'GET', `/api/users/${user.id}`)).json();
    const deactivate = await call(t.app, session, 'PATCH', `/api/users/${user.id}`, {
      version: current.version,
      data: { isActive: false },
    });
    expect(deactivate.statusCode).toBe(200);
    expect((await call(t.app, again, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('should validate ids and bodies with field-named errors', async () => {
    const { session } = await orgAdmin();
    const badId = await call(t.app, session, 'GET', '/api/users/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0]).toMatchObject({ field: 'id', code: 'invalid_uuid' });
    const badBody = await call(t.app, session, 'POST', '/api/users', {
      email: 'nope',
      displayName: '',
      organisationId: null,
      roles: [],
    });
    expect(badBody.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
      ['email:invalid_email', 'displayName:required', 'roles:too_few_items'],
    );
  });
});
