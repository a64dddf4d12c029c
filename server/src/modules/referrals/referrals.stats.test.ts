import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createIndication } from '../../../test/factories/indication.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('lead times and no-start reasons', () => {
  const t = useTestApp();
  const period = 'from=2019-01-01&to=2019-12-31';

  /**
   * Seven VDAB referrals in 2019 (first contact after 2, 4, … 14 days; an indication started 3 days later, advice 10
   * days after that, validated 5 days later), three by GTB (too few to show), two of them without a start.
   */
  async function history() {
    const db = t.database.db;
    const analyst = await createUser(db, { roles: ['analyst'] });
    const vdab = await createOrganisation(db, { kind: 'public_employment_service' });
    const gtb = await createOrganisation(db, { kind: 'gtb' });
    const target = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const at = (day: number) => new Date(Date.UTC(2019, 2, 1 + day, 10));
    const date = (day: number) => at(day).toISOString().slice(0, 10);
    for (let k = 1; k <= 7; k++) {
      const contact = 2 * k;
      const referral = await createReferral(db, {
        channel: 'vdab',
        referrer_organisation_id: vdab.id,
        target_organisation_id: target.id,
        referred_on: date(0),
        first_contact_on: date(contact),
        status: 'in_contact',
        statisticsConsentBy: analyst.id,
      });
      await createIndication(db, {
        participant_id: referral.participant_id,
        referral_id: referral.id,
        organisation_id: vdab.id,
        status: 'approved',
        started_at: at(contact + 3),
        first_submitted_at: at(contact + 13),
        submitted_at: at(contact + 13),
        validated_at: at(contact + 18),
        valid_until: '2021-03-01',
      });
    }
    for (const reason of ['health', 'not_reachable', null] as const) {
      await createReferral(db, {
        channel: 'gtb',
        referrer_organisation_id: gtb.id,
        target_organisation_id: target.id,
        referred_on: date(0),
        ...(reason
          ? { status: 'no_start', no_start_reason: reason, closed_at: at(20) }
          : { status: 'no_answer', closed_at: at(60) }),
        statisticsConsentBy: analyst.id,
      });
    }
    return { analyst: await login(t.app, analyst.email), target };
  }

  it('should give median and p90 days per step and channel, hiding channels with fewer than five cases', async () => {
    const h = await history();
    const res = await call(t.app, h.analyst, 'GET', `/api/referrals/lead-times?${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const vdab = res.json().channels.find((c: { channel: string }) => c.channel === 'vdab');
    expect(vdab.referrals).toBe(7);
    // First contact after 2, 4, …, 14 days: median 8.
    expect(vdab.steps.referralToFirstContact).toMatchObject({ n: 7, medianDays: 8, isSuppressed: false });
    expect(vdab.steps.firstContactToIndication).toMatchObject({ medianDays: 3 });
    expect(vdab.steps.indicationToAdvice).toMatchObject({ medianDays: 10 });
    expect(vdab.steps.adviceToValidation).toMatchObject({ medianDays: 5 });
    expect(vdab.steps.referralToValidation.medianDays).toBe(8 + 18);
    expect(vdab.steps.referralToValidation.p90Days).toBeGreaterThan(
      vdab.steps.referralToValidation.medianDays,
    );
    const gtb = res.json().channels.find((c: { channel: string }) => c.channel === 'gtb');
    expect(gtb.steps.referralToFirstContact).toEqual({
      n: 0,
      medianDays: null,
      p90Days: null,
      isSuppressed: true,
    });

    const byIndication = (
      await call(t.app, h.analyst, 'GET', `/api/referrals/lead-times?${period}&groupBy=indication_channel`)
    ).json();
    expect(byIndication.channels.map((c: { channel: string }) => c.channel)).toEqual(['vdab']);
  });

  it('should count no-start reasons per channel with small cells hidden', async () => {
    const h = await history();
    const res = await call(t.app, h.analyst, 'GET', `/api/referrals/no-start-reasons?${period}&channel=gtb`);
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toEqual(
      expect.arrayContaining([
        { channel: 'gtb', reason: 'health', count: null },
        { channel: 'gtb', reason: 'no_answer', count: null },
      ]),
    );
  });

  it('should refuse the figures to roles outside monitoring, and a period that ends before it starts', async () => {
    const coach = await createUser(t.database.db, { roles: ['coach'] });
    const coachSession = await login(t.app, coach.email);
    expect((await call(t.app, coachSession, 'GET', '/api/referrals/lead-times')).statusCode).toBe(403);
    const analyst = await login(t.app, (await createUser(t.database.db, { roles: ['analyst'] })).email);
    const bad = await call(t.app, analyst, 'GET', '/api/referrals/lead-times?from=2020-01-01&to=2019-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'to', code: 'date_order' });
  });
});
