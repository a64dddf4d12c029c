import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createContact } from '../../../test/factories/contact.factory';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';

const daysAgo = (n: number) => addToDate(brusselsDate(new Date()), { days: -n });

// Its own file, so its own database: the list must hold exactly the cases planted here.
describe('uncoordinated approaches list', () => {
  const t = useTestApp();

  it('should find exactly the employers contacted by more than one organisation in the window', async () => {
    const db = t.database.db;
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createOrganisation(db)));
    const user = async (orgId: string) =>
      (await createUser(db, { organisationId: orgId, roles: ['account_manager'] })).id;
    const [ua, ub, uc, ud] = [await user(a!.id), await user(b!.id), await user(c!.id), await user(d!.id)];
    const owned = (joint: string[] = []) =>
      createEmployer(db, { owner: { organisationId: a!.id, userId: ua }, jointOrganisationIds: joint });

    // 1. Owner A and outsider C (flagged) within 90 days: a case.
    const e1 = await owned();
    await createContact(db, {
      employerId: e1.id,
      organisationId: a!.id,
      userId: ua,
      contactedOn: daysAgo(10),
    });
    await createContact(db, {
      employerId: e1.id,
      organisationId: c!.id,
      userId: uc,
      contactedOn: daysAgo(5),
      isUncoordinated: true,
    });
    // 2. Owner A and joint B: several organisations, coordinated, still listed (with no flagged contact).
    const e2 = await owned([b!.id]);
    await createContact(db, {
      employerId: e2.id,
      organisationId: a!.id,
      userId: ua,
      contactedOn: daysAgo(20),
    });
    await createContact(db, {
      employerId: e2.id,
      organisationId: b!.id,
      userId: ub,
      contactedOn: daysAgo(3),
    });
    // 3. Only the owner, three times: not a case.
    const e3 = await owned();
    for (const n of [2, 30, 60]) {
      await createContact(db, {
        employerId: e3.id,
        organisationId: a!.id,
        userId: ua,
        contactedOn: daysAgo(n),
      });
    }
    // 4. A second organisation, but 120 days ago: outside the 90-day window.
    const e4 = await owned();
    await createContact(db, {
      employerId: e4.id,
      organisationId: d!.id,
      userId: ud,
      contactedOn: daysAgo(120),
    });
    await createContact(db, {
      employerId: e4.id,
      organisationId: a!.id,
      userId: ua,
      contactedOn: daysAgo(8),
    });
    // 5. An employer without owner, C and D on the same day: a case.
    const e5 = await createEmployer(db);
    await createContact(db, {
      employerId: e5.id,
      organisationId: c!.id,
      userId: uc,
      contactedOn: daysAgo(1),
    });
    await createContact(db, {
      employerId: e5.id,
      organisationId: d!.id,
      userId: ud,
      contactedOn: daysAgo(1),
    });

    const session = await login(t.app, (await createUser(db, { roles: ['coach'] })).email);
    const res = await call(t.app, session, 'GET', '/api/employers/uncoordinated-approaches');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(list).toMatchObject({ days: 90, from: daysAgo(90), total: 3 });
    expect(list.items.map((i: { employer: { id: string } }) => i.employer.id)).toEqual([e5.id, e2.id, e1.id]);
    const first = list.items.find((i: { employer: { id: string } }) => i.employer.id === e1.id);
    expect(first).toEqual({
      employer: { id: e1.id, name: e1.name },
      owner: { id: a!.id, name: a!.name },
      organisationCount: 2,
      contactCount: 2,
      uncoordinatedCount: 1,
      firstContactOn: daysAgo(10),
      lastContactOn: daysAgo(5),
      organisations: [
        {
          organisation: { id: a!.id, name: a!.name },
          coordination: 'owner',
          contacts: [expect.objectContaining({ contactedOn: daysAgo(10), isUncoordinated: false })],
        },
        {
          organisation: { id: c!.id, name: c!.name },
          coordination: 'uncoordinated',
          contacts: [
            expect.objectContaining({
              contactedOn: daysAgo(5),
              isUncoordinated: true,
              user: expect.objectContaining({ id: uc }),
            }),
          ],
        },
      ],
    });
    const second = list.items.find((i: { employer: { id: string } }) => i.employer.id === e2.id);
    expect(second).toMatchObject({ uncoordinatedCount: 0 });
    expect(second.organisations.map((o: { coordination: string }) => o.coordination)).toEqual([
      'owner',
      'joint',
    ]);

    // A longer window brings in the fourth; a filter on an organisation keeps its cases only.
    const longer = (
      await call(t.app, session, 'GET', '/api/employers/uncoordinated-approaches?days=150')
    ).json();
    expect(longer.items.map((i: { employer: { id: string } }) => i.employer.id)).toEqual([
      e5.id,
      e2.id,
      e1.id,
      e4.id,
    ]);
    const ofC = (
      await call(t.app, session, 'GET', `/api/employers/uncoordinated-approaches?organisationId=${c!.id}`)
    ).json();
    expect(ofC.items.map((i: { employer: { id: string } }) => i.employer.id)).toEqual([e5.id, e1.id]);
    const paged = (
      await call(t.app, session, 'GET', '/api/employers/uncoordinated-approaches?pageSize=1&page=2')
    ).json();
    expect(paged).toMatchObject({ total: 3, items: [{ employer: { id: e2.id } }] });

    const bad = await call(t.app, session, 'GET', '/api/employers/uncoordinated-approaches?days=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'days', code: 'too_small_number' });
    const contactLogin = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: e1.id }],
    });
    const contactSession = await login(t.app, contactLogin.email);
    expect(
      (await call(t.app, contactSession, 'GET', '/api/employers/uncoordinated-approaches')).statusCode,
    ).toBe(403);
  });
});
