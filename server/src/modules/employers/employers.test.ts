import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('employers API', () => {
  const t = useTestApp();

  it('should show the shared register to network staff', async () => {
    const employer = await createEmployer(t.database.db, { name: 'Bakkerij Van Damme' });
    const session = await login(
      t.app,
      (await createUser(t.database.db, { roles: ['account_manager'] })).email,
    );
    const list = (await call(t.app, session, 'GET', '/api/employers?q=van%20damme')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([employer.id]);
    expect((await call(t.app, session, 'GET', `/api/employers/${employer.id}`)).statusCode).toBe(200);
  });

  it('should show an employer contact their own employer and nothing else', async () => {
    const own = await createEmployer(t.database.db);
    const other = await createEmployer(t.database.db);
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: own.id }],
    });
    const session = await login(t.app, contact.email);
    const list = (await call(t.app, session, 'GET', '/api/employers')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([own.id]);
    expect((await call(t.app, session, 'GET', `/api/employers/${other.id}`)).statusCode).toBe(404);
    expect((await call(t.app, session, 'GET', '/api/participants')).statusCode).toBe(403);
    expect((await call(t.app, session, 'GET', '/api/organisations')).statusCode).toBe(403);
  });
});
