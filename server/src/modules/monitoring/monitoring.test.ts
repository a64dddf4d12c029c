import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createIndication } from '../../../test/factories/indication.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('monitoring API: funnel, lead times, map, exports', () => {
  const t = useTestApp();
  // A period no other test file uses, so the hand counts below are exact.
  const period = 'from=2018-01-01&to=2018-12-31';

  /**
   * Hand-counted: CMW referrals (VDAB): 8 referred, 7 contacted, 6 with an indication, 5 advised, 5 validated,
   * 5 started. AMA referrals (GTB): 6 referred, 5 contacted, 0 indications, 2 started (hidden), 3 no-start (hidden),
   * 1 no answer (hidden). One more CMW referral without statistics consent is not counted; one withdrawn neither.
   */
  async function history() {
    const db = t.database.db;
    const analyst = await createUser(db, { roles: ['analyst'] });
    const vdab = await createOrganisation(db, { kind: 'public_employment_service' });
    const gtb = await createOrganisation(db, { kind: 'gtb' });
    const target = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const at = (day: number) => new Date(Date.UTC(2018, 3, 1 + day, 9));
    const date = (day: number) => at(day).toISOString().slice(0, 10);
    const person = () => createParticipant(db, { organisationId: target.id, municipalityNis: '44021' });
    for (let k = 0; k < 8; k++) {
      const p = await person();
      const r = await createReferral(db, {
        participant_id: p.id,
        channel: 'vdab',
        measure: 'cmw',
        referrer_organisation_id: vdab.id,
        target_organisation_id: target.id,
        referred_on: date(0),
        ...(k < 7 && { first_contact_on: date(3) }),
        ...(k < 5
          ? { status: 'started', started_on: date(40) }
          : { status: k < 7 ? 'in_contact' : 'pending' }),
        statisticsConsentBy: analyst.id,
      });
      if (k < 6) {
        await createIndication(db, {
          participant_id: p.id,
          referral_id: r.id,
          organisation_id: vdab.id,
          status: k < 5 ? 'approved' : 'draft',
          started_at: at(5),
          ...(k < 5 && {
            first_submitted_at: at(5 + 2 * k + 10),
            validated_at: at(5 + 2 * k + 15),
            valid_until: '2020-01-01',
          }),
        });
      }
    }
    const ama = [
      { status: 'started', contact: true, started: true },
      { status: 'started', contact: true, started: true },
      { status: 'no_start', contact: true, reason: 'health' },
      { status: 'no_start', contact: true, reason: 'not_motivated' },
      { status: 'no_start', contact: true, reason: 'health' },
      { status: 'no_answer', contact: false },
    ] as const;
    for (const a of ama) {
      const p = await person();
      await createReferral(db, {
        participant_id: p.id,
        channel: 'gtb',
        measure: 'ama',
        referrer_organisation_id: gtb.id,
        target_organisation_id: target.id,
        referred_on: date(10),
        status: a.status,
        ...(a.contact && { first_contact_on: date(12) }),
        ...('started' in a && { started_on: date(30) }),
        ...('reason' in a && { no_start_reason: a.reason, closed_at: at(30) }),
        ...(a.status === 'no_answer' && { closed_at: at(70) }),
        statisticsConsentBy: analyst.id,
      });
    }
    // Not counted: no statistics consent; withdrawn.
    await createReferral(db, {
      participant_id: (await person()).id,
      measure: 'cmw',
      target_organisation_id: target.id,
      referred_on: date(1),
    });
    await createReferral(db, {
      participant_id: (await person()).id,
      measure: 'cmw',
      target_organisation_id: target.id,
      referred_on: date(1),
      status: 'withdrawn',
      statisticsConsentBy: analyst.id,
    });
    return { analyst: await login(t.app, analyst.email), target };
  }
  // The tests read the same history: made once.
  let made: ReturnType<typeof history> | undefined;
  const once = () => {
    made ??= history();
    return made;
  };

  it('should count each step of the funnel per measure by hand, hiding small cells and what would reveal them', async () => {
    const h = await once();
    const res = await call(t.app, h.analyst, 'GET', `/api/monitoring/funnel?${period}&groupBy=measure`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const row = (key: string) =>
      body.rows.find((r: { group: { key: string } }) => r.group.key === key).values;
    // AMA: 6 referred and 5 contacted show; no indications (0 shows); 2 started is hidden.
    expect(row('ama')).toMatchObject({ referred: 6, contacted: 5, indicated: 0, started: null });
    // The total of "started" (7) would give AMA's 2 away (7 − 5): CMW's 5 is hidden with it (differencing).
    expect(row('cmw')).toEqual({
      referred: 8,
      contacted: 7,
      indicated: 6,
      advised: 5,
      validated: 5,
      started: null,
      // Started, but no trajectory of their own yet: not counted as still active.
      active3m: 0,
      active6m: 0,
    });
    expect(body.total).toMatchObject({ referred: 14, started: 7 });
    expect(body.rows.find((r: { group: { key: string } }) => r.group.key === 'cmw').group.label).toBe(
      'Collectief maatwerk (CMW)',
    );
    // No-start reasons: all under five, so hidden.
    expect(body.noStartReasons.every((r: { count: number | null }) => r.count === null)).toBe(true);
  });

  it('should give lead times of the indication channels per quarter, hiding fewer than five cases', async () => {
    const h = await once();
    const res = (await call(t.app, h.analyst, 'GET', `/api/monitoring/lead-times?${period}`)).json();
    const advice = res.rows.find(
      (r: { channel: string; step: string; period: string }) =>
        r.channel === 'vdab' && r.step === 'referralToAdvice' && r.period === '2018-Q2',
    );
    // Advice on days 15, 17, 19, 21, 23 after the referral: median 19, p90 22.2.
    expect(advice).toMatchObject({ n: 5, medianDays: 19, p90Days: 22.2 });
    expect(res.rows.find((r: { channel: string }) => r.channel === 'gtb')).toBeUndefined();
  });

  it('should give the map figures per municipality with small cells hidden, and serve the boundaries', async () => {
    const h = await once();
    const res = (
      await call(t.app, h.analyst, 'GET', `/api/monitoring/map?${period}&figure=start_rate`)
    ).json();
    const gent = res.rows.find((r: { nis: string }) => r.nis === '44021');
    // 14 referred in Gent, 7 started: 50%.
    expect(gent).toMatchObject({ name: 'Gent', referred: 14, started: 7, value: 50 });
    expect(res.rows.length).toBe(285);
    const geo = await call(t.app, h.analyst, 'GET', '/api/monitoring/municipalities.geojson');
    expect(geo.statusCode).toBe(200);
    expect(JSON.parse(geo.body).features).toHaveLength(285);
  });

  it('should export the funnel as a Belgian CSV and as XLSX, parsed back, and audit every export', async () => {
    const h = await once();
    const csv = await call(
      t.app,
      h.analyst,
      'GET',
      `/api/monitoring/funnel?${period}&groupBy=measure&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]).toEqual([
      'Groep',
      'Toegeleid',
      'Eerste contact',
      'Indicering gestart',
      'Advies',
      'Gevalideerd',
      'Gestart',
      'Na 3 maanden nog actief',
      'Na 6 maanden nog actief',
    ]);
    const cmw = lines.find((l) => l[0] === 'Collectief maatwerk (CMW)')!;
    expect(cmw.slice(1)).toEqual(['8', '7', '6', '5', '5', '< 5', '0', '0']);
    expect(lines.find((l) => l[0]?.startsWith('Arbeidsmatige'))![6]).toBe('< 5');

    const xlsx = await call(
      t.app,
      h.analyst,
      'GET',
      `/api/monitoring/funnel?${period}&groupBy=measure&format=xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Toegeleid');
    // Excel keeps at most 31 characters of a sheet name.
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Trechter van toeleiding tot sta',
      'Redenen van niet starten',
    ]);

    const audits = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'monitoring.exported')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });

  it('should refuse participant-level roles and name a bad period', async () => {
    const coach: Session = await login(t.app, (await createUser(t.database.db, { roles: ['coach'] })).email);
    expect((await call(t.app, coach, 'GET', '/api/monitoring/funnel')).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', '/api/monitoring/funnel')).statusCode).toBe(401);
    const analyst = await login(t.app, (await createUser(t.database.db, { roles: ['analyst'] })).email);
    const bad = await call(t.app, analyst, 'GET', '/api/monitoring/funnel?from=2019-01-01&to=2018-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'to', code: 'date_order' });
  });
});
