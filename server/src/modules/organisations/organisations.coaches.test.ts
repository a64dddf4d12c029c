import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('GET /api/organisations/:id/coaches', () => {
  const t = useTestApp();

  /** A receiving organisation with two active coaches, an inactive coach and an admin who is no coach. */
  async function receiver() {
    const org = await createOrganisation(t.database.db, { kind: 'maatwerkbedrijf' });
    const zoe = await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['coach'],
      displayName: 'Zoë Zeebrugge',
    });
    const anna = await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['coach', 'org_admin'],
      displayName: 'Anna Aalter',
    });
    await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['coach'],
      displayName: 'Ina Inactief',
      isActive: false,
    });
    await createUser(t.database.db, {
      organisationId: org.id,
      roles: ['org_admin'],
      displayName: 'Bart Beheer',
    });
    return { org, zoe, anna };
  }

  it('should answer 401 without a session', async () => {
    const { org } = await receiver();
    expect((await call(t.app, null, 'GET', `/api/organisations/${org.id}/coaches`)).statusCode).toBe(401);
  });

  it('should name the field of a malformed id (400)', async () => {
    const session = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    const res = await call(t.app, session, 'GET', '/api/organisations/not-a-uuid/coaches');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'id' });
  });

  it('should list the active coaches of another organisation by name, for a coach who hands a participant over', async () => {
    const { org, zoe, anna } = await receiver();
    const session = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    const res = await call(t.app, session, 'GET', `/api/organisations/${org.id}/coaches`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: anna.id, name: 'Anna Aalter' },
      { id: zoe.id, name: 'Zoë Zeebrugge' },
    ]);
  });

  it('should refuse roles that assign no coaches (403) and answer 404 for an unknown or inactive organisation', async () => {
    const { org } = await receiver();
    for (const role of ['analyst', 'account_manager', 'indication_validator'] as const) {
      const session = await login(t.app, (await createUser(t.database.db, { roles: [role] })).email);
      const res = await call(t.app, session, 'GET', `/api/organisations/${org.id}/coaches`);
      expect(`${role} ${res.statusCode}`).toBe(`${role} 403`);
    }
    const coach = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    const unknown = await call(
      t.app,
      coach,
      'GET',
      '/api/organisations/00000000-0000-4000-8000-000000000000/coaches',
    );
    expect(unknown.statusCode).toBe(404);
    await t.database.db
      .updateTable('organisations')
      .set({ is_active: false })
      .where('id', '=', org.id)
      .execute();
    expect((await call(t.app, coach, 'GET', `/api/organisations/${org.id}/coaches`)).statusCode).toBe(404);
  });
});
