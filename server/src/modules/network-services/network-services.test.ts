import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = () => brusselsDate(new Date());
const daysAgo = (n: number) => addToDate(today(), { days: -n });

describe('network services API', () => {
  const t = useTestApp();

  const networkAdmin = async () =>
    login(t.app, (await createUser(t.database.db, { roles: ['network_admin'] })).email);

  async function serviceVersion(key: string) {
    const row = await t.database.db
      .selectFrom('network_services')
      .select('version')
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return row.version;
  }

  /** Employer owned by A; B offers job carving (its coach handles requests); C has nothing to do with it. */
  async function scene() {
    const a = await createOrganisation(t.database.db);
    const b = await createOrganisation(t.database.db, { name: 'Jobcarving Vlaanderen' });
    const c = await createOrganisation(t.database.db);
    const owner = await createUser(t.database.db, { organisationId: a.id, roles: ['account_manager'] });
    const handler = await createUser(t.database.db, { organisationId: b.id, roles: ['coach'] });
    const handlerAdmin = await createUser(t.database.db, { organisationId: b.id, roles: ['org_admin'] });
    const outsider = await createUser(t.database.db, { organisationId: c.id, roles: ['account_manager'] });
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: a.id, userId: owner.id },
    });
    await t.database.db
      .insertInto('network_service_providers')
      .values({ service_key: 'job_carving', organisation_id: b.id })
      .execute();
    return {
      a,
      b,
      owner,
      handlerAdmin,
      employer,
      url: `/api/employers/${employer.id}/service-requests`,
      ownerSession: await login(t.app, owner.email),
      handlerSession: await login(t.app, handler.email),
      outsiderSession: await login(t.app, outsider.email),
    };
  }

  it('should answer 401 without a session', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', '/api/network-services')).statusCode).toBe(401);
    expect((await call(t.app, null, 'GET', s.url)).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', s.url, {})).statusCode).toBe(401);
    expect(
      (await call(t.app, null, 'PUT', '/api/network-services/internship/providers', {})).statusCode,
    ).toBe(401);
  });

  it('should list the seven services of the catalogue in the reader’s language, with providers', async () => {
    const s = await scene();
    const nl = (await call(t.app, s.ownerSession, 'GET', '/api/network-services')).json();
    expect(nl.items.map((i: { key: string }) => i.key)).toEqual([
      'job_carving',
      'workplace_adaptation_advice',
      'mentor_training',
      'candidate_preselection',
      'internship',
      'wage_premium_paperwork',
      'aftercare_coaching',
    ]);
    expect(nl.items[0]).toMatchObject({
      name: 'Jobcarving en inclusief jobontwerp',
      abilities: { update: false },
    });
    expect(nl.items[0].providers).toContainEqual({ id: s.b.id, name: 'Jobcarving Vlaanderen' });
    const en = (
      await call(t.app, s.ownerSession, 'GET', '/api/network-services', undefined, {
        'accept-language': 'en',
      })
    ).json();
    expect(en.items[0].name).toBe('Job carving and inclusive job design');
    const ofB = (
      await call(t.app, s.ownerSession, 'GET', `/api/network-services?providerOrganisationId=${s.b.id}`)
    ).json();
    expect(ofB.items.map((i: { key: string }) => i.key)).toEqual(['job_carving']);
  });

  it('should let only network admins set providers and edit services, with versions', async () => {
    const s = await scene();
    const admin = await networkAdmin();
    const orgAdmin = await login(t.app, s.handlerAdmin.email);
    const version = await serviceVersion('mentor_training');
    const url = '/api/network-services/mentor_training/providers';
    expect((await call(t.app, orgAdmin, 'PUT', url, { version, organisationIds: [s.b.id] })).statusCode).toBe(
      403,
    );
    const unknown = await call(t.app, admin, 'PUT', url, {
      version,
      organisationIds: [s.b.id, '00000000-0000-4000-8000-000000000009'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'organisationIds.1', code: 'unknown_reference' });
    const set = await call(t.app, admin, 'PUT', url, { version, organisationIds: [s.a.id, s.b.id] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ version: version + 1, abilities: { update: true } });
    expect(
      set
        .json()
        .providers.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([s.a.id, s.b.id].sort());
    expect((await call(t.app, admin, 'PUT', url, { version, organisationIds: [] })).statusCode).toBe(409);
    const renamed = await call(t.app, admin, 'PATCH', '/api/network-services/mentor_training', {
      version: version + 1,
      data: { nameEn: 'Training for internal mentors' },
    });
    expect(renamed.json()).toMatchObject({ nameEn: 'Training for internal mentors', version: version + 2 });
    const badKey = await call(t.app, admin, 'PATCH', '/api/network-services/unknown_service', {
      version: 1,
      data: { isActive: false },
    });
    expect(badKey.statusCode).toBe(404);
    const empty = await call(t.app, admin, 'PATCH', '/api/network-services/mentor_training', {
      version: version + 2,
      data: { nameNl: '' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ field: 'data.nameNl', code: 'required' });
  });

  it('should register a service request with a provider, refuse bad ones, and track it to done', async () => {
    const s = await scene();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { serviceKey: 'job_carving', handlingOrganisationId: s.a.id },
        'handlingOrganisationId',
        'not_service_provider',
      ],
      [{ serviceKey: 'astrology', handlingOrganisationId: s.b.id }, 'serviceKey', 'unknown_reference'],
      [{ handlingOrganisationId: s.b.id }, 'serviceKey', 'required'],
      [
        {
          serviceKey: 'job_carving',
          handlingOrganisationId: s.b.id,
          requestedOn: addToDate(today(), { days: 3 }),
        },
        'requestedOn',
        'date_in_future',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, s.ownerSession, 'POST', s.url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const body = {
      serviceKey: 'job_carving',
      handlingOrganisationId: s.b.id,
      requestedOn: daysAgo(10),
      note: 'Functieanalyse van de keuken.',
    };
    expect((await call(t.app, s.outsiderSession, 'POST', s.url, body)).statusCode).toBe(403);
    const created = await call(t.app, s.ownerSession, 'POST', s.url, body);
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({
      status: 'requested',
      service: { key: 'job_carving', name: 'Jobcarving en inclusief jobontwerp' },
      handlingOrganisation: { id: s.b.id },
      requestedBy: { id: s.owner.id },
      requestedByOrganisation: { id: s.a.id },
      abilities: { nextStatuses: ['in_progress', 'done', 'cancelled'] },
    });
    const told = await t.database.db
      .selectFrom('notifications')
      .select('user_id')
      .where('entity_id', '=', request.id)
      .execute();
    expect(told).toEqual([{ user_id: s.handlerAdmin.id }]);

    // The handling organisation sees it in its list and moves it on.
    const handling = (
      await call(t.app, s.handlerSession, 'GET', '/api/service-requests?box=handling&status=open')
    ).json();
    expect(handling.items.map((r: { id: string }) => r.id)).toEqual([request.id]);
    const statusUrl = `/api/service-requests/${request.id}/status`;
    expect(
      (await call(t.app, s.outsiderSession, 'POST', statusUrl, { version: 1, status: 'in_progress' }))
        .statusCode,
    ).toBe(403);
    const early = await call(t.app, s.handlerSession, 'POST', statusUrl, {
      version: 1,
      status: 'in_progress',
      date: daysAgo(20),
    });
    expect(early.json().errors[0]).toMatchObject({
      field: 'date',
      code: 'date_order',
      message: 'Datum mag niet vóór Aangevraagd op liggen.',
    });
    const started = await call(t.app, s.handlerSession, 'POST', statusUrl, {
      version: 1,
      status: 'in_progress',
      date: daysAgo(5),
    });
    expect(started.json()).toMatchObject({ status: 'in_progress', startedOn: daysAgo(5), version: 2 });
    const stale = await call(t.app, s.handlerSession, 'POST', statusUrl, { version: 1, status: 'done' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { status: 'in_progress' } });
    const done = await call(t.app, s.handlerSession, 'POST', statusUrl, { version: 2, status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', doneOn: today(), abilities: { nextStatuses: [] } });
    const cancel = await call(t.app, s.ownerSession, 'POST', statusUrl, { version: 3, status: 'cancelled' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().errors[0]).toMatchObject({ code: 'invalid_transition' });
    const notice = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.owner.id)
      .where('entity_id', '=', request.id)
      .executeTakeFirst();
    expect(notice?.kind).toBe('service_request.done');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('entity_id', '=', request.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'service_request.created:success',
      'service_request.status_changed:denied',
      'service_request.status_changed:success',
      'service_request.status_changed:success',
    ]);
  });

  it('should show an employer contact their own employer’s service requests only', async () => {
    const s = await scene();
    await call(t.app, s.ownerSession, 'POST', s.url, {
      serviceKey: 'job_carving',
      handlingOrganisationId: s.b.id,
    });
    const other = await createEmployer(t.database.db);
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: s.employer.id }],
    });
    const session = await login(t.app, contact.email);
    const own = (await call(t.app, session, 'GET', s.url)).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0].abilities.nextStatuses).toEqual([]);
    expect((await call(t.app, session, 'GET', `/api/service-requests/${own.items[0].id}`)).statusCode).toBe(
      200,
    );
    expect(
      (await call(t.app, session, 'GET', `/api/employers/${other.id}/service-requests`)).statusCode,
    ).toBe(404);
    expect((await call(t.app, session, 'GET', '/api/network-services')).statusCode).toBe(403);
    expect((await call(t.app, session, 'GET', '/api/service-requests')).statusCode).toBe(403);
  });
});
