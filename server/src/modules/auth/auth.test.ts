import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createUser, TEST_PASSWORD } from '../../../test/factories/user.factory';
import { LOCKOUT_THRESHOLD } from './auth.service';

describe('auth', () => {
  const t = useTestApp();

  const auditActions = async (userId: string) =>
    (
      await t.database.db
        .selectFrom('audit_events')
        .select(['action', 'outcome'])
        .where('entity_id', '=', userId)
        .orderBy('id')
        .execute()
    ).map((r) => `${r.action}:${r.outcome}`);

  it('should sign in, return the CSRF token and user, and set an httpOnly SameSite cookie', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const res = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.email).toBe(user.email);
    expect(body.roles.map((r: { role: string }) => r.role)).toEqual(['coach']);
    expect(body.permissions).toContain('participant.read');
    const cookie = res.cookies.find((c) => c.name === 'wb_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(await auditActions(user.id)).toContain('auth.login:success');
  });

  it('should answer 401 with a translated message for a wrong password or unknown email, alike', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const wrong = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: 'not-the-password',
    });
    const unknown = await call(t.app, null, 'POST', '/api/auth/login', {
      email: 'nobody@nowhere.test',
      password: 'x',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      code: 'invalid_credentials',
      message: 'E-mailadres of wachtwoord is onjuist.',
    });
    expect(unknown.json().message).toBe(wrong.json().message);
    const en = await call(
      t.app,
      null,
      'POST',
      '/api/auth/login',
      { email: user.email, password: 'x' },
      { 'accept-language': 'en' },
    );
    expect(en.json().message).toBe('Email address or password is wrong.');
  });

  it('should name the missing field when the body is incomplete', async () => {
    const res = await call(t.app, null, 'POST', '/api/auth/login', { email: 'a@b.be' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'password', code: 'required', message: 'Wachtwoord is verplicht.' },
    ]);
  });

  it('should refuse malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_json');
  });

  it(`should lock the account after ${LOCKOUT_THRESHOLD} failures, even for the right password, until an admin unlocks it`, async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) {
      const res = await call(t.app, null, 'POST', '/api/auth/login', {
        email: user.email,
        password: `wrong-${i}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locking = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: 'wrong-last',
    });
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('account_locked');
    const right = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(right.statusCode).toBe(423);
    expect(await auditActions(user.id)).toContain('auth.account_locked:success');

    const admin = await createUser(t.database.db, {
      roles: ['org_admin'],
      organisationId: user.organisationId,
    });
    const session = await login(t.app, admin.email);
    const unlock = await call(t.app, session, 'POST', `/api/users/${user.id}/unlock`);
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().lockedUntil).toBeNull();
    const after = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(after.statusCode).toBe(200);
  });

  it('should refuse an inactive account', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'], isActive: false });
    const res = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(401);
  });

  it('should answer 401 without a session and end the session at logout', async () => {
    expect((await call(t.app, null, 'GET', '/api/me')).statusCode).toBe(401);
    const user = await createUser(t.database.db, { roles: ['analyst'] });
    const session = await login(t.app, user.email);
    const me = await call(t.app, session, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(session.csrfToken);
    expect((await call(t.app, session, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await call(t.app, session, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('should refuse a state-changing request on a cookie session without the right CSRF token', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const session = await login(t.app, user.email);
    const missing = await call(t.app, { ...session, csrfToken: '' }, 'POST', '/api/auth/logout');
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_invalid');
    const forged = await call(
      t.app,
      { ...session, csrfToken: 'forged-token-value' },
      'POST',
      '/api/auth/logout',
    );
    expect(forged.statusCode).toBe(403);
    // Reads need no token.
    expect((await call(t.app, { ...session, csrfToken: '' }, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('should change the password, ending other sessions, and check the current one and the rules', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const a = await login(t.app, user.email);
    const b = await login(t.app, user.email);
    const wrong = await call(t.app, a, 'POST', '/api/me/password', {
      currentPassword: 'nope',
      newPassword: 'a-long-new-password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'currentPassword', code: 'wrong_password' });
    const short = await call(t.app, a, 'POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.json().errors[0]).toMatchObject({ field: 'newPassword', code: 'password_too_short' });
    expect(short.json().errors[0].message).toBe('Nieuw wachtwoord moet minstens 12 tekens lang zijn.');
    const ok = await call(t.app, a, 'POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-long-new-password',
    });
    expect(ok.statusCode).toBe(200);
    expect((await call(t.app, a, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await call(t.app, b, 'GET', '/api/me')).statusCode).toBe(401);
    expect(
      (
        await call(t.app, null, 'POST', '/api/auth/login', {
          email: user.email,
          password: 'a-long-new-password',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('should set up two-step verification and then require the code at sign-in', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const session = await login(t.app, user.email);
    const setup = await call(t.app, session, 'POST', '/api/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = setup.json();
    expect(otpauthUri).toContain('otpauth://totp/');
    expect(qrSvg).toContain('<svg');
    // Pending only: sign-in still works without a code.
    expect(
      (await call(t.app, null, 'POST', '/api/auth/login', { email: user.email, password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const bad = await call(t.app, session, 'POST', '/api/me/totp/enable', { code: '000000' });
    expect(bad.statusCode).toBe(400);
    const enable = await call(t.app, session, 'POST', '/api/me/totp/enable', {
      code: await generate({ secret }),
    });
    expect(enable.statusCode).toBe(200);

    const noCode = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('totp_required');
    const wrongCode = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
      totp: '123456',
    });
    expect(wrongCode.json().code).toBe('totp_invalid');
    const withCode = await call(t.app, null, 'POST', '/api/auth/login', {
      email: user.email,
      password: TEST_PASSWORD,
      totp: await generate({ secret }),
    });
    expect(withCode.statusCode).toBe(200);
    expect(withCode.json().totpEnabled).toBe(true);
    expect(await auditActions(user.id)).toContain('auth.totp_enabled:success');
  });

  it('should change name and language with a version, and refuse a stale version with 409 and the current state', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const session = await login(t.app, user.email);
    const me = (await call(t.app, session, 'GET', '/api/me')).json();
    const first = await call(t.app, session, 'PATCH', '/api/me', {
      version: me.version,
      data: { locale: 'en' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await call(t.app, session, 'PATCH', '/api/me', {
      version: me.version,
      data: { displayName: 'Other' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { locale: 'en', version: me.version + 1 },
    });
    // Without Accept-Language the account's language is used.
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/organisations/not-a-uuid',
      headers: { cookie: session.cookie },
    });
    expect(res.json().message).toMatch(/^The input is not valid/);
  });

  it('should list demo accounts only in demo mode', async () => {
    const res = await call(t.app, null, 'GET', '/api/auth/demo-accounts');
    expect(res.json()).toEqual({ enabled: false, password: null, accounts: [] });
  });
});

describe('personal API tokens', () => {
  const t = useTestApp();

  it('should create a token shown once, authenticate with it without CSRF, and stop after revocation', async () => {
    const user = await createUser(t.database.db, { roles: ['coach'] });
    const session = await login(t.app, user.email);
    const created = await call(t.app, session, 'POST', '/api/me/tokens', {
      name: 'Rapportering',
      expiresInDays: 30,
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token.startsWith(prefix)).toBe(true);
    const list = await call(t.app, session, 'GET', '/api/me/tokens');
    expect(JSON.stringify(list.json())).not.toContain(token);
    const stored = await t.database.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBeNull();
    // A token may act with the user's rights, without a CSRF token…
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: bearer,
      payload: { version: me.json().version, data: { locale: 'en' } },
    });
    expect(patched.statusCode).toBe(200);
    // …but never beyond them, and it cannot mint more tokens.
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/me/tokens', headers: bearer, payload: { name: 'x' } }))
        .statusCode,
    ).toBe(403);

    expect((await call(t.app, session, 'DELETE', `/api/me/tokens/${id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it("should not let a user revoke someone else's token", async () => {
    const owner = await createUser(t.database.db, { roles: ['coach'] });
    const other = await createUser(t.database.db, { roles: ['coach'] });
    const created = (
      await call(t.app, await login(t.app, owner.email), 'POST', '/api/me/tokens', { name: 'a' })
    ).json();
    const res = await call(t.app, await login(t.app, other.email), 'DELETE', `/api/me/tokens/${created.id}`);
    expect(res.statusCode).toBe(404);
  });
});
