import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('GET /api/organisations/:id/account-managers', () => {
  const t = useTestApp();

  /** An organisation with two active account managers, an inactive one and a coach who is none. */
  async function desk() {
    const org = await createOrganisation(t.database.db, { kind: 'maatwerkbedrijf' });
    const wout = await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['account_manager'],
      displayName: 'Wout Werkgeverslijn',
    });
    const bo = await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['account_manager', 'coach'],
      displayName: 'Bo Bedrijvenloket',
    });
    await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['account_manager'],
      displayName: 'Ilse Inactief',
      isActive: false,
    });
    await createUser(t.database.db, { organisationId: org.id, roles: ['coach'], displayName: 'Cas Coach' });
    return { org, wout, bo };
  }

  it('should answer 401 without a session', async () => {
    const { org } = await desk();
    const res = await call(t.app, null, 'GET', `/api/organisations/${org.id}/account-managers`);
    expect(res.statusCode).toBe(401);
  });

  it('should name the field of a malformed id (400)', async () => {
    const session = await login(
      t.app,
      (await createUser(t.database.db, { roles: ['account_manager'] })).email,
    );
    const res = await call(t.app, session, 'GET', '/api/organisations/not-a-uuid/account-managers');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'id' });
  });

  it("should list another organisation's active account managers by name, for a desk that hands over an account", async () => {
    const { org, wout, bo } = await desk();
    const other = await createOrganisation(t.database.db);
    const session = await login(
      t.app,
      (await createUser(t.database.db, { organisationId: other.id, roles: ['account_manager'] })).email,
    );
    const res = await call(t.app, session, 'GET', `/api/organisations/${org.id}/account-managers`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: bo.id, name: 'Bo Bedrijvenloket', email: bo.email },
      { id: wout.id, name: 'Wout Werkgeverslijn', email: wout.email },
    ]);
  });

  it('should refuse roles outside the employer desk (403) and answer 404 for an unknown or inactive organisation', async () => {
    const { org } = await desk();
    for (const role of ['coach', 'analyst', 'indication_validator'] as const) {
      const session = await login(t.app, (await createUser(t.database.db, { roles: [role] })).email);
      const res = await call(t.app, session, 'GET', `/api/organisations/${org.id}/account-managers`);
      expect(`${role} ${res.statusCode}`).toBe(`${role} 403`);
    }
    const admin = await login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);
    const unknown = await call(
      t.app,
      admin,
      'GET',
      '/api/organisations/00000000-0000-4000-8000-000000000000/account-managers',
    );
    expect(unknown.statusCode).toBe(404);
    await t.database.db
      .updateTable('organisations')
      .set({ is_active: false })
      .where('id', '=', org.id)
      .execute();
    const inactive = await call(t.app, admin, 'GET', `/api/organisations/${org.id}/account-managers`);
    expect(inactive.statusCode).toBe(404);
  });
});
