import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('workplace adaptations API', () => {
  const t = useTestApp();
  const as = async (role: 'network_admin' | 'org_admin' | 'coach') =>
    login(t.app, (await createUser(t.database.db, { roles: [role] })).email);

  const body = {
    key: 'standing_desk_mat',
    nameNl: 'Stamat met voetsteun',
    nameEn: 'Standing mat with footrest',
    costBand: 'low',
    funders: ['employer', 'vdab_work_tools'],
    dimensions: ['standing', 'physical_stamina'],
  };

  it('should answer 401 without a session and 403 to employer contacts', async () => {
    expect((await call(t.app, null, 'GET', '/api/workplace-adaptations')).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', '/api/workplace-adaptations', body)).statusCode).toBe(401);
    const employer = await createEmployer(t.database.db);
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    const session = await login(t.app, contact.email);
    expect((await call(t.app, session, 'GET', '/api/workplace-adaptations')).statusCode).toBe(403);
  });

  it('should list the seeded Flemish catalogue with dimensions, cost bands and funders', async () => {
    const session = await as('coach');
    const list = (await call(t.app, session, 'GET', '/api/workplace-adaptations')).json();
    expect(list.items.length).toBeGreaterThanOrEqual(20);
    const keys = list.items.map((a: { key: string }) => a.key);
    for (const key of [
      'lifting_aid',
      'height_adjustable_table',
      'job_coach_on_the_floor',
      'pictogram_instructions',
      'noise_cancelling_headset',
      'adapted_schedule',
      'quiet_workspace',
      'extra_training_time',
      'colleague_buddy',
      'screen_reader',
    ]) {
      expect(keys).toContain(key);
    }
    const lifting = list.items.find((a: { key: string }) => a.key === 'lifting_aid');
    expect(lifting).toMatchObject({
      name: 'Tilhulp (vacuümheffer, hefwagen)',
      costBand: 'medium',
      funders: ['vdab_workplace_adaptation', 'employer'],
      dimensions: expect.arrayContaining([{ key: 'lifting', group: 'physical', label: 'Tillen' }]),
      closes: [],
      abilities: { update: false },
    });
  });

  it('should give the adaptations closing the asked gaps, those closing most first', async () => {
    const session = await as('coach');
    const res = await call(
      t.app,
      session,
      'GET',
      '/api/workplace-adaptations?dimensions=noise,attention,climbing',
    );
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; closes: string[] }[];
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((a) => a.closes.length > 0)).toBe(true);
    const lengths = items.map((a) => a.closes.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(items.find((a) => a.key === 'quiet_workspace')?.closes.sort()).toEqual(['attention', 'noise']);
    expect(items.find((a) => a.key === 'ramp_or_lift')?.closes).toEqual(['climbing']);
    expect(items.map((a) => a.key)).not.toContain('lifting_aid');
    const bad = await call(t.app, session, 'GET', '/api/workplace-adaptations?dimensions=noise,flying');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'dimensions.1', code: 'unknown_dimension' });
  });

  it('should let a network admin add, edit and deactivate adaptations, with versions', async () => {
    const admin = await as('network_admin');
    expect(
      (await call(t.app, await as('org_admin'), 'POST', '/api/workplace-adaptations', body)).statusCode,
    ).toBe(403);
    const unknown = await call(t.app, admin, 'POST', '/api/workplace-adaptations', {
      ...body,
      dimensions: ['standing', 'levitation'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'dimensions.1',
      code: 'unknown_dimension',
      message: 'Dimensies › 2 is geen gekende matchingdimensie: levitation.',
    });
    const badFunder = await call(t.app, admin, 'POST', '/api/workplace-adaptations', {
      ...body,
      funders: ['lottery'],
    });
    expect(badFunder.json().errors[0]).toMatchObject({ field: 'funders.0', code: 'invalid_option' });
    const created = await call(t.app, admin, 'POST', '/api/workplace-adaptations', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      key: body.key,
      version: 1,
      isActive: true,
      abilities: { update: true },
    });
    const duplicate = await call(t.app, admin, 'POST', '/api/workplace-adaptations', body);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({ field: 'key', code: 'duplicate' });

    const url = `/api/workplace-adaptations/${created.json().id}`;
    const one = await call(t.app, await as('coach'), 'GET', url, undefined, { 'accept-language': 'en' });
    expect(one.json()).toMatchObject({ name: 'Standing mat with footrest', abilities: { update: false } });
    expect(
      (await call(t.app, admin, 'GET', '/api/workplace-adaptations/00000000-0000-4000-8000-000000000077'))
        .statusCode,
    ).toBe(404);
    const off = await call(t.app, admin, 'PATCH', url, {
      version: 1,
      data: { isActive: false, costBand: 'none' },
    });
    expect(off.json()).toMatchObject({ isActive: false, costBand: 'none', version: 2 });
    const stale = await call(t.app, admin, 'PATCH', url, { version: 1, data: { nameEn: 'x' } });
    expect(stale.statusCode).toBe(409);
    const active = (await call(t.app, admin, 'GET', '/api/workplace-adaptations')).json();
    expect(active.items.map((a: { key: string }) => a.key)).not.toContain(body.key);
    const all = (await call(t.app, admin, 'GET', '/api/workplace-adaptations?includeInactive=true')).json();
    expect(all.items.map((a: { key: string }) => a.key)).toContain(body.key);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', created.json().id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'workplace_adaptation.created',
      'workplace_adaptation.updated',
    ]);
    expect(audit[1]!.details).toEqual({
      changes: { cost_band: { from: 'low', to: 'none' }, is_active: { from: true, to: false } },
    });
  });
});
