import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createConsent } from '../../../test/factories/consent.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createUser } from '../../../test/factories/user.factory';
import { ICF_SUGGESTED_SET } from './icf-suggested-set';

/** n ICF items from the suggested set, with a moderate problem (2) unless given. */
const items = (n: number, qualifier = 2) =>
  ICF_SUGGESTED_SET.slice(0, n).map((s) => ({ code: s.code, qualifier, source: 'interview' }));

describe('indications API', () => {
  const t = useTestApp();

  /**
   * A VDAB indication cell (consultant, validator, a consultant who also validates), a maatwerkbedrijf that
   * receives the referral (coach), an outsider, and a referred participant.
   */
  async function network() {
    const db = t.database.db;
    const vdab = await createOrganisation(db, { kind: 'public_employment_service' });
    const mwb = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const consultant = await createUser(db, { organisationId: vdab.id, roles: ['indication_consultant'] });
    const validator = await createUser(db, { organisationId: vdab.id, roles: ['indication_validator'] });
    const both = await createUser(db, {
      organisationId: vdab.id,
      roles: ['indication_consultant', 'indication_validator'],
    });
    const coach = await createUser(db, { organisationId: mwb.id, roles: ['coach'] });
    const outsider = await createUser(db, { roles: ['coach'] });
    const referral = await createReferral(db, {
      referrer_organisation_id: vdab.id,
      target_organisation_id: mwb.id,
      status: 'in_contact',
      first_contact_on: '2026-05-04',
    });
    const session = async (u: { email: string }): Promise<Session> => login(t.app, u.email);
    return {
      vdab,
      mwb,
      consultant,
      coach,
      referral,
      participantId: referral.participant_id,
      consultantSession: await session(consultant),
      validatorSession: await session(validator),
      bothSession: await session(both),
      coachSession: await session(coach),
      outsiderSession: await session(outsider),
    };
  }

  type Network = Awaited<ReturnType<typeof network>>;

  async function start(n: Network, session = n.consultantSession) {
    const res = await call(t.app, session, 'POST', '/api/indications', { participantId: n.participantId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function fill(n: Network, id: string, version: number, count = 25, session = n.consultantSession) {
    const res = await call(t.app, session, 'PATCH', `/api/indications/${id}`, {
      version,
      data: {
        items: items(count),
        advice: 'cmw',
        adviceMotivation: 'Kan mits begeleiding en aangepast tempo in een maatwerkbedrijf werken.',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function submitted(n: Network, session = n.consultantSession) {
    const draft = await start(n, session);
    const filled = await fill(n, draft.id, draft.version, 25, session);
    const res = await call(t.app, session, 'POST', `/api/indications/${draft.id}/submit`, {
      version: filled.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const auditCount = async (action: string, entityId: string, outcome: 'success' | 'denied') => {
    const row = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', action)
      .where('entity_id', '=', entityId)
      .where('outcome', '=', outcome)
      .executeTakeFirstOrThrow();
    return row.n;
  };

  it('should refuse callers without a session', async () => {
    const res = await call(t.app, null, 'GET', '/api/indications/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(401);
  });

  it('should start an indication tied to the referral, one at a time, and move the participant into indication', async () => {
    const n = await network();
    const draft = await start(n);
    expect(draft).toMatchObject({
      status: 'draft',
      channel: 'vdab',
      referral: { id: n.referral.id },
      consultant: { id: n.consultant.id },
      ground: 'author',
      abilities: { update: true, submit: true, review: false },
      items: [],
    });
    const participant = await t.database.db
      .selectFrom('participants')
      .select('status')
      .where('id', '=', n.participantId)
      .executeTakeFirstOrThrow();
    expect(participant.status).toBe('in_indication');

    const second = await call(t.app, n.consultantSession, 'POST', '/api/indications', {
      participantId: n.participantId,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0]).toMatchObject({ field: 'participantId', code: 'open_indication_exists' });
  });

  it('should refuse a consultant of an organisation that does no indications, naming the field', async () => {
    const n = await network();
    const elsewhere = await createUser(t.database.db, {
      organisationId: n.mwb.id,
      roles: ['indication_consultant'],
    });
    const res = await call(t.app, await login(t.app, elsewhere.email), 'POST', '/api/indications', {
      participantId: n.participantId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'organisationId', code: 'not_indication_channel' });
    expect(res.json().errors[0].message).toMatch(/Organisatie/);
  });

  it('should refuse unknown ICF codes, body structures, qualifiers out of range and doubles, each on its field', async () => {
    const n = await network();
    const draft = await start(n);
    const res = await call(t.app, n.consultantSession, 'PATCH', `/api/indications/${draft.id}`, {
      version: draft.version,
      data: {
        items: [
          { code: 'd450', qualifier: 2, source: 'interview' },
          { code: 'd123', qualifier: 1, source: 'interview' },
          { code: 's710', qualifier: 1, source: 'interview' },
          { code: 'd450', qualifier: 1, source: 'observation' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`);
    expect(errors.sort()).toEqual([
      'items.1.code unknown_icf_code',
      'items.2.code unknown_icf_code',
      'items.3.code icf_duplicate_code',
    ]);
    expect(res.json().errors.find((e: { code: string }) => e.code === 'unknown_icf_code').message).toContain(
      'd123',
    );

    const qualifier = await call(t.app, n.consultantSession, 'PATCH', `/api/indications/${draft.id}`, {
      version: draft.version,
      data: { items: [{ code: 'd450', qualifier: 5, source: 'interview' }] },
    });
    expect(qualifier.statusCode).toBe(400);
    expect(qualifier.json().errors[0]).toMatchObject({
      field: 'data.items.0.qualifier',
      code: 'icf_qualifier_range',
    });
    // Nothing was half-written.
    const after = (await call(t.app, n.consultantSession, 'GET', `/api/indications/${draft.id}`)).json();
    expect(after).toMatchObject({ items: [], version: draft.version });
  });

  it('should refuse to submit fewer than 20 or more than 43 categories, or without advice', async () => {
    const n = await network();
    const draft = await start(n);
    const few = await fill(n, draft.id, draft.version, 12);
    const res = await call(t.app, n.consultantSession, 'POST', `/api/indications/${draft.id}/submit`, {
      version: few.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'items', code: 'indication_item_count' });
    expect(res.json().errors[0].message).toContain('12');

    const many = await call(t.app, n.consultantSession, 'PATCH', `/api/indications/${draft.id}`, {
      version: few.version,
      data: {
        items: [
          ...items(ICF_SUGGESTED_SET.length),
          ...['b117', 'b122', 'b126', 'b134'].map((code) => ({ code, qualifier: 1, source: 'test' })),
        ],
        advice: null,
      },
    });
    expect(many.statusCode, many.body).toBe(200);
    const tooMany = await call(t.app, n.consultantSession, 'POST', `/api/indications/${draft.id}/submit`, {
      version: many.json().version,
    });
    expect(tooMany.json().errors.map((e: { field: string }) => e.field)).toEqual(['items', 'advice']);
  });

  it('should answer 409 on a stale version and keep what was saved', async () => {
    const n = await network();
    const draft = await start(n);
    await fill(n, draft.id, draft.version, 21);
    const stale = await call(t.app, n.consultantSession, 'PATCH', `/api/indications/${draft.id}`, {
      version: draft.version,
      data: { items: items(3) },
    });
    expect(stale.statusCode).toBe(409);
    const current = (await call(t.app, n.consultantSession, 'GET', `/api/indications/${draft.id}`)).json();
    expect(current.items).toHaveLength(21);
  });

  it('should let a validator approve: the advice becomes valid, the capability profile is derived, the consultant is told', async () => {
    const n = await network();
    const ind = await submitted(n);
    expect(ind).toMatchObject({ status: 'submitted', abilities: { update: false, review: false } });
    expect(ind.firstSubmittedAt).not.toBeNull();

    const queue = (await call(t.app, n.validatorSession, 'GET', '/api/indications?box=review')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(ind.id);
    expect(queue.items[0]).not.toHaveProperty('advice');

    const res = await call(t.app, n.validatorSession, 'POST', `/api/indications/${ind.id}/review`, {
      version: ind.version,
      decision: 'approved',
      validMonths: 12,
    });
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json();
    expect(approved).toMatchObject({
      status: 'approved',
      ground: 'validator',
      reviews: [{ decision: 'approved' }],
    });
    expect(approved.validUntil > approved.validatedAt.slice(0, 10)).toBe(true);

    const levels = await t.database.db
      .selectFrom('capability_levels')
      .select(['dimension', 'level', 'source'])
      .where('participant_id', '=', n.participantId)
      .execute();
    expect(levels.length).toBeGreaterThan(20);
    expect(levels.every((l) => l.level === 2 && l.source === 'indication')).toBe(true);
    const participant = await t.database.db
      .selectFrom('participants')
      .select('status')
      .where('id', '=', n.participantId)
      .executeTakeFirstOrThrow();
    expect(participant.status).toBe('waiting');
    const notes = (await call(t.app, n.consultantSession, 'GET', '/api/notifications')).json();
    expect(JSON.stringify(notes)).toContain('indication.approved');
  });

  it('should never let the author validate their own indication (four eyes), and audit the attempt', async () => {
    const n = await network();
    const ind = await submitted(n, n.bothSession);
    const res = await call(t.app, n.bothSession, 'POST', `/api/indications/${ind.id}/review`, {
      version: ind.version,
      decision: 'approved',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'four_eyes' });
    expect(res.json().message).toMatch(/Vier-ogenprincipe/);
    expect(await auditCount('indication.reviewed', ind.id, 'denied')).toBe(1);
  });

  it('should return with remarks (required), and keep the first submission time on resubmission', async () => {
    const n = await network();
    const ind = await submitted(n);
    const bare = await call(t.app, n.validatorSession, 'POST', `/api/indications/${ind.id}/review`, {
      version: ind.version,
      decision: 'returned',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0]).toMatchObject({ field: 'remarks', code: 'required' });

    const returned = (
      await call(t.app, n.validatorSession, 'POST', `/api/indications/${ind.id}/review`, {
        version: ind.version,
        decision: 'returned',
        remarks: 'Motiveer het advies met de observaties op de werkvloer.',
      })
    ).json();
    expect(returned).toMatchObject({
      status: 'returned',
      validationRemarks: expect.stringContaining('Motiveer'),
    });
    const edited = await fill(n, ind.id, returned.version, 26);
    const again = (
      await call(t.app, n.consultantSession, 'POST', `/api/indications/${ind.id}/submit`, {
        version: edited.version,
      })
    ).json();
    expect(again.status).toBe('submitted');
    expect(again.firstSubmittedAt).toBe(ind.firstSubmittedAt);
    expect(again.submittedAt).not.toBe(ind.submittedAt);
  });

  it('should show health data only with a ground: consent for the receiving organisation, withdrawn at once, every read audited', async () => {
    const n = await network();
    const ind = await submitted(n);

    // The receiving organisation sees the participant (through the referral), not the indication.
    expect(
      (await call(t.app, n.coachSession, 'GET', `/api/participants/${n.participantId}`)).statusCode,
    ).toBe(200);
    const refused = await call(t.app, n.coachSession, 'GET', `/api/indications/${ind.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('consent_required');
    expect(refused.body).not.toContain('cmw');
    expect(await auditCount('indication.read', ind.id, 'denied')).toBe(1);

    // An outsider learns nothing, not even that it exists.
    expect((await call(t.app, n.outsiderSession, 'GET', `/api/indications/${ind.id}`)).statusCode).toBe(404);
    expect(await auditCount('indication.read', ind.id, 'denied')).toBe(2);

    const consent = await createConsent(t.database.db, {
      participantId: n.participantId,
      purpose: 'share_profile',
      organisationId: n.mwb.id,
      recordedBy: n.consultant.id,
    });
    const before = await auditCount('indication.read', ind.id, 'success');
    const allowed = await call(t.app, n.coachSession, 'GET', `/api/indications/${ind.id}`);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ ground: 'consent', advice: 'cmw' });
    expect(await auditCount('indication.read', ind.id, 'success')).toBe(before + 1);

    const withdrawn = await call(
      t.app,
      await login(t.app, n.consultant.email),
      'POST',
      `/api/participants/${n.participantId}/consents/${consent.id}/withdraw`,
      { version: consent.version },
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await call(t.app, n.coachSession, 'GET', `/api/indications/${ind.id}`)).statusCode).toBe(403);
  });

  it('should show the participant their own indication once submitted, never a draft', async () => {
    const n = await network();
    const self = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'participant', participantId: n.participantId }],
    });
    const selfSession = await login(t.app, self.email);
    const draft = await start(n);
    expect((await call(t.app, selfSession, 'GET', `/api/indications/${draft.id}`)).statusCode).toBe(403);
    const filled = await fill(n, draft.id, draft.version);
    await call(t.app, n.consultantSession, 'POST', `/api/indications/${draft.id}/submit`, {
      version: filled.version,
    });
    const own = await call(t.app, selfSession, 'GET', `/api/indications/${draft.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ ground: 'self', abilities: { update: false, review: false } });
    const list = (
      await call(t.app, selfSession, 'GET', `/api/indications?participantId=${n.participantId}`)
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([draft.id]);
  });

  it('should put the validation queue and returned indications on the start pages', async () => {
    const n = await network();
    const ind = await submitted(n);
    const section = async (session: Session) =>
      (await call(t.app, session, 'GET', '/api/my-work'))
        .json()
        .sections.find((s: { key: string }) => s.key === 'indications');
    const queue = (await section(n.validatorSession)).items.find(
      (i: { key: string }) => i.key === 'indicationsToValidate',
    );
    expect(queue.count).toBeGreaterThanOrEqual(1);
    await call(t.app, n.validatorSession, 'POST', `/api/indications/${ind.id}/review`, {
      version: ind.version,
      decision: 'returned',
      remarks: 'Aanvullen a.u.b.',
    });
    const returned = (await section(n.consultantSession)).items.find(
      (i: { key: string }) => i.key === 'returnedIndications',
    );
    expect(returned).toMatchObject({ count: 1, severity: 'warning' });
    expect(await section(n.coachSession)).toBeUndefined();
  });

  it('should let only the author change the draft', async () => {
    const n = await network();
    const draft = await start(n);
    const colleague = await createUser(t.database.db, {
      organisationId: n.vdab.id,
      roles: ['indication_consultant'],
    });
    const res = await call(
      t.app,
      await login(t.app, colleague.email),
      'PATCH',
      `/api/indications/${draft.id}`,
      {
        version: draft.version,
        data: { advice: 'ama' },
      },
    );
    expect(res.statusCode).toBe(403);
    const outsider = await call(t.app, n.outsiderSession, 'PATCH', `/api/indications/${draft.id}`, {
      version: draft.version,
      data: { advice: 'ama' },
    });
    expect(outsider.statusCode).toBe(403);
  });
});

describe('capability profile API', () => {
  const t = useTestApp();

  /** A participant of a maatwerkbedrijf with an approved indication by a VDAB cell, and the coach. */
  async function profiled(options: { consent: boolean }) {
    const db = t.database.db;
    const vdab = await createOrganisation(db, { kind: 'public_employment_service' });
    const mwb = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const consultant = await createUser(db, { organisationId: vdab.id, roles: ['indication_consultant'] });
    const validator = await createUser(db, { organisationId: vdab.id, roles: ['indication_validator'] });
    const coach = await createUser(db, { organisationId: mwb.id, roles: ['coach'] });
    const referral = await createReferral(db, {
      referrer_organisation_id: vdab.id,
      target_organisation_id: mwb.id,
    });
    await db
      .updateTable('participants')
      .set({ organisation_id: mwb.id, coach_user_id: coach.id })
      .where('id', '=', referral.participant_id)
      .execute();
    const cs = await login(t.app, consultant.email);
    const draft = (
      await call(t.app, cs, 'POST', '/api/indications', { participantId: referral.participant_id })
    ).json();
    const filled = (
      await call(t.app, cs, 'PATCH', `/api/indications/${draft.id}`, {
        version: draft.version,
        data: {
          items: [...items(24, 1), { code: 'd4300', qualifier: 3, source: 'test' }],
          advice: 'cmw',
          adviceMotivation: 'Tillen is beperkt.',
        },
      })
    ).json();
    const sub = (
      await call(t.app, cs, 'POST', `/api/indications/${draft.id}/submit`, { version: filled.version })
    ).json();
    await call(t.app, await login(t.app, validator.email), 'POST', `/api/indications/${draft.id}/review`, {
      version: sub.version,
      decision: 'approved',
    });
    if (options.consent) {
      await createConsent(db, {
        participantId: referral.participant_id,
        purpose: 'share_profile',
        organisationId: mwb.id,
        recordedBy: coach.id,
      });
    }
    return { participantId: referral.participant_id, coachSession: await login(t.app, coach.email) };
  }

  it('should show the coach the derived levels with the ICF items behind them, and audit the read', async () => {
    const p = await profiled({ consent: true });
    const res = await call(
      t.app,
      p.coachSession,
      'GET',
      `/api/participants/${p.participantId}/capability-profile`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const profile = res.json();
    const lifting = profile.levels.find((l: { dimension: string }) => l.dimension === 'lifting');
    expect(lifting).toMatchObject({
      level: 1,
      derivedLevel: 1,
      source: 'indication',
      label: 'Tillen',
      basedOn: [{ code: 'd4300', title: 'Optillen', qualifier: 3 }],
    });
    expect(profile).toMatchObject({ ground: 'consent', abilities: { adjust: true } });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'details'])
      .where('action', '=', 'capability_profile.read')
      .where('participant_id', '=', p.participantId)
      .execute();
    expect(audit).toEqual([{ outcome: 'success', details: { ground: 'consent' } }]);
  });

  it('should let the coach adjust a level with a reason, keeping the derived level and the history', async () => {
    const p = await profiled({ consent: true });
    const url = `/api/participants/${p.participantId}/capability-profile`;
    const profile = (await call(t.app, p.coachSession, 'GET', url)).json();

    const noReason = await call(t.app, p.coachSession, 'POST', `${url}/adjustments`, {
      version: profile.version,
      dimension: 'lifting',
      level: 3,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const unknown = await call(t.app, p.coachSession, 'POST', `${url}/adjustments`, {
      version: profile.version,
      dimension: 'juggling',
      level: 3,
      reason: 'Test',
    });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'dimension', code: 'unknown_dimension' });

    const res = await call(t.app, p.coachSession, 'POST', `${url}/adjustments`, {
      version: profile.version,
      dimension: 'lifting',
      level: 3,
      reason: 'Tilt met hulpmiddel (tilhulp) zonder klachten, vastgesteld op de werkvloer.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const adjusted = res.json();
    expect(adjusted.levels.find((l: { dimension: string }) => l.dimension === 'lifting')).toMatchObject({
      level: 3,
      derivedLevel: 1,
      source: 'coach',
    });
    expect(adjusted.adjustments[0]).toMatchObject({ dimension: 'lifting', fromLevel: 1, toLevel: 3 });
    expect(adjusted.version).toBe(profile.version + 1);

    const stale = await call(t.app, p.coachSession, 'POST', `${url}/adjustments`, {
      version: profile.version,
      dimension: 'carrying',
      level: 2,
      reason: 'Later',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('should refuse the coach without the participant’s consent, for reading and adjusting', async () => {
    const p = await profiled({ consent: false });
    const url = `/api/participants/${p.participantId}/capability-profile`;
    const read = await call(t.app, p.coachSession, 'GET', url);
    expect(read.statusCode).toBe(403);
    expect(read.json().code).toBe('consent_required');
    const adjust = await call(t.app, p.coachSession, 'POST', `${url}/adjustments`, {
      version: 1,
      dimension: 'lifting',
      level: 3,
      reason: 'Test',
    });
    expect(adjust.statusCode).toBe(403);
  });
});
