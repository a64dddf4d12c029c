import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('member survey API', () => {
  const t = useTestApp();

  it('should open a round for member organisations, take their figures, hide small ones and close it', async () => {
    const db = t.database.db;
    const a = await createOrganisation(db, { kind: 'coaching_organisation' });
    const b = await createOrganisation(db, { kind: 'coaching_organisation' });
    const network = await login(t.app, (await createUser(db, { roles: ['network_admin'] })).email);
    const adminA = await login(
      t.app,
      (await createUser(db, { organisationId: a.id, roles: ['org_admin'] })).email,
    );
    const adminB = await login(
      t.app,
      (await createUser(db, { organisationId: b.id, roles: ['org_admin'] })).email,
    );
    const analyst = await login(t.app, (await createUser(db, { roles: ['analyst'] })).email);

    expect((await call(t.app, adminA, 'POST', '/api/member-survey-rounds', {})).statusCode).toBe(403);
    const bad = await call(t.app, network, 'POST', '/api/member-survey-rounds', {
      title: 'Q1',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      deadline: '2026-03-01',
    });
    expect(bad.json().errors[0]).toMatchObject({ field: 'deadline', code: 'date_order' });
    const opened = await call(t.app, network, 'POST', '/api/member-survey-rounds', {
      title: 'Bevraging eerste kwartaal 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      deadline: '2026-04-20',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id;
    expect(
      opened.json().organisations.map((o: { organisation: { id: string } }) => o.organisation.id),
    ).toEqual(expect.arrayContaining([a.id, b.id]));

    const figures = {
      referralsReceived: 40,
      referralsStarted: 30,
      noStarts: 6,
      stillInIntake: 4,
      waitingList: 12,
    };
    const tooMany = await call(t.app, adminA, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, {
      ...figures,
      referralsStarted: 35,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0]).toMatchObject({ field: 'referralsStarted', code: 'too_big_number' });
    const negative = await call(t.app, adminA, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, {
      ...figures,
      waitingList: -1,
    });
    expect(negative.json().errors[0]).toMatchObject({ field: 'waitingList' });
    expect(
      (await call(t.app, adminB, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, figures))
        .statusCode,
    ).toBe(404);
    const answered = await call(
      t.app,
      adminA,
      'PUT',
      `/api/member-survey-rounds/${id}/answers/${a.id}`,
      figures,
    );
    expect(answered.statusCode, answered.body).toBe(200);
    const mine = answered.json().organisations;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'answered', figures: { ...figures, version: 1 } });
    // A second first answer, or a stale correction, is a conflict.
    expect(
      (await call(t.app, adminA, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, figures))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await call(t.app, adminA, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, {
          ...figures,
          version: 7,
        })
      ).statusCode,
    ).toBe(409);
    await call(t.app, adminB, 'PUT', `/api/member-survey-rounds/${id}/answers/${b.id}`, {
      referralsReceived: 9,
      referralsStarted: 3,
      noStarts: 2,
      stillInIntake: 4,
      waitingList: 0,
    });

    const seen = (await call(t.app, analyst, 'GET', `/api/member-survey-rounds/${id}`)).json();
    expect(seen.organisations).toEqual([]);
    const rowB = seen.table.find((r: { organisation: { id: string } }) => r.organisation.id === b.id);
    expect(rowB.figures.slice(1, 4)).toEqual([null, null, null]);
    expect(seen.totals.referralsReceived).toBeGreaterThanOrEqual(49);

    const csv = await call(t.app, analyst, 'GET', `/api/member-survey-rounds/${id}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(
      'Organisatie;Ontvangen toeleidingen;Gestart;Niet gestart;Nog in intake;Wachtlijst',
    );
    expect(csv.body).toContain('< 5');
    const audit = await db.selectFrom('audit_events').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((e) => e.action)).toContain('member_survey.exported');

    const round = (await call(t.app, network, 'GET', '/api/member-survey-rounds'))
      .json()
      .items.find((r: { id: string }) => r.id === id);
    expect(round).toMatchObject({ answered: 2, status: 'open' });
    expect(
      (
        await call(t.app, network, 'POST', `/api/member-survey-rounds/${id}/close`, {
          version: round.version + 1,
        })
      ).statusCode,
    ).toBe(409);
    const closed = await call(t.app, network, 'POST', `/api/member-survey-rounds/${id}/close`, {
      version: round.version,
    });
    expect(closed.json().status).toBe('closed');
    const late = await call(t.app, adminA, 'PUT', `/api/member-survey-rounds/${id}/answers/${a.id}`, {
      ...figures,
      version: 1,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().errors[0].code).toBe('member_survey_closed');
  });
});
