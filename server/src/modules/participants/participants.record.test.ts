import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createUser } from '../../../test/factories/user.factory';
import { buildNationalNumber } from '../../demo/builders';
import { nationalNumberCheck } from '../../lib/checksums';
import { birthDateFromNationalNumber } from './participants.service';

const insz = (birthDate: string) => buildNationalNumber(faker, birthDate, 'female');

describe('participant record API', () => {
  const t = useTestApp();

  async function coachSession() {
    const org = await createOrganisation(t.database.db);
    const coach = await createUser(t.database.db, { organisationId: org.id, roles: ['coach'] });
    return { org, coach, session: await login(t.app, coach.email) };
  }

  const person = (overrides: Record<string, unknown> = {}) => ({
    nationalNumber: insz('1990-04-12'),
    firstName: 'Sofie',
    lastName: `Van den Broeck ${faker.string.alpha(6)}`,
    birthDate: '1990-04-12',
    municipalityNis: '44021',
    postcode: '9000',
    languages: ['nl', 'fr'],
    dutchLevel: 'B2',
    mobility: { hasBike: true, publicTransportOnly: true, maxCommuteMinutes: 45 },
    availability: { hoursPerWeek: 24, days: ['mon', 'tue', 'thu'], shifts: ['day'] },
    occupationInterests: ['9112', '5120'],
    educationLevel: 'lower_secondary',
    workHistory: [
      {
        jobTitle: 'Schoonmaakster',
        employerName: 'Net BV',
        iscoCode: '9112',
        from: '2015-03',
        to: '2019-06',
      },
    ],
    ...overrides,
  });

  it('should derive the birth date from a national number, also for births from 2000', () => {
    expect(birthDateFromNationalNumber(buildNationalNumber(faker, '1985-07-30', 'male'))).toBe('1985-07-30');
    expect(birthDateFromNationalNumber(buildNationalNumber(faker, '2003-02-01', 'female'))).toBe(
      '2003-02-01',
    );
    expect(birthDateFromNationalNumber('85073003328')).toBe('1985-07-30');
    // A BIS number (month + 40) and a number with an unknown birth day encode no birth date.
    expect(birthDateFromNationalNumber(`854730033${nationalNumberCheck('854730033', false)}`)).toBeNull();
    expect(birthDateFromNationalNumber(`850700033${nationalNumberCheck('850700033', false)}`)).toBeNull();
  });

  it('should register a participant with the full record and show the completeness of the profile', async () => {
    const { org, coach, session } = await coachSession();
    const res = await call(t.app, session, 'POST', '/api/participants', {
      ...person(),
      coachUserId: coach.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      organisation: { id: org.id },
      coach: { id: coach.id },
      dutchLevel: 'B2',
      mobility: { hasBike: true, publicTransportOnly: true, maxCommuteMinutes: 45, hasCar: null },
      availability: { hoursPerWeek: 24, days: ['mon', 'tue', 'thu'], shifts: ['day'] },
      occupationInterests: [
        { code: '9112', title: expect.stringMatching(/schoonma/i) },
        { code: '5120', title: expect.any(String) },
      ],
      workHistory: [{ jobTitle: 'Schoonmaakster', to: '2019-06', description: null }],
      status: 'referred',
      access: 'edit',
      version: 1,
    });
    expect(body.completeness).toEqual({ percent: 78, missing: ['capabilityProfile', 'networkPoolConsent'] });
    const history = (await call(t.app, session, 'GET', `/api/participants/${body.id}/coach-history`)).json();
    expect(history).toMatchObject([{ coach: { id: coach.id }, organisation: { id: org.id }, endedAt: null }]);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'participant_id'])
      .where('participant_id', '=', body.id)
      .execute();
    expect(audit).toEqual([{ action: 'participant.created', participant_id: body.id }]);
  });

  it('should refuse bad input with the field named in the user language', async () => {
    const { session } = await coachSession();
    const bad = await call(
      t.app,
      session,
      'POST',
      '/api/participants',
      person({ nationalNumber: '90041212345' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      {
        field: 'nationalNumber',
        code: 'national_number_checksum',
        message: 'Rijksregisternummer is geen geldig rijksregisternummer (11 cijfers, controlegetal mod 97).',
      },
    ]);
    const mismatch = await call(
      t.app,
      session,
      'POST',
      '/api/participants',
      person({ birthDate: '1991-04-12' }),
    );
    expect(mismatch.json().errors[0]).toMatchObject({
      field: 'nationalNumber',
      code: 'national_number_birth_date_mismatch',
    });

    const english = await call(
      t.app,
      session,
      'POST',
      '/api/participants',
      person({
        dutchLevel: 'D1',
        occupationInterests: ['9999'],
        workHistory: [{ jobTitle: 'x', from: '2020-05', to: '2019-01' }],
      }),
      { 'accept-language': 'en' },
    );
    expect(english.statusCode).toBe(400);
    const messages = english
      .json()
      .errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    expect(messages).toEqual([
      'dutchLevel: Dutch level (CEFR) must be one of: A1, A2, B1, B2, C1, C2.',
      'workHistory.0.to: Work history › 1 › To must not be before From.',
    ]);
    const unknownOccupation = await call(
      t.app,
      session,
      'POST',
      '/api/participants',
      person({ occupationInterests: ['5120', '9999'] }),
      {
        'accept-language': 'en',
      },
    );
    expect(unknownOccupation.json().errors).toEqual([
      {
        field: 'occupationInterests.1',
        code: 'unknown_occupation',
        message: 'Occupations of interest › 2 contains an unknown ISCO-08 occupation code: 9999.',
      },
    ]);
  });

  it('should detect a second registration by national number or by name and birth date', async () => {
    const { session } = await coachSession();
    const first = person();
    expect((await call(t.app, session, 'POST', '/api/participants', first)).statusCode).toBe(201);

    const sameNumber = await call(t.app, session, 'POST', '/api/participants', {
      ...first,
      firstName: 'Anders',
    });
    expect(sameNumber.statusCode).toBe(409);
    expect(sameNumber.json().errors[0]).toMatchObject({ field: 'nationalNumber', code: 'duplicate' });
    expect(sameNumber.json().existingId).toEqual(expect.any(String));

    // The same person again under a mistyped national number: same name (other accents/case) and birth date.
    const namesake = { ...first, nationalNumber: insz('1990-04-12'), firstName: 'SOFIÉ' };
    const warned = await call(t.app, session, 'POST', '/api/participants', namesake);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().errors[0].code).toBe('possible_duplicate');
    expect(warned.json().candidates).toHaveLength(1);
    expect(warned.json().candidates[0].id).toEqual(sameNumber.json().existingId);

    // Someone in another organisation with the same name: the warning does not reveal who or where.
    const other = await coachSession();
    const elsewhere = await call(t.app, other.session, 'POST', '/api/participants', {
      ...namesake,
      nationalNumber: insz('1990-04-12'),
    });
    expect(elsewhere.json().candidates[0]).toMatchObject({ id: null, organisation: null });

    const confirmed = await call(t.app, session, 'POST', '/api/participants', {
      ...namesake,
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('should update with the version and answer 409 with the current record on a stale one', async () => {
    const { session } = await coachSession();
    const created = (await call(t.app, session, 'POST', '/api/participants', person())).json();
    const ok = await call(t.app, session, 'PATCH', `/api/participants/${created.id}`, {
      version: 1,
      data: { dutchLevel: 'C1', mobility: { hasCar: true, maxCommuteKm: 30 }, status: 'waiting' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      dutchLevel: 'C1',
      mobility: { hasCar: true, maxCommuteKm: 30, maxCommuteMinutes: 45 },
    });
    const stale = await call(t.app, session, 'PATCH', `/api/participants/${created.id}`, {
      version: 1,
      data: { dutchLevel: 'A1' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { version: 2, dutchLevel: 'C1' },
    });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('participant_id', '=', created.id)
      .where('action', '=', 'participant.updated')
      .execute();
    expect(audit).toEqual([
      { action: 'participant.updated', details: { fields: ['dutchLevel', 'mobility', 'status'] } },
    ]);
  });

  it("should keep other organisations out: 404 on another organisation's participant, masked number for readers", async () => {
    const { session } = await coachSession();
    const theirs = await createParticipant(t.database.db);
    expect((await call(t.app, session, 'GET', `/api/participants/${theirs.id}`)).statusCode).toBe(404);
    const patch = await call(t.app, session, 'PATCH', `/api/participants/${theirs.id}`, {
      version: 1,
      data: { dutchLevel: 'A1' },
    });
    expect(patch.statusCode).toBe(404);
    const anonymous = await call(t.app, null, 'GET', `/api/participants/${theirs.id}`);
    expect(anonymous.statusCode).toBe(401);
  });

  it('should hand a participant over to another coach and organisation, the previous coach reading for 30 days', async () => {
    const a = await coachSession();
    const b = await coachSession();
    const newCoach = await createUser(t.database.db, { organisationId: b.org.id, roles: ['coach'] });
    const created = (
      await call(t.app, a.session, 'POST', '/api/participants', { ...person(), coachUserId: a.coach.id })
    ).json();

    const wrongCoach = await call(t.app, a.session, 'POST', `/api/participants/${created.id}/coach`, {
      version: 1,
      coachUserId: newCoach.id,
    });
    expect(wrongCoach.json().errors[0]).toMatchObject({ field: 'coachUserId', code: 'not_a_coach' });

    const moved = await call(t.app, a.session, 'POST', `/api/participants/${created.id}/coach`, {
      version: 1,
      coachUserId: newCoach.id,
      organisationId: b.org.id,
      reason: 'Start in maatwerkbedrijf',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      access: 'read',
      organisation: { id: b.org.id },
      coach: { id: newCoach.id },
    });

    // The previous coach still reads (not edits); the new organisation sees the whole history.
    const read = await call(t.app, a.session, 'GET', `/api/participants/${created.id}`);
    expect(read.json()).toMatchObject({ access: 'read', abilities: { update: false } });
    expect(read.json().nationalNumber).toMatch(/\*\*\*/);
    const edit = await call(t.app, a.session, 'PATCH', `/api/participants/${created.id}`, {
      version: 2,
      data: { dutchLevel: 'A1' },
    });
    expect(edit.statusCode).toBe(403);
    const newSession = await login(t.app, newCoach.email);
    const history = (
      await call(t.app, newSession, 'GET', `/api/participants/${created.id}/coach-history`)
    ).json();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      coach: { id: newCoach.id },
      endedAt: null,
      reason: 'Start in maatwerkbedrijf',
    });
    const until = Date.parse(history[1].readAccessUntil) - Date.parse(history[1].endedAt);
    expect(Math.round(until / 86_400_000)).toBe(30);

    // After the 30 days the previous coach no longer sees the record.
    await t.database.db
      .updateTable('participant_coach_assignments')
      .set({ read_access_until: new Date(Date.now() - 1000) })
      .where('participant_id', '=', created.id)
      .where('coach_user_id', '=', a.coach.id)
      .execute();
    expect((await call(t.app, a.session, 'GET', `/api/participants/${created.id}`)).statusCode).toBe(404);
  });

  it('should merge a duplicate into the survivor, moving its history and keeping a tombstone', async () => {
    const org = await createOrganisation(t.database.db);
    const admin = await createUser(t.database.db, { organisationId: org.id, roles: ['org_admin'] });
    const session = await login(t.app, admin.email);
    const survivor = (
      await call(t.app, session, 'POST', '/api/participants', person({ occupationInterests: ['9112'] }))
    ).json();
    const duplicate = (
      await call(t.app, session, 'POST', '/api/participants', {
        ...person({ occupationInterests: ['5120'], phone: '0470 12 34 56' }),
        firstName: survivor.firstName,
        lastName: survivor.lastName,
        confirmNotDuplicate: true,
      })
    ).json();
    const pairs = (await call(t.app, session, 'GET', '/api/participants/duplicates')).json();
    expect(pairs).toContainEqual(
      expect.objectContaining({
        a: expect.objectContaining({ id: expect.any(String) }),
        b: expect.objectContaining({ id: expect.any(String) }),
      }),
    );
    expect(pairs.flatMap((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id])).toEqual(
      expect.arrayContaining([survivor.id, duplicate.id]),
    );
    const self = await call(t.app, session, 'POST', `/api/participants/${survivor.id}/merge`, {
      version: 1,
      duplicateId: survivor.id,
      duplicateVersion: 1,
    });
    expect(self.json().errors[0].code).toBe('merge_same_participant');

    const merged = await call(t.app, session, 'POST', `/api/participants/${survivor.id}/merge`, {
      version: 1,
      duplicateId: duplicate.id,
      duplicateVersion: 1,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ phone: '0470 12 34 56', version: 2 });
    expect(merged.json().occupationInterests.map((o: { code: string }) => o.code)).toEqual(['9112', '5120']);
    const tomb = (await call(t.app, session, 'GET', `/api/participants/${duplicate.id}`)).json();
    expect(tomb).toMatchObject({ status: 'merged', mergedInto: survivor.id, abilities: { update: false } });
    const history = (
      await call(t.app, session, 'GET', `/api/participants/${survivor.id}/coach-history`)
    ).json();
    expect(history).toHaveLength(2);
    const list = (await call(t.app, session, 'GET', `/api/participants?pageSize=200`)).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(duplicate.id);
    const again = await call(t.app, session, 'POST', `/api/participants/${survivor.id}/merge`, {
      version: 2,
      duplicateId: duplicate.id,
      duplicateVersion: 2,
    });
    expect(again.statusCode).toBe(409);
  });
});
