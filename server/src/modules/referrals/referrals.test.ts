import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createUser } from '../../../test/factories/user.factory';
import { buildNationalNumber } from '../../demo/builders';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = () => brusselsDate(new Date());
const daysAgo = (n: number) => addToDate(today(), { days: -n });

describe('referrals API', () => {
  const t = useTestApp();

  /** A VDAB consultant who refers, a maatwerkbedrijf coach who receives, and a third organisation. */
  async function network() {
    const vdab = await createOrganisation(t.database.db, { kind: 'public_employment_service' });
    const mwb = await createOrganisation(t.database.db, { kind: 'maatwerkbedrijf' });
    const other = await createOrganisation(t.database.db);
    const referrer = await createUser(t.database.db, {
      organisationId: vdab.id,
      roles: ['indication_consultant'],
    });
    const receiver = await createUser(t.database.db, { organisationId: mwb.id, roles: ['coach'] });
    const outsider = await createUser(t.database.db, { organisationId: other.id, roles: ['coach'] });
    return {
      vdab,
      mwb,
      referrer,
      receiver,
      referrerSession: await login(t.app, referrer.email),
      receiverSession: await login(t.app, receiver.email),
      outsiderSession: await login(t.app, outsider.email),
    };
  }

  const newPerson = (birthDate = '1988-09-14') => ({
    nationalNumber: buildNationalNumber(faker, birthDate, 'male'),
    firstName: 'Jonas',
    lastName: `De Smet ${faker.string.alpha(6)}`,
    birthDate,
    municipalityNis: '44021',
  });

  it('should refer a new person and show the referral in the inbox of the receiver and the outbox of the referrer', async () => {
    const n = await network();
    const res = await call(t.app, n.referrerSession, 'POST', '/api/referrals', {
      participant: newPerson(),
      channel: 'vdab',
      measure: 'cmw',
      targetOrganisationId: n.mwb.id,
      motivation: 'Wil graag in de groenploeg werken.',
      referredOn: daysAgo(3),
    });
    expect(res.statusCode, res.body).toBe(201);
    const referral = res.json();
    expect(referral).toMatchObject({
      channel: 'vdab',
      status: 'pending',
      referrerOrganisation: { id: n.vdab.id },
      referrerUser: { id: n.referrer.id },
      targetOrganisation: { id: n.mwb.id },
      daysWaiting: 3,
      abilities: { withdraw: true, recordContact: false },
    });

    const inbox = (
      await call(t.app, n.receiverSession, 'GET', '/api/referrals?box=inbox&status=open')
    ).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
    expect(inbox.items[0].abilities).toMatchObject({ recordContact: true, start: true, withdraw: false });
    const outbox = (await call(t.app, n.referrerSession, 'GET', '/api/referrals?box=outbox')).json();
    expect(outbox.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
    expect((await call(t.app, n.referrerSession, 'GET', '/api/referrals?box=inbox')).json().total).toBe(0);

    // The receiver sees the participant's record (read only); an outsider sees neither.
    const participant = await call(
      t.app,
      n.receiverSession,
      'GET',
      `/api/participants/${referral.participant.id}`,
    );
    expect(participant.json()).toMatchObject({
      access: 'read',
      status: 'referred',
      waitingSince: daysAgo(3),
    });
    expect((await call(t.app, n.outsiderSession, 'GET', `/api/referrals/${referral.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await call(t.app, n.outsiderSession, 'GET', `/api/participants/${referral.participant.id}`))
        .statusCode,
    ).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('participant_id', '=', referral.participant.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'participant.created',
      'referral.created',
      'participant.read',
    ]);
  });

  it('should link a referral to the existing record when the national number is already registered', async () => {
    const n = await network();
    const existing = await createParticipant(t.database.db, { organisationId: n.mwb.id });
    const res = await call(t.app, n.referrerSession, 'POST', '/api/referrals', {
      participant: { ...newPerson(existing.birth_date), nationalNumber: existing.national_number },
      channel: 'vdab',
      measure: 'imw',
      targetOrganisationId: n.mwb.id,
      referredOn: today(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().participant.id).toBe(existing.id);
  });

  it('should refuse bad referrals with the field named', async () => {
    const n = await network();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { channel: 'vdab', measure: 'cmw', targetOrganisationId: n.mwb.id, referredOn: today() },
        'participantId',
        'required',
      ],
      [
        {
          participant: newPerson(),
          channel: 'vdab',
          measure: 'cmw',
          targetOrganisationId: n.mwb.id,
          referredOn: '2099-01-01',
        },
        'referredOn',
        'date_in_future',
      ],
      [
        {
          participant: newPerson(),
          channel: 'fax',
          measure: 'cmw',
          targetOrganisationId: n.mwb.id,
          referredOn: today(),
        },
        'channel',
        'invalid_option',
      ],
      [
        {
          participant: newPerson(),
          channel: 'vdab',
          measure: 'cmw',
          targetOrganisationId: faker.string.uuid(),
          referredOn: today(),
        },
        'targetOrganisationId',
        'unknown_reference',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, n.referrerSession, 'POST', '/api/referrals', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
  });

  it('should take a referral from first contact to start, moving the participant to the receiving organisation', async () => {
    const n = await network();
    const created = (
      await call(t.app, n.referrerSession, 'POST', '/api/referrals', {
        participant: newPerson(),
        channel: 'vdab',
        measure: 'cmw',
        targetOrganisationId: n.mwb.id,
        referredOn: daysAgo(20),
      })
    ).json();
    const url = `/api/referrals/${created.id}`;

    // Only the receiving side records contact; the referrer gets 403.
    expect(
      (
        await call(t.app, n.referrerSession, 'POST', `${url}/contact`, {
          version: 1,
          firstContactOn: today(),
        })
      ).statusCode,
    ).toBe(403);
    const early = await call(t.app, n.receiverSession, 'POST', `${url}/contact`, {
      version: 1,
      firstContactOn: daysAgo(30),
    });
    expect(early.json().errors[0]).toMatchObject({
      field: 'firstContactOn',
      code: 'date_order',
      message: 'Datum eerste contact mag niet vóór Datum toeleiding liggen.',
    });
    const contacted = await call(t.app, n.receiverSession, 'POST', `${url}/contact`, {
      version: 1,
      firstContactOn: daysAgo(10),
    });
    expect(contacted.json()).toMatchObject({ status: 'in_contact', firstContactOn: daysAgo(10), version: 2 });

    const stale = await call(t.app, n.receiverSession, 'POST', `${url}/start`, {
      version: 1,
      startedOn: today(),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { version: 2, status: 'in_contact' },
    });
    const again = await call(t.app, n.receiverSession, 'POST', `${url}/contact`, {
      version: 2,
      firstContactOn: today(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'invalid_transition' });

    const started = await call(t.app, n.receiverSession, 'POST', `${url}/start`, {
      version: 2,
      startedOn: daysAgo(2),
      coachUserId: n.receiver.id,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({
      status: 'started',
      startedOn: daysAgo(2),
      abilities: { start: false },
    });

    const participant = (
      await call(t.app, n.receiverSession, 'GET', `/api/participants/${created.participant.id}`)
    ).json();
    expect(participant).toMatchObject({
      access: 'edit',
      organisation: { id: n.mwb.id },
      coach: { id: n.receiver.id },
      currentMeasure: 'cmw',
      status: 'in_trajectory',
      waitingSince: null,
    });
    // The referrer still sees what became of the referral.
    expect((await call(t.app, n.referrerSession, 'GET', url)).json().status).toBe('started');
  });

  it('should record a no-start with a reason, asking for text with "other", and let the referrer withdraw', async () => {
    const n = await network();
    const make = async () =>
      (
        await call(t.app, n.referrerSession, 'POST', '/api/referrals', {
          participant: newPerson(),
          channel: 'vdab',
          measure: 'ama',
          targetOrganisationId: n.mwb.id,
          referredOn: daysAgo(5),
        })
      ).json();
    const a = await make();
    const noText = await call(t.app, n.receiverSession, 'POST', `/api/referrals/${a.id}/no-start`, {
      version: 1,
      noStartReason: 'other',
    });
    expect(noText.json().errors[0]).toMatchObject({ field: 'noStartText', code: 'required' });
    const done = await call(t.app, n.receiverSession, 'POST', `/api/referrals/${a.id}/no-start`, {
      version: 1,
      noStartReason: 'not_reachable',
      firstContactOn: daysAgo(4),
    });
    expect(done.json()).toMatchObject({
      status: 'no_start',
      noStartReason: 'not_reachable',
      firstContactOn: daysAgo(4),
    });
    const participant = (
      await call(t.app, n.referrerSession, 'GET', `/api/participants/${a.participant.id}`)
    ).json();
    expect(participant.status).toBe('waiting');

    const b = await make();
    expect(
      (await call(t.app, n.receiverSession, 'POST', `/api/referrals/${b.id}/withdraw`, { version: 1 }))
        .statusCode,
    ).toBe(403);
    const withdrawn = await call(t.app, n.referrerSession, 'POST', `/api/referrals/${b.id}/withdraw`, {
      version: 1,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', a.id)
      .where('action', '=', 'referral.no_start')
      .execute();
    expect(audit).toEqual([{ action: 'referral.no_start', details: { reason: 'not_reachable' } }]);
  });

  it('should refuse the referral routes to roles outside casework and answer 401 without a session', async () => {
    const analyst = await login(t.app, (await createUser(t.database.db, { roles: ['analyst'] })).email);
    expect((await call(t.app, analyst, 'GET', '/api/referrals')).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', '/api/referrals')).statusCode).toBe(401);
  });
});
