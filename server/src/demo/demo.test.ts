import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../test/app';
import { createTestDatabase } from '../../test/database';
import { REFERRAL_CHANNELS, REFERRAL_STATUSES } from '../db/schema';
import { addToDate, brusselsDate } from '../lib/dates';
import { runReferralFollowUp } from '../modules/referrals/referrals.service';
import { DEFAULT_FOLLOW_UP } from '../modules/referrals/referrals.settings';
import { DEMO_PASSWORD } from './network';
import { RECEIVERS } from './referrals.seed';
import { type SeedSummary, seedDemoNetwork } from './seed';

/** What the demo's referral and indication flow must look like on the day it is created. */
describe('demo network: referrals and indications', () => {
  const t = useTestApp();
  let summary: SeedSummary;
  const today = brusselsDate(new Date());
  const rows = async <R>(query: ReturnType<typeof sql<R>>) => (await query.execute(t.database.db)).rows;
  const demoUser = (role: string) => `${role}@demo.werkbrug.test`;

  beforeAll(async () => {
    summary = await seedDemoNetwork(t.database.db);
  });

  it('should hold referrals in every status and channel, the VDAB referring most', async () => {
    const byStatus = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from referrals group by status`,
    );
    expect(byStatus.map((r) => r.status).sort()).toEqual([...REFERRAL_STATUSES].sort());
    const byChannel = await rows<{ channel: string; n: number }>(
      sql`select channel, count(*)::int as n from referrals group by channel order by n desc`,
    );
    expect(byChannel.map((r) => r.channel).sort()).toEqual([...REFERRAL_CHANNELS].sort());
    expect(byChannel[0]!.channel).toBe('vdab');
    // About one and a half referrals per participant.
    expect(summary.referrals / summary.participants).toBeGreaterThan(1.2);
    expect(summary.referrals / summary.participants).toBeLessThan(1.8);
  });

  it('should keep referrer, channel, measure and receiving organisation consistent', async () => {
    const referrals = await rows<{
      channel: string;
      referrer_key: string | null;
      referrer_name: string | null;
      referrer_user_org: string | null;
      referrer_user_id: string | null;
      measure: keyof typeof RECEIVERS;
      target_email: string;
    }>(sql`
      select r.channel, split_part(split_part(ro.email, '@', 2), '.', 1) as referrer_key, r.referrer_name,
        ru.organisation_id as referrer_user_org, r.referrer_user_id, r.measure, t.email as target_email
      from referrals r
      left join organisations ro on ro.id = r.referrer_organisation_id
      left join users ru on ru.id = r.referrer_user_id
      join organisations t on t.id = r.target_organisation_id
    `);
    const referrerOf: Record<string, string | null> = {
      vdab: 'vdab',
      gtb: 'gtb',
      ocmw_indication_cell: 'ocmw-gent',
      health_insurer: 'mutualiteit',
      caw: 'caw',
      self: null,
      other: null,
    };
    for (const r of referrals) {
      expect(r.referrer_key).toBe(referrerOf[r.channel]);
      expect(r.referrer_name !== null).toBe(r.channel === 'other');
      expect(r.referrer_user_id !== null).toBe(r.referrer_key !== null);
      const targetKey = r.target_email.split('@')[1]!.split('.')[0]!;
      expect(RECEIVERS[r.measure]).toContain(targetKey);
    }
    // The referrer's user works at the referring organisation.
    const misplacedReferrers = await rows<{ n: number }>(sql`
      select count(*)::int as n from referrals r join users u on u.id = r.referrer_user_id
      where u.organisation_id is distinct from r.referrer_organisation_id
    `);
    expect(misplacedReferrers[0]!.n).toBe(0);
  });

  it('should follow up pending referrals as the daily job does: reminders after 14 days, none older than 60', async () => {
    const pending = await rows<{ age: number; reminded: boolean; notified: number }>(sql`
      select ${today}::date - r.referred_on as age, r.reminder_sent_at is not null as reminded,
        (select count(*)::int from notifications n where n.entity_id = r.id and n.kind = 'referral.reminder') as notified
      from referrals r where r.status = 'pending'
    `);
    expect(pending.filter((p) => p.age >= 1 && p.age <= 13).length).toBeGreaterThanOrEqual(3);
    expect(pending.filter((p) => p.age >= 14 && p.age <= 59).length).toBeGreaterThanOrEqual(3);
    for (const p of pending) {
      expect(p.age).toBeGreaterThanOrEqual(1);
      expect(p.age).toBeLessThan(60);
      expect(p.reminded).toBe(p.age >= 14);
      expect(p.notified > 0).toBe(p.age >= 14);
    }
    const unanswered = await rows<{
      closed_on: string;
      limit_on: string;
      referrer: string | null;
      told: number;
    }>(sql`
      select (r.closed_at at time zone 'Europe/Brussels')::date::text as closed_on,
        (r.referred_on + 60)::text as limit_on, r.referrer_user_id as referrer,
        (select count(*)::int from notifications n where n.entity_id = r.id and n.kind = 'referral.no_answer'
           and n.user_id = r.referrer_user_id) as told
      from referrals r where r.status = 'no_answer'
    `);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const u of unanswered) {
      expect(u.closed_on).toBe(u.limit_on);
      expect(u.told).toBe(u.referrer ? 1 : 0);
    }
    // The job itself finds nothing left to do: every reminder was sent and every overdue referral closed.
    expect(await runReferralFollowUp(t.database.db, DEFAULT_FOLLOW_UP)).toEqual({ reminded: 0, closed: 0 });
    // Notifications name the person and dates only: never a health detail.
    const keys = await rows<{ key: string }>(
      sql`select distinct jsonb_object_keys(params) as key from notifications order by key`,
    );
    expect(keys.map((k) => k.key)).toEqual(['days', 'measure', 'participant', 'referredOn']);
  });

  it('should approve indications with 20–43 items, four eyes and two years of validity', async () => {
    const approved = await rows<{
      items: number;
      is_own_validation: boolean;
      is_valid_after: boolean;
      has_review: boolean;
      is_consultant_there: boolean;
      is_ordered: boolean;
    }>(sql`
      select (select count(*)::int from indication_icf_items it where it.indication_id = i.id) as items,
        i.validator_user_id = i.consultant_user_id as is_own_validation,
        i.valid_until = ((i.validated_at at time zone 'Europe/Brussels')::date + interval '2 years')::date
          as is_valid_after,
        exists (select 1 from indication_reviews v where v.indication_id = i.id and v.decision = 'approved'
          and v.validator_user_id = i.validator_user_id) as has_review,
        exists (select 1 from user_roles ur where ur.user_id = i.consultant_user_id
          and ur.role = 'indication_consultant' and ur.organisation_id = i.organisation_id) as is_consultant_there,
        i.started_at <= i.first_submitted_at and i.first_submitted_at <= i.submitted_at
          and i.submitted_at <= i.validated_at as is_ordered
      from indications i where i.status = 'approved'
    `);
    expect(approved.length).toBeGreaterThan(100);
    for (const a of approved) {
      expect(a.items).toBeGreaterThanOrEqual(20);
      expect(a.items).toBeLessThanOrEqual(43);
      expect(a.is_own_validation).toBe(false);
      expect(a.is_valid_after).toBe(true);
      expect(a.has_review).toBe(true);
      expect(a.is_consultant_there).toBe(true);
      expect(a.is_ordered).toBe(true);
    }
    const byStatus = await rows<{ status: string }>(
      sql`select distinct status from indications order by status`,
    );
    expect(byStatus.map((r) => r.status)).toEqual(['approved', 'draft', 'returned', 'submitted']);
    // Some were returned once before approval, and every return says why.
    const returnedThenApproved = await rows<{ n: number }>(sql`
      select count(*)::int as n from indications i where i.status = 'approved'
        and exists (select 1 from indication_reviews v where v.indication_id = i.id and v.decision = 'returned')
    `);
    expect(returnedThenApproved[0]!.n).toBeGreaterThan(0);
    const silentReturns = await rows<{ n: number }>(
      sql`select count(*)::int as n from indication_reviews where decision = 'returned' and remarks is null`,
    );
    expect(silentReturns[0]!.n).toBe(0);
    // The indication follows the first contact of its referral, at the indicating channel's own organisation.
    const misfits = await rows<{ n: number }>(sql`
      select count(*)::int as n from indications i join referrals r on r.id = i.referral_id
      join organisations o on o.id = i.organisation_id
      where (i.started_at at time zone 'Europe/Brussels')::date < r.first_contact_on
        or r.participant_id <> i.participant_id
        or o.email <> 'info@' || case i.channel when 'vdab' then 'vdab' when 'gtb' then 'gtb'
          else 'ocmw-gent' end || '.demo.werkbrug.test'
    `);
    expect(misfits[0]!.n).toBe(0);
  });

  it('should give profiles that differ by archetype: not every indication limits the same things', async () => {
    const spread = await rows<{ code: string; mean: number; sd: number }>(sql`
      select code, avg(qualifier)::float as mean, stddev(qualifier)::float as sd
      from indication_icf_items where qualifier <= 4 and code in ('d430', 'b152', 'd166', 'd310')
      group by code
    `);
    expect(spread).toHaveLength(4);
    for (const s of spread) {
      expect(s.sd).toBeGreaterThan(0.8);
    }
    const special = await rows<{ n: number }>(
      sql`select count(*)::int as n from indication_icf_items where qualifier in (8, 9)`,
    );
    expect(special[0]!.n).toBeGreaterThan(0);
  });

  it('should start AMA referrals least often', async () => {
    const rates = await rows<{ measure: string; rate: number }>(sql`
      select measure, avg((status = 'started')::int)::float as rate from referrals
      where status in ('started', 'no_start', 'no_answer') group by measure order by rate
    `);
    expect(rates[0]!.measure).toBe('ama');
    expect(rates[0]!.rate).toBeLessThan(0.45);
    expect(rates.at(-1)!.rate).toBeGreaterThan(0.55);
  });

  it('should show lead times per main channel over the last year, none suppressed and each channel its own', async () => {
    const session = await login(t.app, demoUser('analyst'), DEMO_PASSWORD);
    const res = await call(t.app, session, 'GET', '/api/referrals/lead-times');
    expect(res.statusCode).toBe(200);
    type Figure = { n: number; medianDays: number | null; isSuppressed: boolean };
    const { channels } = res.json() as { channels: { channel: string; steps: Record<string, Figure> }[] };
    const of = (channel: string) => channels.find((c) => c.channel === channel)!.steps;
    for (const channel of ['vdab', 'gtb', 'ocmw_indication_cell']) {
      for (const [step, figure] of Object.entries(of(channel))) {
        expect({ channel, step, isSuppressed: figure.isSuppressed }).toEqual({
          channel,
          step,
          isSuppressed: false,
        });
        expect(figure.n).toBeGreaterThanOrEqual(5);
      }
    }
    // The VDAB answers fastest and the OCMW cell is slowest, to first contact and to validation.
    const contact = (c: string) => of(c).referralToFirstContact!.medianDays!;
    const validation = (c: string) => of(c).referralToValidation!.medianDays!;
    expect(contact('vdab')).toBeLessThan(contact('gtb'));
    expect(contact('gtb')).toBeLessThan(contact('ocmw_indication_cell'));
    expect(validation('vdab')).toBeLessThan(validation('ocmw_indication_cell'));
  });

  it('should give every participant with an approved indication a capability profile from the latest one', async () => {
    const missing = await rows<{ n: number }>(sql`
      select count(distinct i.participant_id)::int as n from indications i
      where i.status = 'approved' and not exists (
        select 1 from capability_profiles cp join indications li on li.id = cp.indication_id
        where cp.participant_id = i.participant_id and li.status = 'approved' and li.validated_at >= i.validated_at)
    `);
    expect(missing[0]!.n).toBe(0);
    const profiles = await rows<{ n: number; levels: number }>(sql`
      select count(*)::int as n, (select count(*)::int from capability_levels) as levels from capability_profiles
    `);
    expect(profiles[0]!.n).toBe(summary.capabilityProfiles);
    expect(profiles[0]!.levels).toBeGreaterThan(profiles[0]!.n * 20);
    // Coach adjustments: the level carries source "coach" and the reason is kept, by the participant's coach.
    const adjustments = await rows<{
      is_coach_level: boolean;
      is_own_coach: boolean;
      is_after_profile: boolean;
    }>(sql`
      select exists (select 1 from capability_levels l where l.participant_id = a.participant_id
          and l.dimension = a.dimension and l.source = 'coach' and l.level = a.to_level) as is_coach_level,
        p.coach_user_id = a.adjusted_by as is_own_coach, a.adjusted_at > cp.derived_at as is_after_profile
      from capability_adjustments a join participants p on p.id = a.participant_id
      join capability_profiles cp on cp.participant_id = a.participant_id
    `);
    expect(adjustments.length).toBeGreaterThan(3);
    expect(adjustments.every((a) => a.is_coach_level && a.is_own_coach && a.is_after_profile)).toBe(true);
  });

  it('should keep participants consistent with their referrals, coaches and the area their organisation serves', async () => {
    const facts = await rows<{
      status: string;
      open_referrals: number;
      open_indications: number;
      started: number;
      measure_matches: boolean | null;
      waiting_since: string | null;
      open_assignments: number;
      assignment_matches: boolean;
      is_served: boolean;
      is_quiet: boolean;
    }>(sql`
      select p.status,
        (select count(*)::int from referrals r where r.participant_id = p.id and r.status in ('pending', 'in_contact'))
          as open_referrals,
        (select count(*)::int from indications i where i.participant_id = p.id and i.status <> 'approved')
          as open_indications,
        (select count(*)::int from referrals r where r.participant_id = p.id and r.status = 'started') as started,
        (select r.measure = p.current_measure from referrals r where r.participant_id = p.id and r.status = 'started'
          order by r.started_on desc limit 1) as measure_matches,
        p.waiting_since::text as waiting_since,
        (select count(*)::int from participant_coach_assignments a where a.participant_id = p.id and a.ended_at is null)
          as open_assignments,
        exists (select 1 from participant_coach_assignments a where a.participant_id = p.id and a.ended_at is null
          and a.organisation_id = p.organisation_id and a.coach_user_id is not distinct from p.coach_user_id)
          as assignment_matches,
        exists (select 1 from organisation_municipalities om where om.organisation_id = p.organisation_id
          and om.nis_code = p.municipality_nis) as is_served,
        p.last_activity_at < ${today}::date - 90 as is_quiet
      from participants p
    `);
    for (const f of facts) {
      expect(f.is_served).toBe(true);
      expect(f.open_assignments).toBe(1);
      expect(f.assignment_matches).toBe(true);
      if (f.status === 'referred') {
        expect(f.open_referrals).toBe(1);
      }
      if (f.status === 'in_indication') {
        expect(f.open_indications).toBeGreaterThan(0);
      }
      if (['referred', 'in_indication', 'waiting'].includes(f.status)) {
        expect(f.waiting_since).not.toBeNull();
      }
      if (f.status === 'in_trajectory') {
        expect(f.waiting_since).toBeNull();
        if (f.started > 0) {
          expect(f.measure_matches).toBe(true);
        }
      }
    }
    const statuses = new Set(facts.map((f) => f.status));
    for (const status of ['referred', 'in_indication', 'waiting', 'in_trajectory', 'employed', 'closed']) {
      expect(statuses).toContain(status);
    }
    // About one in ten active participants has been quiet for over 90 days ("no one gets lost" has people).
    const active = facts.filter((f) => !['closed', 'employed'].includes(f.status));
    const quiet = active.filter((f) => f.is_quiet).length / active.length;
    expect(quiet).toBeGreaterThan(0.05);
    expect(quiet).toBeLessThan(0.2);
    // Those who moved on a start: the former coach reads along for 30 days after the hand-over.
    const ended = await rows<{ days: number | null; has_coach: boolean }>(sql`
      select extract(epoch from read_access_until - ended_at)::float / 86400 as days, coach_user_id is not null as has_coach
      from participant_coach_assignments where ended_at is not null
    `);
    expect(ended.length).toBeGreaterThan(20);
    for (const e of ended.filter((x) => x.days !== null)) {
      expect(e.days).toBe(30);
      expect(e.has_coach).toBe(true);
    }
  });

  it('should record consents per purpose, within the usual shares, with a few withdrawn', async () => {
    const shares = await rows<{ purpose: string; participants: number; withdrawn: number }>(sql`
      select purpose, count(distinct participant_id) filter (where withdrawn_at is null)::int as participants,
        count(*) filter (where withdrawn_at is not null)::int as withdrawn
      from participant_consents group by purpose
    `);
    const share = (purpose: string) =>
      shares.find((s) => s.purpose === purpose)!.participants / summary.participants;
    expect(share('network_pool')).toBeGreaterThan(0.6);
    expect(share('network_pool')).toBeLessThan(0.8);
    expect(share('statistics')).toBeGreaterThan(0.75);
    expect(share('employer_proposals')).toBeGreaterThan(0.4);
    expect(share('employer_proposals')).toBeLessThan(0.6);
    expect(shares.reduce((sum, s) => sum + s.withdrawn, 0)).toBeGreaterThan(0);
    // Recorded by staff of the organisation that then held the record; withdrawals say by whom and when.
    const odd = await rows<{ n: number }>(sql`
      select count(*)::int as n from participant_consents c join users u on u.id = c.recorded_by
      where u.organisation_id is distinct from c.recorded_by_organisation_id
        or (c.withdrawn_at is null) <> (c.withdrawn_by is null) or c.withdrawn_at < c.recorded_at
    `);
    expect(odd[0]!.n).toBe(0);
  });

  it('should let the demo coach see Pieter Deelnemer: started, approved indication, consents for all four purposes', async () => {
    const [pieter] = await rows<{
      id: string;
      organisation: string;
      coach: string;
      status: string;
    }>(sql`
      select p.id, o.name as organisation, u.email as coach, p.status from participants p
      join user_roles ur on ur.participant_id = p.id join users pu on pu.id = ur.user_id
      join organisations o on o.id = p.organisation_id join users u on u.id = p.coach_user_id
      where pu.email = ${demoUser('participant')}
    `);
    expect(pieter).toMatchObject({
      organisation: 'Maatwerkbedrijf De Leiewerf',
      coach: demoUser('coach'),
      status: 'in_trajectory',
    });
    const indication = await rows<{ advice: string; has_profile: boolean; referral_status: string }>(sql`
      select i.advice, exists (select 1 from capability_profiles cp where cp.indication_id = i.id) as has_profile,
        r.status as referral_status
      from indications i join referrals r on r.id = i.referral_id
      where i.participant_id = ${pieter!.id} and i.status = 'approved'
    `);
    expect(indication).toEqual([
      { advice: 'regular_work_with_support', has_profile: true, referral_status: 'started' },
    ]);
    const consents = await rows<{ purpose: string; organisation: string | null }>(sql`
      select c.purpose, o.name as organisation from participant_consents c
      left join organisations o on o.id = c.organisation_id
      where c.participant_id = ${pieter!.id} and c.withdrawn_at is null order by c.purpose, o.name
    `);
    expect(consents).toEqual([
      { purpose: 'employer_proposals', organisation: null },
      { purpose: 'network_pool', organisation: null },
      { purpose: 'share_profile', organisation: 'Maatwerkbedrijf De Leiewerf' },
      { purpose: 'share_profile', organisation: 'VDAB Regio Gent-Eeklo' },
      { purpose: 'statistics', organisation: null },
    ]);
  });

  it('should give the demo consultant drafts and a returned indication, and the demo validator a queue', async () => {
    const mine = await rows<{ status: string; n: number }>(sql`
      select i.status, count(*)::int as n from indications i join users u on u.id = i.consultant_user_id
      where u.email = ${demoUser('indication_consultant')} group by i.status
    `);
    const count = (status: string) => mine.find((m) => m.status === status)?.n ?? 0;
    expect(count('draft')).toBeGreaterThanOrEqual(2);
    expect(count('returned')).toBeGreaterThanOrEqual(1);
    // And a fresh notice that one of her referrals went unanswered.
    const notices = await rows<{ n: number }>(sql`
      select count(*)::int as n from notifications n join users u on u.id = n.user_id
      where u.email = ${demoUser('indication_consultant')} and n.kind = 'referral.no_answer' and n.read_at is null
    `);
    expect(notices[0]!.n).toBeGreaterThanOrEqual(1);
    const queue = await rows<{ waiting: number; validated: number }>(sql`
      select (select count(*)::int from indications where status = 'submitted') as waiting,
        (select count(*)::int from indications i join users u on u.id = i.validator_user_id
          where u.email = ${demoUser('indication_validator')} and i.status = 'approved') as validated
    `);
    expect(queue[0]!.waiting).toBeGreaterThanOrEqual(3);
    expect(queue[0]!.validated).toBeGreaterThanOrEqual(30);
  });

  it('should put nothing after today', async () => {
    const [latest] = await rows<Record<string, string | Date | null>>(sql`
      select (select max(greatest(referred_on, first_contact_on, started_on)) from referrals)::text as referral_day,
        (select max(greatest(closed_at, reminder_sent_at, updated_at)) from referrals) as referral_at,
        (select max(greatest(started_at, first_submitted_at, submitted_at, validated_at, updated_at)) from indications)
          as indication_at,
        (select max(decided_at) from indication_reviews) as review_at,
        (select max(greatest(created_at, read_at)) from notifications) as notification_at,
        (select max(greatest(recorded_at, withdrawn_at)) from participant_consents) as consent_at,
        (select max(given_on) from participant_consents)::text as consent_day,
        (select max(greatest(started_at, ended_at)) from participant_coach_assignments) as assignment_at,
        (select max(greatest(last_activity_at, created_at)) from participants) as participant_at,
        (select max(adjusted_at) from capability_adjustments) as adjustment_at,
        (select max(waiting_since) from participants)::text as waiting_day
    `);
    const now = new Date();
    for (const [column, value] of Object.entries(latest!)) {
      expect(value, column).not.toBeNull();
      if (typeof value === 'string') {
        expect(value <= today, column).toBe(true);
      } else {
        expect(value!.getTime() <= now.getTime(), column).toBe(true);
      }
    }
    // About two and a half years of referrals.
    const [oldest] = await rows<{ days: number }>(
      sql`select ${today}::date - min(referred_on) as days from referrals`,
    );
    expect(oldest!.days).toBeGreaterThan(800);
    expect(oldest!.days).toBeLessThanOrEqual(930);
  });

  it('should anchor the timeline on the given day: the same seed gives the same course, shifted', async () => {
    const other = await createTestDatabase();
    try {
      const earlier = addToDate(today, { days: -100 });
      await seedDemoNetwork(other.database.db, { today: earlier });
      const course = (db: typeof t.database.db, day: string) =>
        sql<{ id: string; channel: string; status: string; age: number; contact: number | null }>`
          select id, channel, status, ${day}::date - referred_on as age, ${day}::date - first_contact_on as contact
          from referrals order by id
        `
          .execute(db)
          .then((r) => r.rows);
      expect(await course(other.database.db, earlier)).toEqual(await course(t.database.db, today));
      const indications = (db: typeof t.database.db) =>
        sql<{ id: string; status: string; advice: string | null; items: number }>`
          select i.id, i.status, i.advice, count(it.code)::int as items from indications i
          left join indication_icf_items it on it.indication_id = i.id group by i.id order by i.id
        `
          .execute(db)
          .then((r) => r.rows);
      expect(await indications(other.database.db)).toEqual(await indications(t.database.db));
      const latest = await sql<{ day: string }>`select max(referred_on)::text as day from referrals`.execute(
        other.database.db,
      );
      expect(latest.rows[0]!.day < earlier).toBe(true);
    } finally {
      await other.drop();
    }
  });
});
