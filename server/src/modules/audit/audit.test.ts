import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { diffChanges } from './audit.service';

describe('audit API', () => {
  const t = useTestApp();

  it('should show a network admin the whole log and an org admin only what happened in their organisation', async () => {
    const orgA = await createOrganisation(t.database.db);
    const orgB = await createOrganisation(t.database.db);
    const a = await createUser(t.database.db, { organisationId: orgA.id, roles: ['coach'] });
    const b = await createUser(t.database.db, { organisationId: orgB.id, roles: ['coach'] });
    await login(t.app, a.email);
    await login(t.app, b.email);

    const adminA = await login(
      t.app,
      (await createUser(t.database.db, { organisationId: orgA.id, roles: ['org_admin'] })).email,
    );
    const seenByA = (await call(t.app, adminA, 'GET', '/api/audit?action=auth.login&limit=200')).json().items;
    const actorsA = seenByA.map((e: { actor: { id: string } }) => e.actor.id);
    expect(actorsA).toContain(a.id);
    expect(actorsA).not.toContain(b.id);
    expect(seenByA[0]).toMatchObject({
      action: 'auth.login',
      organisation: { id: orgA.id },
      outcome: 'success',
    });
    const forbiddenFilter = await call(t.app, adminA, 'GET', `/api/audit?organisationId=${orgB.id}`);
    expect(forbiddenFilter.statusCode).toBe(400);

    const network = await login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);
    const all = (await call(t.app, network, 'GET', '/api/audit?action=auth.&limit=200')).json().items;
    const actors = all.map((e: { actor: { id: string } | null }) => e.actor?.id);
    expect(actors).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('should page newest first with a cursor', async () => {
    const network = await login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);
    const first = (await call(t.app, network, 'GET', '/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (
      await call(t.app, network, 'GET', `/api/audit?limit=2&beforeId=${first.nextCursor}`)
    ).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
  });

  it('should refuse the log to coaches', async () => {
    const coach = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    expect((await call(t.app, coach, 'GET', '/api/audit')).statusCode).toBe(403);
  });
});

describe(diffChanges.name, () => {
  it('should list only the fields that changed, with before and after', () => {
    expect(diffChanges({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: null }, ['a', 'b', 'c'])).toEqual({
      b: { from: 'x', to: 'y' },
    });
  });

  it('should ignore fields the update does not touch', () => {
    expect(diffChanges({ a: 1, b: 2 }, { a: 3 }, ['a', 'b'])).toEqual({ a: { from: 1, to: 3 } });
  });
});
