import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = () => brusselsDate(new Date());
const inDays = (n: number) => addToDate(today(), { days: n });

describe('recognitions API', () => {
  const t = useTestApp();

  /** Organisation A with its admin and two coaches; B with its admin; a network admin. */
  async function scene() {
    const db = t.database.db;
    const a = await createOrganisation(db, { name: 'Jobcoaching Aalst' });
    const b = await createOrganisation(db);
    const adminA = await createUser(db, { organisationId: a.id, roles: ['org_admin'] });
    const coach = await createUser(db, { organisationId: a.id, roles: ['coach'], displayName: 'Koen Coach' });
    const colleague = await createUser(db, { organisationId: a.id, roles: ['coach'] });
    const adminB = await createUser(db, { organisationId: b.id, roles: ['org_admin'] });
    const network = await createUser(db, { roles: ['network_admin'] });
    return {
      a,
      b,
      coach,
      colleague,
      adminA: await login(t.app, adminA.email),
      adminB: await login(t.app, adminB.email),
      coachSession: await login(t.app, coach.email),
      colleagueSession: await login(t.app, colleague.email),
      network: await login(t.app, network.email),
    };
  }

  const organisationRecognition = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    subjectKind: 'organisation',
    organisationId,
    scheme: 'Erkenning begeleidingsorganisatie maatwerk',
    authority: 'Departement Werk en Sociale Economie',
    referenceNumber: `WSE/${Math.random().toString(36).slice(2, 8)}`,
    validFrom: inDays(-700),
    validUntil: inDays(45),
    documentReference: 'MB 2024/117',
    ...extra,
  });

  it('should answer 401 without a session', async () => {
    expect((await call(t.app, null, 'GET', '/api/recognitions')).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', '/api/recognitions', {})).statusCode).toBe(401);
  });

  it('should register an organisation’s recognition and show it as expiring, with the horizon', async () => {
    const s = await scene();
    const res = await call(t.app, s.adminA, 'POST', '/api/recognitions', organisationRecognition(s.a.id));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      subjectKind: 'organisation',
      organisation: { id: s.a.id, name: 'Jobcoaching Aalst' },
      coach: null,
      status: 'expiring',
      daysLeft: 45,
      renewedBy: null,
      version: 1,
      abilities: { update: true, withdraw: true },
    });
    const list = (await call(t.app, s.adminA, 'GET', '/api/recognitions?status=expiring')).json();
    expect(list.expiringWithinDays).toBe(90);
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([res.json().id]);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_organisation_id', 'outcome'])
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit).toEqual([
      { action: 'recognition.created', actor_organisation_id: s.a.id, outcome: 'success' },
    ]);
  });

  it('should refuse bad input with field-named messages', async () => {
    const s = await scene();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...organisationRecognition(s.a.id), scheme: '' }, 'scheme', 'required'],
      [{ ...organisationRecognition(s.a.id), validFrom: '2026-13-01' }, 'validFrom', 'invalid_date'],
      [
        { ...organisationRecognition(s.a.id), validFrom: inDays(10), validUntil: inDays(5) },
        'validUntil',
        'date_order',
      ],
      [{ ...organisationRecognition(s.a.id), subjectKind: 'coach' }, 'coachUserId', 'required'],
      [
        { ...organisationRecognition(s.a.id), coachUserId: s.coach.id },
        'coachUserId',
        'recognition_coach_not_expected',
      ],
      [
        { ...organisationRecognition('00000000-0000-4000-8000-000000000009') },
        'organisationId',
        'unknown_reference',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, s.adminA, 'POST', '/api/recognitions', body);
      expect(res.statusCode, `${field} ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const dutch = await call(t.app, s.adminA, 'POST', '/api/recognitions', {
      ...organisationRecognition(s.a.id),
      referenceNumber: '',
    });
    expect(dutch.json().errors[0].message).toBe('Referentienummer is verplicht.');
    const notCoach = await call(t.app, s.adminA, 'POST', '/api/recognitions', {
      ...organisationRecognition(s.a.id),
      subjectKind: 'coach',
      coachUserId: (await createUser(t.database.db, { roles: ['coach'] })).id,
    });
    expect(notCoach.json().errors[0]).toMatchObject({ field: 'coachUserId', code: 'not_a_coach' });
  });

  it('should refuse the same decision twice (409 on the reference number)', async () => {
    const s = await scene();
    const body = organisationRecognition(s.a.id);
    expect((await call(t.app, s.adminA, 'POST', '/api/recognitions', body)).statusCode).toBe(201);
    const again = await call(t.app, s.network, 'POST', '/api/recognitions', {
      ...body,
      referenceNumber: body.referenceNumber.toLowerCase(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: 'referenceNumber', code: 'recognition_duplicate' });
  });

  it('should let org admins manage only their own organisation’s, and coaches read their own', async () => {
    const s = await scene();
    const refused = await call(t.app, s.adminB, 'POST', '/api/recognitions', organisationRecognition(s.a.id));
    expect(refused.statusCode).toBe(403);
    const coachRecognition = await call(t.app, s.adminA, 'POST', '/api/recognitions', {
      ...organisationRecognition(s.a.id),
      subjectKind: 'coach',
      coachUserId: s.coach.id,
      scheme: 'Jobcoach-attest',
      authority: 'VDAB',
      validUntil: inDays(400),
    });
    expect(coachRecognition.statusCode, coachRecognition.body).toBe(201);
    expect(coachRecognition.json()).toMatchObject({
      coach: { id: s.coach.id, name: 'Koen Coach' },
      status: 'active',
    });
    const id = coachRecognition.json().id;
    const orgWide = (
      await call(t.app, s.adminA, 'POST', '/api/recognitions', organisationRecognition(s.a.id))
    ).json();

    // The coach reads it (without abilities) and the organisation's own; a colleague reads only the latter.
    const own = await call(t.app, s.coachSession, 'GET', `/api/recognitions/${id}`);
    expect(own.json()).toMatchObject({ abilities: { update: false, withdraw: false } });
    const coachList = (await call(t.app, s.coachSession, 'GET', '/api/recognitions')).json();
    expect(coachList.items.map((r: { id: string }) => r.id).sort()).toEqual([id, orgWide.id].sort());
    expect((await call(t.app, s.colleagueSession, 'GET', `/api/recognitions/${id}`)).statusCode).toBe(404);
    const colleagueList = (await call(t.app, s.colleagueSession, 'GET', '/api/recognitions')).json();
    expect(colleagueList.items.map((r: { id: string }) => r.id)).toEqual([orgWide.id]);
    // Another organisation's admin does not see it at all; a coach may not change it.
    expect((await call(t.app, s.adminB, 'GET', `/api/recognitions/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, s.adminB, 'GET', '/api/recognitions')).json().total).toBe(0);
    const byCoach = await call(t.app, s.coachSession, 'PATCH', `/api/recognitions/${id}`, {
      version: 1,
      data: { note: 'x' },
    });
    expect(byCoach.statusCode).toBe(403);
    const byOther = await call(t.app, s.adminB, 'PATCH', `/api/recognitions/${id}`, {
      version: 1,
      data: { note: 'x' },
    });
    expect(byOther.statusCode).toBe(404);
    // An admin of B who also coaches at A reads A's organisation-level recognition, but may not change it.
    const both = await createUser(t.database.db, {
      organisationId: s.b.id,
      roles: [{ role: 'org_admin' }, { role: 'coach', organisationId: s.a.id }],
    });
    const bothSession = await login(t.app, both.email);
    expect((await call(t.app, bothSession, 'GET', `/api/recognitions/${orgWide.id}`)).statusCode).toBe(200);
    const notManager = await call(t.app, bothSession, 'PATCH', `/api/recognitions/${orgWide.id}`, {
      version: 1,
      data: { note: 'x' },
    });
    expect(notManager.statusCode).toBe(403);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', 'in', [id, orgWide.id])
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.action).sort()).toEqual([
      'recognition.read',
      'recognition.read',
      'recognition.read',
      'recognition.updated',
    ]);
    // The network admin sees every organisation's.
    const all = (await call(t.app, s.network, 'GET', `/api/recognitions?organisationId=${s.a.id}`)).json();
    expect(all.total).toBe(2);
  });

  it('should extend a recognition with its version, refuse a stale one (409) and withdraw it', async () => {
    const s = await scene();
    const created = (
      await call(t.app, s.adminA, 'POST', '/api/recognitions', organisationRecognition(s.a.id))
    ).json();
    const url = `/api/recognitions/${created.id}`;
    const extended = await call(t.app, s.adminA, 'PATCH', url, {
      version: 1,
      data: { validUntil: inDays(1000) },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({ version: 2, status: 'active', daysLeft: 1000 });
    const stale = await call(t.app, s.adminA, 'PATCH', url, { version: 1, data: { note: 'oud' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
    const badOrder = await call(t.app, s.adminA, 'PATCH', url, {
      version: 2,
      data: { validUntil: inDays(-800) },
    });
    expect(badOrder.json().errors[0]).toMatchObject({ field: 'validUntil', code: 'date_order' });
    const future = await call(t.app, s.adminA, 'POST', `${url}/withdraw`, {
      version: 2,
      withdrawnOn: inDays(3),
      reason: 'Erkenning ingetrokken na inspectie',
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'withdrawnOn', code: 'date_in_future' });
    const missing = await call(t.app, s.adminA, 'POST', `${url}/withdraw`, { version: 2 });
    expect(missing.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const withdrawn = await call(t.app, s.adminA, 'POST', `${url}/withdraw`, {
      version: 2,
      reason: 'Erkenning ingetrokken na inspectie',
    });
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: today(),
      version: 3,
      abilities: { update: false, withdraw: false },
    });
    // A withdrawn recognition no longer changes.
    expect((await call(t.app, s.adminA, 'PATCH', url, { version: 3, data: { note: 'x' } })).statusCode).toBe(
      409,
    );
  });

  it('should show a renewal that follows on, and filter by "ends within N days"', async () => {
    const s = await scene();
    const old = (
      await call(
        t.app,
        s.adminA,
        'POST',
        '/api/recognitions',
        organisationRecognition(s.a.id, { validUntil: inDays(20) }),
      )
    ).json();
    const soon = (
      await call(
        t.app,
        s.adminA,
        'POST',
        '/api/recognitions',
        organisationRecognition(s.a.id, { scheme: 'Kwaliteitslabel', validUntil: inDays(60) }),
      )
    ).json();
    const renewal = (
      await call(
        t.app,
        s.adminA,
        'POST',
        '/api/recognitions',
        organisationRecognition(s.a.id, { validFrom: inDays(21), validUntil: inDays(21 + 5 * 365) }),
      )
    ).json();
    expect(renewal.status).toBe('upcoming');
    const reread = (await call(t.app, s.adminA, 'GET', `/api/recognitions/${old.id}`)).json();
    expect(reread.renewedBy).toEqual({ id: renewal.id, validFrom: inDays(21) });
    const within30 = (await call(t.app, s.adminA, 'GET', '/api/recognitions?expiringWithinDays=30')).json();
    expect(within30.items.map((r: { id: string }) => r.id)).toEqual([old.id]);
    const within90 = (await call(t.app, s.adminA, 'GET', '/api/recognitions?expiringWithinDays=90')).json();
    expect(within90.items.map((r: { id: string }) => r.id)).toEqual([old.id, soon.id]);
    const bad = await call(t.app, s.adminA, 'GET', '/api/recognitions?expiringWithinDays=-1');
    expect(bad.json().errors[0]).toMatchObject({ field: 'expiringWithinDays', code: 'too_small_number' });
    const schemes = (await call(t.app, s.adminA, 'GET', '/api/recognitions/schemes')).json();
    expect(schemes.items.map((i: { scheme: string }) => i.scheme)).toContain('Kwaliteitslabel');
  });
});
