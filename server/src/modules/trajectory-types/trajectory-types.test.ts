import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createUser } from '../../../test/factories/user.factory';

describe('trajectory types API', () => {
  const t = useTestApp();

  const body = {
    key: 'job_retention',
    nameNl: 'Jobbehoud',
    nameEn: 'Job retention',
    measure: 'regular_work',
    totalTermDays: 180,
    participatingRoles: ['coach', 'participant', 'mentor'],
    successOutcomes: ['employed_regular'],
    phases: [
      { key: 'intake', nameNl: 'Intake', nameEn: 'Intake', defaultTermDays: 30 },
      { key: 'support', nameNl: 'Begeleiding', nameEn: 'Support', defaultTermDays: 150 },
    ],
  };

  it('should list the five shipped types with their phases to staff, and refuse others', async () => {
    expect((await call(t.app, null, 'GET', '/api/trajectory-types')).statusCode).toBe(401);
    const coach = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    const res = await call(t.app, coach, 'GET', '/api/trajectory-types');
    expect(res.statusCode).toBe(200);
    const keys = res.json().items.map((i: { key: string }) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['transition', 'imw', 'reintegration', 'cmw_entry', 'ama']));
    const transition = res.json().items.find((i: { key: string }) => i.key === 'transition');
    expect(transition).toMatchObject({
      measure: 'transition',
      aftercareMonths: [1, 3, 6, 12],
      successOutcomes: ['employed_regular', 'imw'],
      abilities: { update: false },
    });
    expect(transition.phases.map((p: { key: string }) => p.key)).toEqual([
      'pre_trajectory',
      'job_matching',
      'internship',
      'aftercare',
    ]);
    const participant = await createUser(t.database.db, { roles: [] });
    const none = await login(t.app, participant.email);
    expect((await call(t.app, none, 'GET', '/api/trajectory-types')).statusCode).toBe(403);
  });

  it('should let a network admin add and edit a type with versions, naming bad fields', async () => {
    const admin = await login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);
    const coach = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    expect((await call(t.app, coach, 'POST', '/api/trajectory-types', body)).statusCode).toBe(403);
    const bad = await call(t.app, admin, 'POST', '/api/trajectory-types', {
      ...body,
      successOutcomes: ['rich'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'successOutcomes.0', code: 'invalid_option' });
    const twice = await call(t.app, admin, 'POST', '/api/trajectory-types', {
      ...body,
      phases: [body.phases[0], body.phases[0]],
    });
    expect(twice.json().errors[0]).toMatchObject({ field: 'phases.1.key', code: 'duplicate_item' });
    const noTerm = await call(t.app, admin, 'POST', '/api/trajectory-types', {
      ...body,
      totalTermDays: undefined,
    });
    expect(noTerm.json().errors[0]).toMatchObject({
      field: 'totalTermDays',
      code: 'required',
      message: 'Totale termijn (dagen) is verplicht.',
    });

    const created = await call(t.app, admin, 'POST', '/api/trajectory-types', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      key: 'job_retention',
      name: 'Jobbehoud',
      aftercareMonths: [1, 3, 6, 12],
      version: 1,
      abilities: { update: true },
    });
    expect((await call(t.app, admin, 'POST', '/api/trajectory-types', body)).statusCode).toBe(409);
    const id = created.json().id;
    const updated = await call(t.app, admin, 'PATCH', `/api/trajectory-types/${id}`, {
      version: 1,
      data: {
        aftercareMonths: [6, 1],
        phases: [{ key: 'support', nameNl: 'B', nameEn: 'S', defaultTermDays: 90 }],
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      version: 2,
      aftercareMonths: [1, 6],
      phases: [{ key: 'support' }],
    });
    const stale = await call(t.app, admin, 'PATCH', `/api/trajectory-types/${id}`, {
      version: 1,
      data: { isActive: false },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });
    expect(
      (await call(t.app, coach, 'PATCH', `/api/trajectory-types/${id}`, { version: 2, data: {} })).statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, admin, 'GET', '/api/trajectory-types/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
