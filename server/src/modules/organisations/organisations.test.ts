import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('organisations API', () => {
  const t = useTestApp();
  const networkAdmin = async () =>
    login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);

  const valid = {
    name: 'Maatwerkbedrijf Testwerk',
    kind: 'maatwerkbedrijf',
    enterpriseNumber: '0403.170.701',
    municipalityNis: '44021',
    municipalitiesServed: ['44021', '44083'],
  };

  it('should answer 401 without a session', async () => {
    expect((await call(t.app, null, 'GET', '/api/organisations')).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', '/api/organisations', valid)).statusCode).toBe(401);
  });

  it('should refuse an invalid enterprise number, naming the field in Dutch and English, and store nothing', async () => {
    const session = await networkAdmin();
    const bad = { ...valid, enterpriseNumber: '0403.170.702' };
    const nl = await call(t.app, session, 'POST', '/api/organisations', bad);
    expect(nl.statusCode).toBe(400);
    expect(nl.json().errors).toEqual([
      {
        field: 'enterpriseNumber',
        code: 'enterprise_number_checksum',
        message: 'Ondernemingsnummer is geen geldig ondernemingsnummer (10 cijfers, controlegetal mod 97).',
      },
    ]);
    const en = await call(t.app, session, 'POST', '/api/organisations', bad, { 'accept-language': 'en' });
    expect(en.json().errors[0].message).toBe(
      'Enterprise number is not a valid enterprise number (10 digits, mod 97 check digits).',
    );
    const unknownNis = await call(t.app, session, 'POST', '/api/organisations', {
      ...valid,
      municipalitiesServed: ['99999'],
    });
    expect(unknownNis.statusCode).toBe(400);
    expect(unknownNis.json().errors[0]).toMatchObject({
      field: 'municipalitiesServed',
      code: 'unknown_municipality',
    });
    const stored = await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', valid.name)
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('should let a network admin register an organisation, audited in the same transaction', async () => {
    const session = await networkAdmin();
    const res = await call(t.app, session, 'POST', '/api/organisations', valid);
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      name: valid.name,
      enterpriseNumber: '0403.170.701',
      municipality: { nisCode: '44021', name: 'Gent' },
      version: 1,
      abilities: { update: true, updateNetworkFields: true },
    });
    expect(org.municipalitiesServed.map((m: { name: string }) => m.name)).toEqual(['Deinze', 'Gent']);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', org.id)
      .execute();
    expect(audit).toEqual([{ action: 'organisation.created', actor_user_id: session.userId }]);

    const duplicate = await call(t.app, session, 'POST', '/api/organisations', { ...valid, name: 'Other' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({ field: 'enterpriseNumber', code: 'duplicate' });
  });

  it('should refuse creation by an org admin or a coach', async () => {
    for (const role of ['org_admin', 'coach'] as const) {
      const session = await login(t.app, (await createUser(t.database.db, { roles: [role] })).email);
      expect((await call(t.app, session, 'POST', '/api/organisations', valid)).statusCode).toBe(403);
    }
  });

  it("should let an org admin edit their own organisation's details but not its network fields or another one", async () => {
    const admin = await createUser(t.database.db, { roles: ['org_admin'] });
    const session = await login(t.app, admin.email);
    const own = (await call(t.app, session, 'GET', `/api/organisations/${admin.organisationId}`)).json();
    expect(own.abilities).toEqual({ update: true, updateNetworkFields: false, manageUsers: true });
    const ok = await call(t.app, session, 'PATCH', `/api/organisations/${admin.organisationId}`, {
      version: own.version,
      data: { phone: '09 123 45 67', municipalitiesServed: ['44021', '44019'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '09 123 45 67', version: own.version + 1 });
    const kind = await call(t.app, session, 'PATCH', `/api/organisations/${admin.organisationId}`, {
      version: own.version + 1,
      data: { kind: 'federation' },
    });
    expect(kind.statusCode).toBe(403);
    const other = await createOrganisation(t.database.db);
    const foreign = await call(t.app, session, 'PATCH', `/api/organisations/${other.id}`, {
      version: 1,
      data: { phone: 'x' },
    });
    expect(foreign.statusCode).toBe(403);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('entity_id', '=', admin.organisationId)
      .where('action', '=', 'organisation.updated')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({
      changes: {
        phone: { from: null, to: '09 123 45 67' },
        municipalities_served: { from: ['44021'], to: ['44019', '44021'] },
      },
    });
  });

  it('should refuse a stale version with 409 and the current record, leaving it and the audit untouched', async () => {
    const session = await networkAdmin();
    const org = await createOrganisation(t.database.db);
    const first = await call(t.app, session, 'PATCH', `/api/organisations/${org.id}`, {
      version: 1,
      data: { name: 'Nieuwe naam' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await call(t.app, session, 'PATCH', `/api/organisations/${org.id}`, {
      version: 1,
      data: { name: 'Andere naam' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { name: 'Nieuwe naam', version: 2 },
    });
    expect(stale.json().message).toContain('versie 2');
    const updates = await t.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', org.id)
      .where('action', '=', 'organisation.updated')
      .execute();
    expect(updates).toHaveLength(1);
  });

  it('should let every staff role read the directory, filtered and paged', async () => {
    const session = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    await createOrganisation(t.database.db, { name: 'Zoekbaar Atelier Brugge', kind: 'maatwerkbedrijf' });
    const res = await call(
      t.app,
      session,
      'GET',
      '/api/organisations?q=zoekbaar%20atelier&kind=maatwerkbedrijf',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((o: { name: string }) => o.name)).toEqual(['Zoekbaar Atelier Brugge']);
    expect(res.json().items[0].abilities.update).toBe(false);
    const page = await call(t.app, session, 'GET', '/api/organisations?pageSize=2&page=1');
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(2);
    const badPage = await call(t.app, session, 'GET', '/api/organisations?pageSize=0');
    expect(badPage.json().errors[0]).toMatchObject({ field: 'pageSize', code: 'too_small_number' });
  });

  it('should refuse the directory to a signed-in user without a staff role', async () => {
    const session = await login(
      t.app,
      (await createUser(t.database.db, { roles: [], organisationId: null })).email,
    );
    expect((await call(t.app, session, 'GET', '/api/organisations')).statusCode).toBe(403);
  });
});
