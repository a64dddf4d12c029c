import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createSite } from '../../../test/factories/site.factory';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { createUser } from '../../../test/factories/user.factory';
import type { OutcomeKind } from '../../db/schema';
import { addToDate, brusselsDate } from '../../lib/dates';
import { targetStatus, yearElapsed } from './targets.service';

type Aftercare = { months: number; on: string; isEmployed: boolean; endedOn?: string; rating?: number };

describe('monitoring API: outcomes by success definition, still active after 3 and 6 months, targets', () => {
  const t = useTestApp();

  /**
   * Hand-made closed transition trajectories, outcomes in 2019, placed on 1 January 2019 unless not placed:
   *  - 6 at work, seen at work at the 6-month aftercare contact on 1 July (5 of them rate it 5/5, one 2/5): met;
   *  - 1 whose job ended on 1 July, six months after it started: met;
   *  - 1 whose job ended on 30 June, a day before six months: not met;
   *  - 5 who dropped out, never placed: not met (and not counted by the aftercare rating).
   */
  async function history() {
    const db = t.database.db;
    const analystUser = await createUser(db, { roles: ['analyst'] });
    const admin = await createUser(db, { roles: ['network_admin'] });
    const organisation = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const site = await createSite(db);
    const consent = async (participantId: string) =>
      db
        .insertInto('participant_consents')
        .values({
          participant_id: participantId,
          purpose: 'statistics',
          basis: 'signed_form',
          given_on: '2018-12-01',
          recorded_by: analystUser.id,
        })
        .execute();
    const closed = async (o: {
      placedOn?: string;
      outcome: OutcomeKind;
      outcomeOn: string;
      startedOn?: string;
      aftercare?: Aftercare[];
    }) => {
      const startedOn = o.startedOn ?? '2018-10-01';
      const tr = await createTrajectory(db, {
        organisationId: organisation.id,
        startedOn,
        ...(o.placedOn && { siteId: site.id, employerId: site.employer_id, placedOn: o.placedOn }),
      });
      await consent(tr.participantId);
      for (const a of o.aftercare ?? []) {
        await db
          .insertInto('aftercare_contacts')
          .values({
            trajectory_id: tr.id,
            months_after: a.months,
            due_on: a.on,
            contacted_on: a.on,
            is_still_employed: a.isEmployed,
            employment_ended_on: a.endedOn ?? null,
            how_it_goes: a.rating ?? 3,
            recorded_by: analystUser.id,
          })
          .execute();
      }
      await db
        .updateTable('trajectories')
        .set({
          status: 'closed',
          closed_on: o.outcomeOn,
          outcome_on: o.outcomeOn,
          outcome_kind: o.outcome,
          ...(o.outcome === 'employed_regular' && {
            outcome_contract_type: 'permanent',
            outcome_hours_per_week: 30,
          }),
          ...(o.outcome === 'dropped_out' && { outcome_dropout_reason: 'health' }),
        })
        .where('id', '=', tr.id)
        .execute();
      return tr;
    };
    const placed = '2019-01-01';
    for (let k = 0; k < 6; k++) {
      await closed({
        placedOn: placed,
        outcome: 'employed_regular',
        outcomeOn: '2019-03-01',
        aftercare: [{ months: 6, on: '2019-07-01', isEmployed: true, rating: k < 5 ? 5 : 2 }],
      });
    }
    await closed({
      placedOn: placed,
      outcome: 'employed_regular',
      outcomeOn: '2019-03-01',
      aftercare: [{ months: 6, on: '2019-07-03', isEmployed: false, endedOn: '2019-07-01' }],
    });
    await closed({
      placedOn: placed,
      outcome: 'employed_regular',
      outcomeOn: '2019-03-01',
      aftercare: [{ months: 6, on: '2019-07-03', isEmployed: false, endedOn: '2019-06-30' }],
    });
    for (let k = 0; k < 5; k++) {
      await closed({ outcome: 'dropped_out', outcomeOn: '2019-02-01' });
    }
    // Five recent placements closed at work a few weeks ago: too early to tell.
    const today = brusselsDate(new Date());
    for (let k = 0; k < 5; k++) {
      await closed({
        startedOn: addToDate(today, { days: -200 }),
        placedOn: addToDate(today, { days: -60 }),
        outcome: 'employed_regular',
        outcomeOn: addToDate(today, { days: -10 }),
      });
    }
    return {
      analyst: await login(t.app, analystUser.email),
      admin: await login(t.app, admin.email),
      organisation,
      consent,
    };
  }
  let made: ReturnType<typeof history> | undefined;
  const once = () => {
    made ??= history();
    return made;
  };
  const period2019 = 'from=2019-01-01&to=2019-12-31';

  it('should count outcomes and each success definition side by side, by hand, with the 6-month edge exact', async () => {
    const h = await once();
    const res = await call(t.app, h.analyst, 'GET', `/api/monitoring/outcomes?${period2019}&groupBy=measure`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.definitions.map((d: { key: string }) => d.key)).toEqual([
      'aftercare_going_well',
      'sustained_regular_work',
      'work_at_closure',
    ]);
    expect(body.rows).toHaveLength(1);
    const transition = body.rows[0];
    expect(transition.group.key).toBe('transition');
    expect(transition.closed).toBe(13);
    expect(transition.outcomes).toMatchObject({ employed_regular: 8, dropped_out: 5, imw: 0 });
    // 6 seen at work after six months + 1 whose job ran until the six months were full; ending a day before is not met.
    expect(transition.success.sustained_regular_work).toEqual({
      met: 7,
      notMet: 6,
      pending: 0,
      counted: 13,
      rate: 53.8,
    });
    expect(transition.success.work_at_closure).toMatchObject({ met: 8, notMet: 5, pending: 0, rate: 61.5 });
    // Rated at 6 months: 5 met; 1 rated low + 2 without that contact = 3 not met, hidden (< 5), and with it
    // another cell, so that it cannot be worked out from the total of 8 placed.
    const rating = transition.success.aftercare_going_well;
    expect(rating.notMet).toBeNull();
    expect(rating.rate).toBeNull();
    expect([rating.met, rating.counted].filter((v: number | null) => v === null).length).toBeGreaterThan(0);
  });

  it('should show a recent job as not yet known, not as a failure', async () => {
    const h = await once();
    const today = brusselsDate(new Date());
    const res = await call(
      t.app,
      h.analyst,
      'GET',
      `/api/monitoring/outcomes?from=${addToDate(today, { days: -30 })}&to=${today}&groupBy=none&definitions=sustained_regular_work`,
    );
    expect(res.json().total.success.sustained_regular_work).toMatchObject({
      met: 0,
      notMet: 0,
      pending: 5,
      rate: null,
    });
  });

  it('should refuse an unknown definition by naming the field, and export the tables', async () => {
    const h = await once();
    const bad = await call(
      t.app,
      h.analyst,
      'GET',
      `/api/monitoring/outcomes?${period2019}&definitions=nope_not_here`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'definitions' });
    const csv = await call(t.app, h.analyst, 'GET', `/api/monitoring/outcomes?${period2019}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFGroep;Afgesloten;Werk bij een reguliere werkgever;Individueel maatwerk (IMW);Collectief maatwerk (CMW);Terug naar de sociale economie;Andere maatregel;Zorg;Uitgevallen',
    );
  });

  it('should count referrals still active 3 and 6 months after their start through their trajectories', async () => {
    const db = t.database.db;
    const h = await once();
    const analyst = await createUser(db, { roles: ['analyst'] });
    // 7 started on 1 March 2017: 5 still open, 1 dropped out on 1 April (before 3 months), 1 on 1 July (after 3, before 6).
    for (let k = 0; k < 7; k++) {
      const r = await createReferral(db, {
        measure: 'transition',
        target_organisation_id: h.organisation.id,
        referred_on: '2017-02-01',
        status: 'started',
        first_contact_on: '2017-02-05',
        started_on: '2017-03-01',
        statisticsConsentBy: analyst.id,
      });
      const tr = await createTrajectory(db, {
        organisationId: h.organisation.id,
        participantId: r.participant_id,
        startedOn: '2017-03-01',
      });
      await db.updateTable('trajectories').set({ referral_id: r.id }).where('id', '=', tr.id).execute();
      if (k >= 5) {
        const on = k === 5 ? '2017-04-01' : '2017-07-01';
        await db
          .updateTable('trajectories')
          .set({
            status: 'closed',
            closed_on: on,
            outcome_on: on,
            outcome_kind: 'dropped_out',
            outcome_dropout_reason: 'motivation',
          })
          .where('id', '=', tr.id)
          .execute();
      }
    }
    const res = await call(
      t.app,
      h.analyst,
      'GET',
      '/api/monitoring/funnel?from=2017-01-01&to=2017-12-31&groupBy=none',
    );
    expect(res.json().total).toMatchObject({ referred: 7, started: 7, active3m: 6, active6m: 5 });
  });

  it('should keep yearly targets with their progress, refusing bad ones with named fields and stale versions', async () => {
    const h = await once();
    const defs = (await call(t.app, h.analyst, 'GET', '/api/monitoring/success-definitions')).json();
    const sustained = defs.find((d: { key: string }) => d.key === 'sustained_regular_work');
    const body = {
      year: 2019,
      measure: 'transition',
      metric: 'trajectories_successful',
      successDefinitionId: sustained.id,
      target: 10,
    };
    expect((await call(t.app, h.analyst, 'POST', '/api/monitoring/targets', body)).statusCode).toBe(403);
    const created = await call(t.app, h.admin, 'POST', '/api/monitoring/targets', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      regionName: 'Vlaanderen',
      progress: { actual: 7, percent: 70, status: 'missed', expectedByNow: 10 },
    });
    const twin = await call(t.app, h.admin, 'POST', '/api/monitoring/targets', body);
    expect(twin.statusCode).toBe(400);
    expect(twin.json().errors[0].field).toBe('year');
    const noDefinition = await call(t.app, h.admin, 'POST', '/api/monitoring/targets', {
      ...body,
      metric: 'trajectories_started',
    });
    expect(noDefinition.json().errors[0]).toMatchObject({ field: 'successDefinitionId' });
    const badProvince = await call(t.app, h.admin, 'POST', '/api/monitoring/targets', {
      ...body,
      provinceNis: '21000',
    });
    expect(badProvince.json().errors[0].field).toBe('provinceNis');

    const started = await call(t.app, h.admin, 'POST', '/api/monitoring/targets', {
      year: 2019,
      measure: 'transition',
      provinceNis: '40000',
      metric: 'trajectories_started',
      target: 4,
    });
    // None of the hand-made trajectories started in 2019 (they started in 2018 or recently).
    expect(started.json()).toMatchObject({
      regionName: 'Provincie Oost-Vlaanderen',
      progress: { actual: 0 },
    });

    const id = created.json().id;
    const changed = await call(t.app, h.admin, 'PATCH', `/api/monitoring/targets/${id}`, {
      version: 1,
      data: { target: 7 },
    });
    expect(changed.json().progress).toMatchObject({ status: 'reached', percent: 100 });
    const stale = await call(t.app, h.admin, 'PATCH', `/api/monitoring/targets/${id}`, {
      version: 1,
      data: { target: 8 },
    });
    expect(stale.statusCode).toBe(409);
    const list = (await call(t.app, h.analyst, 'GET', '/api/monitoring/targets?year=2019')).json();
    expect(list).toHaveLength(2);
  });

  it('should let a network admin add and change success definitions, refusing bad rules by field', async () => {
    const h = await once();
    const bad = await call(t.app, h.admin, 'POST', '/api/monitoring/success-definitions', {
      key: 'sustained_3m',
      nameNl: 'Drie maanden aan het werk',
      nameEn: 'Three months in work',
      rule: {
        kind: 'sustained_employment',
        outcomeKinds: ['employed_regular'],
        minMonths: 0,
        withinMonths: 12,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('rule.minMonths');
    const good = await call(t.app, h.admin, 'POST', '/api/monitoring/success-definitions', {
      key: 'sustained_3m',
      nameNl: 'Drie maanden aan het werk',
      nameEn: 'Three months in work',
      rule: {
        kind: 'sustained_employment',
        outcomeKinds: ['employed_regular'],
        minMonths: 3,
        withinMonths: 12,
      },
    });
    expect(good.statusCode).toBe(201);
    const again = await call(t.app, h.admin, 'POST', '/api/monitoring/success-definitions', {
      key: 'sustained_3m',
      nameNl: 'Nog eens',
      nameEn: 'Again',
      rule: { kind: 'outcome', outcomeKinds: ['imw'] },
    });
    expect(again.json().errors[0].field).toBe('key');
    // Three months: all 8 placed worked three months (even the one a day short of six).
    const res = await call(
      t.app,
      h.analyst,
      'GET',
      `/api/monitoring/outcomes?${period2019}&groupBy=none&definitions=sustained_3m`,
    );
    expect(res.json().total.success.sustained_3m).toMatchObject({ met: 8, notMet: 5 });
    const off = await call(t.app, h.admin, 'PATCH', `/api/monitoring/success-definitions/${good.json().id}`, {
      version: 1,
      data: { isActive: false },
    });
    expect(off.json().isActive).toBe(false);
    const stale = await call(
      t.app,
      h.admin,
      'PATCH',
      `/api/monitoring/success-definitions/${good.json().id}`,
      {
        version: 1,
        data: { isActive: true },
      },
    );
    expect(stale.statusCode).toBe(409);
  });
});

describe('monitoring report', () => {
  const t = useTestApp();

  it("should render the dashboard as an A4 PDF in the user's language, and audit it", async () => {
    const analyst = await createUser(t.database.db, { roles: ['analyst'] });
    const session = await login(t.app, analyst.email);
    const res = await call(t.app, session, 'GET', '/api/monitoring/report.pdf?from=2019-01-01&to=2019-12-31');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(res.rawPayload), useSystemFonts: false })
      .promise;
    const page = await doc.getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    // A4 landscape, in points.
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
    }
    expect(text).toContain('Werkbrug — monitoringrapport');
    expect(text).toContain('Periode: 01/01/2019 – 31/12/2019');
    expect(text).toContain('Duurzaam regulier werk: minstens 6 maanden binnen 12 maanden');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'monitoring.exported')
      .execute();
    expect(audit.map((a) => (a.details as { format: string }).format)).toContain('pdf');
  });
});

describe('target progress', () => {
  it('should expect a target pro rata over its year, and call it reached, on track, behind, missed or not started', () => {
    expect(yearElapsed(2026, '2026-12-31')).toBe(1);
    expect(yearElapsed(2027, '2026-12-31')).toBe(0);
    expect(yearElapsed(2026, '2026-07-02')).toBeCloseTo(0.5, 2);
    expect(targetStatus(50, 100, 2026, '2026-07-02').status).toBe('on_track');
    expect(targetStatus(40, 100, 2026, '2026-07-02').status).toBe('behind');
    expect(targetStatus(100, 100, 2026, '2026-07-02').status).toBe('reached');
    expect(targetStatus(99, 100, 2025, '2026-07-02').status).toBe('missed');
    expect(targetStatus(0, 100, 2027, '2026-07-02').status).toBe('not_started');
  });
});
