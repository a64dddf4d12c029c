import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../test/app';
import { createTestDatabase } from '../../test/database';
import { REFERRAL_CHANNELS, REFERRAL_STATUSES, type WorkHistoryEntry } from '../db/schema';
import { groupBy } from '../lib/collections';
import { addToDate, brusselsDate } from '../lib/dates';
import { contactsRepository } from '../modules/contacts/contacts.repository';
import { excessTaskHours } from '../modules/jobs/jobs.policy';
import { deriveJobProfile } from '../modules/jobs/jobs.profile';
import { jobsRepository } from '../modules/jobs/jobs.repository';
import { jobsFrom, personsFrom } from '../modules/matching/engine/builders';
import { buildSupports, type ShiftName } from '../modules/matching/engine/model';
import { emptyExplanation, scorePair } from '../modules/matching/engine/score';
import { type CompletenessFacts, profileCompleteness } from '../modules/participants/participants.presenter';
import type { DimensionKey, Level, Profile } from '../modules/profiles/dimensions';
import { runReferralFollowUp } from '../modules/referrals/referrals.service';
import { DEFAULT_FOLLOW_UP } from '../modules/referrals/referrals.settings';
import { JOB_TEMPLATES } from './job-templates';
import { DEMO_PASSWORD } from './network';
import { RECEIVERS } from './referrals.seed';
import { type SeedSummary, seedDemoNetwork } from './seed';

/** What the demo network must look like on the day it is created. */
describe('demo network', () => {
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
      // The employer desk and the participants' records too (contacts move to working days, so not their dates).
      const desk = (db: typeof t.database.db, day: string) =>
        sql<Record<string, unknown>>`
          select 'job' as kind, j.id::text as id, j.title || ' ' || j.status || ' ' || j.kind || ' ' || j.hours_per_week
            || ' ' || (${day}::date - (j.created_at at time zone 'Europe/Brussels')::date) as facts from jobs j
          union all
          select 'contact', c.id::text, c.employer_id || ' ' || c.organisation_id || ' ' || c.is_uncoordinated
          from employer_contacts c
          union all
          select 'record', p.id::text, coalesce(p.dutch_level, '-') || ' ' || p.hours_per_week || ' '
            || array_to_string(p.occupation_interests, ',') || ' ' || jsonb_array_length(p.work_history)
          from participants p
          order by 1, 2
        `
          .execute(db)
          .then((r) => r.rows);
      const deskToday = await desk(t.database.db, today);
      expect(deskToday.length).toBeGreaterThan(summary.jobs + summary.employerContacts);
      expect(await desk(other.database.db, earlier)).toEqual(deskToday);
      const latest = await sql<{ day: string }>`select max(referred_on)::text as day from referrals`.execute(
        other.database.db,
      );
      expect(latest.rows[0]!.day < earlier).toBe(true);
    } finally {
      await other.drop();
    }
  }, 90_000); // seeds a second whole network: on a loaded 2-core machine that can pass 30 s

  /** The employer desk (issue 4) as the demo holds it on the day it is created. */
  describe('employer desk', () => {
    it('should give most employers an owner: an account manager of the owning organisation, the demo one a good share', async () => {
      const owners = await rows<{
        owned: number;
        employers: number;
        misfits: number;
        demo: number;
        orgs: string[];
      }>(sql`
        select count(*) filter (where e.owner_organisation_id is not null)::int as owned, count(*)::int as employers,
          count(*) filter (where e.owner_organisation_id is not null and (e.owner_since > now() or not exists (
            select 1 from user_roles r where r.user_id = e.owner_user_id and r.role = 'account_manager'
              and r.organisation_id = e.owner_organisation_id)))::int as misfits,
          count(*) filter (where u.email = ${demoUser('account_manager')})::int as demo,
          array_agg(distinct split_part(split_part(o.email, '@', 2), '.', 1)) filter (where o.id is not null) as orgs
        from employers e left join users u on u.id = e.owner_user_id left join organisations o on o.id = e.owner_organisation_id
      `);
      const o = owners[0]!;
      expect(o.owned / o.employers).toBeGreaterThan(0.75);
      expect(o.owned / o.employers).toBeLessThan(0.95);
      expect(o.owned).toBe(summary.ownedEmployers);
      expect(o.misfits).toBe(0);
      expect(o.demo).toBeGreaterThanOrEqual(15);
      expect(o.demo).toBeLessThanOrEqual(20);
      expect([...o.orgs].sort()).toEqual(['dendervallei', 'leiewerf', 'vdab']);
      // The demo account manager sees his accounts, requests to decide and next steps on his start page.
      const session = await login(t.app, demoUser('account_manager'), DEMO_PASSWORD);
      const work = (await call(t.app, session, 'GET', '/api/my-work')).json() as {
        sections: { key: string; items: { key: string; count: number | null }[] }[];
      };
      const desk = work.sections.find((s) => s.key === 'employerDesk')!.items;
      const count = (key: string) => desk.find((i) => i.key === key)!.count!;
      expect(count('myEmployers')).toBe(o.demo);
      expect(count('approachRequestsToDecide')).toBeGreaterThanOrEqual(2);
      expect(count('nextStepsThisWeek')).toBeGreaterThanOrEqual(3);
    });

    it('should give every employer one main site at its address, second sites where the owner works', async () => {
      const sites = await rows<{
        mains: number;
        is_at_address: boolean;
        others: number;
        misplaced: number;
      }>(sql`
        select (select count(*)::int from employer_sites s where s.employer_id = e.id and s.is_main) as mains,
          exists (select 1 from employer_sites s where s.employer_id = e.id and s.is_main and s.street = e.street
            and s.postcode = e.postcode and s.municipality_nis = e.municipality_nis) as is_at_address,
          (select count(*)::int from employer_sites s where s.employer_id = e.id and not s.is_main) as others,
          (select count(*)::int from employer_sites s where s.employer_id = e.id and not s.is_main and not exists (
            select 1 from organisation_municipalities om where om.organisation_id = e.owner_organisation_id
              and om.nis_code = s.municipality_nis)) as misplaced
        from employers e
      `);
      for (const s of sites) {
        expect(s).toMatchObject({ mains: 1, is_at_address: true, misplaced: 0 });
      }
      const withSecond = sites.filter((s) => s.others > 0).length;
      expect(withSecond).toBeGreaterThan(5);
      expect(withSecond + sites.length).toBe(summary.sites);
      const postcodes = await rows<{ n: number }>(sql`
        select count(*)::int as n from employer_sites s
        where not exists (select 1 from ref_postcodes p where p.postcode = s.postcode and p.nis_code = s.municipality_nis)
      `);
      expect(postcodes[0]!.n).toBe(0);
    });

    it('should give every employer 1–3 contact persons, one legal signatory, e-mail at its own domain', async () => {
      const persons = await rows<{
        name: string;
        persons: number;
        signatories: number;
        foreign_mails: number;
        untitled: number;
      }>(sql`
        select e.name, count(p.id)::int as persons, count(p.id) filter (where p.is_legal_signatory)::int as signatories,
          count(p.id) filter (where p.email not like '%@' || replace(e.website, 'https://www.', '')
            and p.email <> ${demoUser('employer_contact')})::int as foreign_mails,
          count(p.id) filter (where p.job_title is null or p.phone is null)::int as untitled
        from employers e left join employer_contact_persons p on p.employer_id = e.id group by e.id
      `);
      for (const p of persons) {
        expect(p.persons, p.name).toBeGreaterThanOrEqual(1);
        expect(p.persons, p.name).toBeLessThanOrEqual(3);
        expect(p, p.name).toMatchObject({ signatories: 1, foreign_mails: 0, untitled: 0 });
      }
      expect(persons.reduce((n, p) => n + p.persons, 0)).toBe(summary.contactPersons);
      // A contact person's login is an employer_contact login of that employer; the demo one is among them.
      const logins = await rows<{ email: string; is_own: boolean }>(sql`
        select u.email, exists (select 1 from user_roles r where r.user_id = p.user_id and r.role = 'employer_contact'
            and r.employer_id = p.employer_id) as is_own
        from employer_contact_persons p join users u on u.id = p.user_id
      `);
      expect(logins.every((l) => l.is_own)).toBe(true);
      expect(logins.map((l) => l.email)).toContain(demoUser('employer_contact'));
      expect(logins.length).toBeGreaterThan(1);
    });

    it('should hold approach requests in every status: joint actions for accepted ones, reasons, a take-over', async () => {
      const requests = await rows<{
        status: string;
        decision_reason: string | null;
        is_ordered: boolean;
        has_joint: boolean;
        joint_reason: string | null;
        is_requester_owner: boolean;
        asked: string;
        owner_email: string | null;
        is_decided_by_asked: boolean | null;
        is_requested_by_desk: boolean;
      }>(sql`
        select r.status, r.decision_reason,
          r.created_at <= coalesce(r.decided_at, r.created_at) and coalesce(r.decided_at, r.created_at) <= now()
            and e.owner_since <= r.created_at or r.status = 'taken_over' as is_ordered,
          exists (select 1 from employer_joint_actions j where j.employer_id = r.employer_id
            and j.organisation_id = r.requesting_organisation_id and j.approach_request_id = r.id) as has_joint,
          (select j.reason from employer_joint_actions j where j.employer_id = r.employer_id
            and j.organisation_id = r.asked_organisation_id) as joint_reason,
          e.owner_organisation_id = r.requesting_organisation_id as is_requester_owner,
          split_part(split_part(ao.email, '@', 2), '.', 1) as asked, ou.email as owner_email,
          (select d.organisation_id = r.asked_organisation_id from users d where d.id = r.decided_by) as is_decided_by_asked,
          exists (select 1 from user_roles ur where ur.user_id = r.requested_by
            and ur.organisation_id = r.requesting_organisation_id
            and ur.role in ('account_manager', 'org_admin')) as is_requested_by_desk
        from approach_requests r join employers e on e.id = r.employer_id
        join organisations ao on ao.id = r.asked_organisation_id left join users ou on ou.id = e.owner_user_id
      `);
      expect(requests.length).toBe(summary.approachRequests);
      const of = (status: string) => requests.filter((r) => r.status === status);
      expect(of('accepted').length).toBeGreaterThanOrEqual(5);
      expect(of('declined').length).toBeGreaterThanOrEqual(3);
      expect(of('pending').length).toBeGreaterThanOrEqual(3);
      expect(of('taken_over')).toHaveLength(1);
      for (const r of requests) {
        expect(r.is_ordered).toBe(true);
        expect(r.is_requested_by_desk).toBe(true);
        expect(r.has_joint).toBe(r.status === 'accepted');
        expect(r.is_requester_owner).toBe(r.status === 'taken_over');
        expect(r.is_decided_by_asked).toBe(r.status === 'pending' ? null : true);
      }
      expect(of('declined').every((r) => (r.decision_reason ?? '').length > 10)).toBe(true);
      // The previous owner stays involved after the take-over.
      expect(of('taken_over')[0]!.joint_reason).toBe('previous_owner');
      expect(
        of('pending').filter((r) => r.owner_email === demoUser('account_manager')).length,
      ).toBeGreaterThanOrEqual(2);
    });

    it('should keep a timeline of 1–8 contacts a year per owned employer, flagged as the contacts service flags them', async () => {
      const timelines = await rows<{ owned: boolean; n: number }>(sql`
        select e.owner_organisation_id is not null as owned,
          (select count(*)::int from employer_contacts c where c.employer_id = e.id
            and c.contacted_on > ${today}::date - 365) as n
        from employers e
      `);
      for (const tl of timelines.filter((x) => x.owned)) {
        expect(tl.n).toBeGreaterThanOrEqual(1);
        expect(tl.n).toBeLessThanOrEqual(8);
      }
      // Uncoordinated: by an organisation that was neither owner (the previous one before a take-over) nor in a
      // joint action on the day of the contact; an employer without owner is open to every desk.
      const flags = await rows<{ is_uncoordinated: boolean; expected: boolean; channel: string }>(sql`
        select c.is_uncoordinated, c.channel, case
            when e.owner_organisation_id is null then false
            when c.organisation_id = e.owner_organisation_id and c.contacted_on >= (e.owner_since at time zone 'Europe/Brussels')::date then false
            when exists (select 1 from employer_joint_actions j where j.employer_id = c.employer_id
              and j.organisation_id = c.organisation_id
              and (j.since at time zone 'Europe/Brussels')::date < c.contacted_on) then false
            when exists (select 1 from employer_joint_actions j where j.employer_id = c.employer_id
              and j.organisation_id = c.organisation_id and j.reason = 'previous_owner'
              and (j.since at time zone 'Europe/Brussels')::date >= c.contacted_on) then false
            else true end as expected
        from employer_contacts c join employers e on e.id = c.employer_id
      `);
      expect(flags.length).toBe(summary.employerContacts);
      expect(flags.filter((f) => f.is_uncoordinated !== f.expected)).toEqual([]);
      expect(new Set(flags.map((f) => f.channel))).toEqual(
        new Set(['visit', 'phone', 'email', 'video', 'event']),
      );
      // Contacts are logged by staff of the organisation they are for, in a role that logs contacts.
      const loggers = await rows<{ n: number }>(sql`
        select count(*)::int as n from employer_contacts c where not exists (select 1 from user_roles r
          where r.user_id = c.user_id and r.organisation_id = c.organisation_id
          and r.role in ('account_manager', 'coach', 'org_admin'))
          or c.contacted_on > ${today}::date or extract(isodow from c.contacted_on) > 5
          or (c.contact_person_id is not null and not exists (select 1 from employer_contact_persons p
            where p.id = c.contact_person_id and p.employer_id = c.employer_id))
      `);
      expect(loggers[0]!.n).toBe(0);
      const nextSteps = await contactsRepository.countNextStepsDue(
        t.database.db,
        (
          await rows<{ id: string }>(sql`select id from users where email = ${demoUser('account_manager')}`)
        )[0]!.id,
        today,
        addToDate(today, { days: 7 }),
      );
      expect(nextSteps).toBeGreaterThanOrEqual(3);
    });

    it('should let the uncoordinated-approach list find exactly the planted cases', async () => {
      const session = await login(t.app, demoUser('account_manager'), DEMO_PASSWORD);
      const res = await call(t.app, session, 'GET', '/api/employers/uncoordinated-approaches?pageSize=200');
      expect(res.statusCode).toBe(200);
      type Case = {
        employer: { id: string };
        uncoordinatedCount: number;
        organisations: { coordination: string }[];
      };
      const { items, total } = res.json() as { items: Case[]; total: number };
      // What the seed planted, read from the contacts themselves: flagged contacts in the window, and contacts
      // by an organisation in a joint action that began before them.
      const planted = await rows<{ employer_id: string; is_flagged: boolean }>(sql`
        select distinct c.employer_id, c.is_uncoordinated as is_flagged from employer_contacts c
        where c.contacted_on >= ${addToDate(today, { days: -90 })}::date and (c.is_uncoordinated or exists (
          select 1 from employer_joint_actions j where j.employer_id = c.employer_id
            and j.organisation_id = c.organisation_id and j.since::date < c.contacted_on))
      `);
      const flagged = planted.filter((p) => p.is_flagged).map((p) => p.employer_id);
      const joint = planted.filter((p) => !p.is_flagged).map((p) => p.employer_id);
      expect(new Set(flagged).size).toBe(summary.uncoordinatedCases);
      expect(new Set(joint).size).toBe(summary.coordinatedCases);
      expect(summary.uncoordinatedCases).toBe(6);
      expect(summary.coordinatedCases).toBeGreaterThanOrEqual(3);
      expect(total).toBe(summary.uncoordinatedCases + summary.coordinatedCases);
      const uncoordinated = items.filter((i) => i.uncoordinatedCount > 0);
      const coordinated = items.filter((i) => i.uncoordinatedCount === 0);
      expect(uncoordinated.map((i) => i.employer.id).sort()).toEqual([...new Set(flagged)].sort());
      expect(coordinated.map((i) => i.employer.id).sort()).toEqual([...new Set(joint)].sort());
      for (const c of uncoordinated) {
        expect(c.organisations.map((o) => o.coordination)).toContain('uncoordinated');
      }
      for (const c of coordinated) {
        expect(c.organisations.map((o) => o.coordination).sort()).toEqual(
          expect.arrayContaining(['joint', 'owner']),
        );
        expect(c.organisations.every((o) => ['owner', 'joint'].includes(o.coordination))).toBe(true);
      }
    });

    it('should offer every service through 2–4 fitting organisations and track ~30 employers’ requests in every status', async () => {
      const providers = await rows<{ key: string; kinds: string[]; n: number }>(sql`
        select s.key, array_agg(distinct o.kind) as kinds, count(p.organisation_id)::int as n from network_services s
        left join network_service_providers p on p.service_key = s.key left join organisations o on o.id = p.organisation_id
        group by s.key
      `);
      expect(providers).toHaveLength(7);
      for (const p of providers) {
        expect(p.n, p.key).toBeGreaterThanOrEqual(2);
        expect(p.n, p.key).toBeLessThanOrEqual(4);
        expect(p.kinds, p.key).not.toContain('federation');
      }
      const requests = await rows<{
        status: string;
        employer_id: string;
        is_provider: boolean;
        is_serving: boolean;
      }>(sql`
        select r.status, r.employer_id,
          exists (select 1 from network_service_providers p where p.service_key = r.service_key
            and p.organisation_id = r.handling_organisation_id) as is_provider,
          (r.requested_by_organisation_id = e.owner_organisation_id or exists (select 1 from employer_joint_actions j
            where j.employer_id = e.id and j.organisation_id = r.requested_by_organisation_id))
            and r.requested_on <= ${today}::date and coalesce(r.done_on, r.cancelled_on, r.started_on, r.requested_on) <= ${today}::date
            as is_serving
        from employer_service_requests r join employers e on e.id = r.employer_id
      `);
      expect(requests.length).toBe(summary.serviceRequests);
      expect(new Set(requests.map((r) => r.status))).toEqual(
        new Set(['requested', 'in_progress', 'done', 'cancelled']),
      );
      expect(requests.every((r) => r.is_provider && r.is_serving)).toBe(true);
      const employers = new Set(requests.map((r) => r.employer_id)).size;
      expect(employers).toBeGreaterThanOrEqual(25);
      expect(employers).toBeLessThanOrEqual(35);
    });

    it('should give owned employers 1–4 jobs of their sector; every open job has tasks that fit its hours and a derived profile', async () => {
      const jobs = await rows<{
        id: string;
        employer_id: string;
        nace_code: string;
        is_owned: boolean;
        status: string;
        kind: string;
        isco_code: string | null;
        hours_per_week: number;
        positions: number;
        essential_dimensions: string[];
        marks: boolean[];
      }>(sql`
        select j.id, j.employer_id, e.nace_code, e.owner_organisation_id is not null as is_owned, j.status, j.kind,
          j.isco_code, j.hours_per_week, j.positions, j.essential_dimensions,
          array[j.has_mentor, j.can_adapt_hours, j.can_adapt_physical, j.can_adapt_environment,
            j.can_work_with_limited_dutch, j.open_to_wage_premium, j.dutch_level_waivable] as marks
        from jobs j join employers e on e.id = j.employer_id
      `);
      expect(jobs.length).toBe(summary.jobs);
      expect(
        jobs.every((j) => j.is_owned && j.isco_code !== null && j.positions >= 1 && j.positions <= 3),
      ).toBe(true);
      const perEmployer = groupBy(
        jobs.filter((j) => j.kind !== 'carved_job'),
        (j) => j.employer_id,
      );
      expect(perEmployer.size).toBe(summary.ownedEmployers);
      for (const list of perEmployer.values()) {
        expect(list.length).toBeGreaterThanOrEqual(1);
        expect(list.length).toBeLessThanOrEqual(4);
      }
      // Most jobs are of the employer's own sector where it has templates (the others of a related sector).
      const ownSector = jobs.filter((j) => JOB_TEMPLATES.some((tpl) => tpl.nace === j.nace_code));
      const fitting = ownSector.filter((j) =>
        JOB_TEMPLATES.some((tpl) => tpl.nace === j.nace_code && tpl.isco === j.isco_code),
      );
      expect(fitting.length / ownSector.length).toBeGreaterThan(0.6);
      const open = jobs.filter((j) => j.status === 'open');
      // Seeded open; a few were then filled by the demo's accepted proposals.
      const filledByProposals = await sql<{ n: number }>`
        select count(*)::int as n from jobs j where j.status = 'filled'
        and j.positions <= (select count(*) from proposals p where p.job_id = j.id and p.status = 'accepted')`.execute(
        t.database.db,
      );
      expect(open.length + filledByProposals.rows[0]!.n).toBe(summary.openJobs);
      expect(open.length).toBeGreaterThanOrEqual(150);
      expect(open.length).toBeLessThanOrEqual(200);
      expect(new Set(jobs.map((j) => j.status))).toEqual(new Set(['draft', 'open', 'filled', 'closed']));
      expect(new Set(jobs.map((j) => j.kind))).toEqual(
        new Set(['regular_vacancy', 'carved_job', 'internship_place', 'ama_activity', 'cmw_workplace']),
      );
      expect(open.filter((j) => j.kind === 'regular_vacancy').length / open.length).toBeGreaterThan(0.5);
      // Every offer mark is set on some open jobs and not on others.
      for (let m = 0; m < 7; m++) {
        const set = open.filter((j) => j.marks[m]).length;
        expect(set, `mark ${m}`).toBeGreaterThan(0);
        expect(set, `mark ${m}`).toBeLessThan(open.length);
      }
      // The tasks as the jobs module reads them, and the profile it derives from them.
      const tasks = groupBy(
        await jobsRepository.findTasks(
          t.database.db,
          open.map((j) => j.id),
        ),
        (task) => task.job_id,
      );
      const demands = groupBy(
        await jobsRepository.findDemands(
          t.database.db,
          [...tasks.values()].flat().map((task) => task.id),
        ),
        (d) => d.task_id,
      );
      expect([...tasks.values()].flat().length).toBeGreaterThan(open.length * 2);
      for (const job of open) {
        const list = tasks.get(job.id) ?? [];
        expect(list.length, job.id).toBeGreaterThan(0);
        expect(
          excessTaskHours(
            job.hours_per_week,
            list.map((task) => Number(task.hours_per_week)),
          ),
        ).toBeNull();
        const profile = deriveJobProfile(
          list.map((task) => ({
            id: task.id,
            name: task.name,
            hoursPerWeek: Number(task.hours_per_week),
            demands: new Map((demands.get(task.id) ?? []).map((d) => [d.dimension, d.level])),
          })),
          job.essential_dimensions,
        );
        expect(profile.dimensions.length, job.id).toBeGreaterThanOrEqual(4);
        // Essential dimensions are ones the tasks demand.
        const demanded = profile.dimensions.map((d) => d.dimension as string);
        expect(
          job.essential_dimensions.every((key) => demanded.includes(key)),
          job.id,
        ).toBe(true);
      }
      // The API presents the same derived profile.
      const session = await login(t.app, demoUser('account_manager'), DEMO_PASSWORD);
      const sample = open[0]!;
      const detail = (await call(t.app, session, 'GET', `/api/jobs/${sample.id}`)).json() as {
        profile: { dimensions: { dimension: string; level: number }[] };
      };
      expect(detail.profile.dimensions.length).toBeGreaterThanOrEqual(4);
    });

    it('should make carved jobs from tasks of other jobs of the same employer, hours adding up', async () => {
      const carved = await rows<{
        id: string;
        hours_per_week: number;
        task_hours: number;
        tasks: number;
        linked: number;
        same_hours_and_demands: number;
      }>(sql`
        select j.id, j.hours_per_week,
          (select sum(t.hours_per_week)::float from job_tasks t where t.job_id = j.id) as task_hours,
          (select count(*)::int from job_tasks t where t.job_id = j.id) as tasks,
          (select count(*)::int from job_tasks t join job_tasks s on s.id = t.source_task_id join jobs sj on sj.id = s.job_id
            where t.job_id = j.id and sj.employer_id = j.employer_id and sj.id <> j.id and sj.kind <> 'carved_job') as linked,
          (select count(*)::int from job_tasks t join job_tasks s on s.id = t.source_task_id where t.job_id = j.id
            and t.hours_per_week = s.hours_per_week and t.name = s.name
            and (select coalesce(string_agg(d.dimension || d.level, ',' order by d.dimension), '')
                 from job_task_demands d where d.task_id = t.id)
              = (select coalesce(string_agg(d.dimension || d.level, ',' order by d.dimension), '')
                 from job_task_demands d where d.task_id = s.id)) as same_hours_and_demands
        from jobs j where j.kind = 'carved_job'
      `);
      expect(carved.length).toBe(summary.carvedJobs);
      expect(carved.length).toBeGreaterThanOrEqual(5);
      for (const c of carved) {
        expect(c.tasks).toBeGreaterThanOrEqual(2);
        expect(c).toMatchObject({ linked: c.tasks, same_hours_and_demands: c.tasks });
        expect(c.task_hours).toBe(c.hours_per_week);
      }
      // Only carved jobs have source tasks.
      const strays = await rows<{ n: number }>(sql`
        select count(*)::int as n from job_tasks t join jobs j on j.id = t.job_id
        where (t.source_task_id is not null) <> (j.kind = 'carved_job')
      `);
      expect(strays[0]!.n).toBe(0);
    });

    it('should give every internship place its sheet; the demo employer contact accepted one and has one to read', async () => {
      const sheets = await rows<{
        kind: string;
        has_sheet: boolean;
        costs: number;
        goals: number;
        is_accepted: boolean;
        is_accepted_by_contact: boolean | null;
        accepted_by: string | null;
      }>(sql`
        select j.kind, s.job_id is not null as has_sheet, jsonb_array_length(s.costs)::int as costs,
          cardinality(s.learning_goals)::int as goals, s.accepted_at is not null as is_accepted,
          (select p.user_id = s.accepted_by_user_id and p.employer_id = j.employer_id
            from employer_contact_persons p where p.id = s.accepted_by_contact_person_id) as is_accepted_by_contact,
          u.email as accepted_by
        from jobs j left join internship_sheets s on s.job_id = j.id left join users u on u.id = s.accepted_by_user_id
        where j.kind = 'internship_place' or s.job_id is not null
      `);
      expect(sheets.length).toBe(summary.internshipSheets);
      expect(sheets.length).toBeGreaterThanOrEqual(15);
      for (const s of sheets) {
        expect(s).toMatchObject({ kind: 'internship_place', has_sheet: true });
        expect(s.costs).toBeGreaterThanOrEqual(3);
        expect(s.goals).toBeGreaterThanOrEqual(2);
        expect(s.is_accepted_by_contact).toBe(s.is_accepted ? true : null);
      }
      const accepted = sheets.filter((s) => s.is_accepted);
      expect(accepted.length).toBeGreaterThanOrEqual(3);
      expect(accepted.map((s) => s.accepted_by)).toContain(demoUser('employer_contact'));
      // Through the API: the demo employer contact sees her internship places, one of them waiting for her.
      const session = await login(t.app, demoUser('employer_contact'), DEMO_PASSWORD);
      const list = (
        await call(t.app, session, 'GET', '/api/jobs?kind=internship_place&pageSize=50')
      ).json() as {
        items: { id: string }[];
      };
      expect(list.items.length).toBeGreaterThanOrEqual(2);
      const read = await Promise.all(
        list.items.map(
          async (job) =>
            (await call(t.app, session, 'GET', `/api/jobs/${job.id}/internship-sheet`)).json() as {
              isAccepted: boolean;
            },
        ),
      );
      expect(read.map((r) => r.isAccepted).sort()).toEqual([false, true]);
    });
  });

  /** The participant record fields the matching engine needs (issue 5). */
  describe('participant records', () => {
    it('should fill the record fields matching needs, far more complete than before', async () => {
      const records = await rows<
        CompletenessFacts & {
          id: string;
          languages: string[];
          has_driving_licence: boolean | null;
          has_car: boolean | null;
          has_bike: boolean | null;
          public_transport_only: boolean;
          shifts: string[];
          work_history: WorkHistoryEntry[];
        }
      >(sql`
        select p.id, p.municipality_nis, p.dutch_level, p.max_commute_minutes, p.max_commute_km, p.hours_per_week,
          p.available_days, p.occupation_interests, p.education_level, p.languages, p.has_driving_licence, p.has_car,
          p.has_bike, p.public_transport_only, p.shifts, p.work_history,
          exists (select 1 from capability_profiles cp where cp.participant_id = p.id) as "hasCapabilityProfile",
          exists (select 1 from participant_consents c where c.participant_id = p.id and c.purpose = 'network_pool'
            and c.withdrawn_at is null) as "hasPoolConsent"
        from participants p
      `);
      const average = (list: CompletenessFacts[]) =>
        list.reduce((sum, r) => sum + profileCompleteness(r).percent, 0) / list.length;
      const before = average(
        records.map((r) => ({
          ...r,
          dutch_level: null,
          max_commute_minutes: null,
          max_commute_km: null,
          hours_per_week: null,
          available_days: [],
          occupation_interests: [],
          education_level: null,
        })),
      );
      expect(before).toBeLessThan(45);
      expect(average(records)).toBeGreaterThan(85);
      const thisMonth = today.slice(0, 7);
      for (const r of records) {
        expect(r.languages).toContain('nl');
        expect(r.dutch_level).not.toBeNull();
        expect(r.has_car && !r.has_driving_licence).toBe(false);
        expect(r.public_transport_only).toBe(!r.has_car && !r.has_bike);
        expect(r.max_commute_minutes).toBeGreaterThan(0);
        expect(r.hours_per_week).toBeGreaterThan(0);
        expect(r.available_days.length).toBeGreaterThanOrEqual(2);
        expect(r.shifts).toContain('day');
        expect(r.work_history.length).toBeLessThanOrEqual(3);
        for (const w of r.work_history) {
          expect(w.from <= w.to! && w.to! < thisMonth).toBe(true);
        }
      }
      // A realistic spread of Dutch: mostly native speakers, newcomers at A1–B2.
      const levels = groupBy(records, (r) => r.dutch_level);
      expect([...levels.keys()].sort()).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
      expect(levels.get('C2')!.length / records.length).toBeGreaterThan(0.3);
      expect(((levels.get('A1')?.length ?? 0) + levels.get('A2')!.length) / records.length).toBeGreaterThan(
        0.08,
      );
      // Interests and earlier jobs are real ISCO-08 codes, mostly the occupations of the demo's jobs.
      const codes = records.flatMap((r) => [
        ...r.occupation_interests,
        ...r.work_history.map((w) => w.iscoCode!),
      ]);
      const known = await rows<{ code: string }>(
        sql`select code from ref_isco_occupations where code = any(${[...new Set(codes)]}::text[])`,
      );
      expect(known.length).toBe(new Set(codes).size);
      const interests = records.flatMap((r) => r.occupation_interests);
      const templateCodes = new Set(JOB_TEMPLATES.map((tpl) => tpl.isco));
      expect(interests.filter((c) => templateCodes.has(c)).length / interests.length).toBeGreaterThan(0.8);
      expect(interests.some((c) => c.length === 2)).toBe(true);
    });

    it('should keep wishes coherent with what people can do: little heavy lifting for those who cannot lift', async () => {
      const heavy = new Set(
        JOB_TEMPLATES.filter((tpl) =>
          tpl.tasks.some((task) => (task.demands.lifting ?? 0) >= 3 || (task.demands.carrying ?? 0) >= 3),
        ).map((tpl) => tpl.isco),
      );
      const people = await rows<{ lifting: number | null; interests: string[] }>(sql`
        select (select l.level from capability_levels l where l.participant_id = p.id and l.dimension = 'lifting') as lifting,
          p.occupation_interests as interests
        from participants p where cardinality(p.occupation_interests) > 0
      `);
      const share = (list: typeof people) =>
        list.filter((p) => p.interests.some((c) => heavy.has(c))).length / list.length;
      const limited = people.filter((p) => p.lifting !== null && p.lifting <= 1);
      const able = people.filter((p) => p.lifting === null || p.lifting >= 3);
      expect(limited.length).toBeGreaterThan(10);
      expect(share(limited)).toBeLessThan(share(able) * 0.6);
    });

    it('should give Pieter Deelnemer a complete record that matches several open jobs near Gent', async () => {
      const coach = await login(t.app, demoUser('coach'), DEMO_PASSWORD);
      const [pieter] = await rows<{ id: string; postcode: string }>(sql`
        select p.id, p.postcode from participants p join user_roles r on r.participant_id = p.id
        join users u on u.id = r.user_id where u.email = ${demoUser('participant')}
      `);
      const record = (await call(t.app, coach, 'GET', `/api/participants/${pieter!.id}`)).json() as {
        completeness: { percent: number; missing: string[] };
        occupationInterests: { code: string }[];
        workHistory: unknown[];
      };
      expect(record.completeness).toEqual({ percent: 100, missing: [] });
      expect(record.workHistory.length).toBeGreaterThan(0);
      // The matching engine, given his record and capability profile, finds open jobs in his occupations.
      const [place] = await rows<{ lat: number; lon: number }>(
        sql`select lat, lon from ref_postcodes where postcode = ${pieter!.postcode} limit 1`,
      );
      const capability = await rows<{ dimension: DimensionKey; level: Level }>(
        sql`select dimension, level from capability_levels where participant_id = ${pieter!.id}`,
      );
      const [p] = await rows<{
        hours_per_week: number;
        shifts: ShiftName[];
        dutch_level: 'C2';
        max_commute_km: number;
        max_commute_minutes: number;
        has_car: boolean;
        has_bike: boolean;
        occupation_interests: string[];
      }>(sql`select * from participants where id = ${pieter!.id}`);
      const persons = personsFrom([
        {
          id: pieter!.id,
          lat: place!.lat,
          lon: place!.lon,
          capability: Object.fromEntries(capability.map((c) => [c.dimension, c.level])),
          hoursPerWeek: p!.hours_per_week,
          shifts: p!.shifts,
          dutchLevel: p!.dutch_level,
          maxCommuteKm: p!.max_commute_km,
          maxCommuteMinutes: p!.max_commute_minutes,
          modes: [
            'public_transport',
            ...(p!.has_car ? (['car'] as const) : []),
            ...(p!.has_bike ? (['bike'] as const) : []),
          ],
          advice: 'regular_work_with_support',
          interests: p!.occupation_interests,
        },
      ]);
      const open = await rows<{
        id: string;
        lat: number;
        lon: number;
        hours_per_week: number;
        shifts: ShiftName[];
        dutch_level: 'A1' | 'A2' | 'B1' | 'B2' | null;
        dutch_level_waivable: boolean;
        kind: 'regular_vacancy';
        isco_code: string;
        essential_dimensions: DimensionKey[];
        demand: Record<string, number>;
        has_mentor: boolean;
        can_adapt_physical: boolean;
        can_adapt_environment: boolean;
        can_adapt_hours: boolean;
        can_work_with_limited_dutch: boolean;
      }>(sql`
        select j.*, pc.lat, pc.lon, (select jsonb_object_agg(d.dimension, d.level) from (
            select d.dimension, max(d.level) as level from job_tasks t join job_task_demands d on d.task_id = t.id
            where t.job_id = j.id group by d.dimension) d) as demand
        from jobs j join employer_sites s on s.id = j.site_id
        join lateral (select lat, lon from ref_postcodes where postcode = s.postcode limit 1) pc on true
        where j.status = 'open'
      `);
      const jobs = jobsFrom(
        open.map((j) => ({
          id: j.id,
          lat: j.lat,
          lon: j.lon,
          demand: j.demand as Profile,
          essential: j.essential_dimensions,
          hoursPerWeek: Number(j.hours_per_week),
          shifts: j.shifts,
          dutchLevel: j.dutch_level,
          isDutchWaivable: j.dutch_level_waivable,
          offers: [
            ...(j.has_mentor ? (['mentor'] as const) : []),
            ...(j.can_adapt_physical ? (['adaptPhysical'] as const) : []),
            ...(j.can_adapt_environment ? (['adaptEnvironment'] as const) : []),
            ...(j.can_adapt_hours ? (['adaptHours'] as const) : []),
            ...(j.can_work_with_limited_dutch ? (['limitedDutch'] as const) : []),
          ],
          kind: j.kind,
          isco: j.isco_code,
        })),
      );
      const catalogue = await rows<{ key: string; name: string; dimensions: string[] }>(
        sql`select key, name_nl as name, dimensions from workplace_adaptations where is_active`,
      );
      const supports = buildSupports(catalogue);
      const matches = open
        .map((job, j) => {
          const explanation = emptyExplanation();
          const score = scorePair(persons, jobs, supports, 0, j, explanation);
          return { job, score, explanation };
        })
        .filter((m) => m.score >= 0 && m.explanation.interest.level === 4);
      expect(matches.length).toBeGreaterThanOrEqual(3);
      for (const m of matches) {
        expect(m.explanation.commute.km).toBeLessThanOrEqual(35);
        expect(m.score).toBeGreaterThan(60);
      }
    });
  });

  it('should hold proposals the matching engine made, in every stage, including the demo accounts', async () => {
    expect(summary.proposals).toBeGreaterThanOrEqual(30);
    const statuses = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from proposals group by status`,
    );
    expect(new Set(statuses.map((s) => s.status))).toEqual(
      new Set(['suggested', 'proposed', 'interview', 'accepted', 'declined']),
    );
    const pieter = await rows<{ status: string; declined_by: string | null }>(sql`
      select pr.status, pr.declined_by from proposals pr join user_roles r on r.participant_id = pr.participant_id
      join users u on u.id = r.user_id where u.email = 'participant@demo.werkbrug.test' order by pr.status`);
    expect(pieter).toEqual([
      { status: 'declined', declined_by: 'participant' },
      { status: 'proposed', declined_by: null },
    ]);
    // The employer contact sees sent proposals for people who consented to employer proposals.
    const forEva = await rows<{ n: number }>(sql`
      select count(*)::int as n from proposals pr join user_roles r on r.employer_id = pr.employer_id
      join users u on u.id = r.user_id where u.email = 'employer_contact@demo.werkbrug.test'
      and pr.status <> 'suggested' and exists (select 1 from participant_consents c where c.participant_id = pr.participant_id
      and c.purpose = 'employer_proposals' and c.withdrawn_at is null)`);
    expect(forEva[0]!.n).toBeGreaterThanOrEqual(1);
    // Every declined one says why and by whom; every event course starts at "suggested".
    const bad = await rows<{ n: number }>(sql`
      select count(*)::int as n from proposals where status = 'declined' and (decline_reason is null or declined_by is null)`);
    expect(bad[0]!.n).toBe(0);
  });

  /** Quality (issue 8) as the demo holds it. */
  it('should hold recognitions ending soon and ended, surveys answered unevenly, reviews with history and member rounds', async () => {
    const recognitions = await rows<{ ending: number; ended: number; renewed: number }>(sql`
      select count(*) filter (where valid_until between ${today}::date and ${today}::date + 90)::int as ending,
             count(*) filter (where valid_until < ${today}::date)::int as ended,
             count(*) filter (where exists (select 1 from recognitions n where n.organisation_id = r.organisation_id
               and n.scheme = r.scheme and n.valid_from = r.valid_until + 1))::int as renewed
      from recognitions r where withdrawn_on is null
    `);
    expect(recognitions[0]!.ending).toBeGreaterThanOrEqual(3);
    expect(recognitions[0]!.ended).toBeGreaterThanOrEqual(1);
    expect(recognitions[0]!.renewed).toBe(1);
    const answered = await rows<{ organisation_id: string; n: number }>(sql`
      select organisation_id, count(*)::int as n from survey_invitations where answered_at is not null
      group by organisation_id order by n
    `);
    expect(answered.length).toBe(4);
    expect(answered[0]!.n).toBeLessThan(5);
    expect(answered.at(-1)!.n).toBeGreaterThanOrEqual(20);
    expect(summary.quality.surveysAnswered).toBe(answered.reduce((s, r) => s + r.n, 0));
    const open = await rows<{ email: string }>(sql`
      select u.email from survey_invitations i join users u on u.id = i.respondent_user_id
      where i.answered_at is null and u.is_demo
    `);
    expect(open.map((o) => o.email).sort()).toEqual([demoUser('employer_contact'), demoUser('participant')]);
    const reviews = await rows<{ finals: number; drafts: number }>(sql`
      select count(*) filter (where status = 'final')::int as finals, count(*) filter (where status = 'draft')::int as drafts
      from quality_reviews group by organisation_id
    `);
    expect(reviews.filter((r) => r.finals >= 2).length).toBeGreaterThanOrEqual(2);
    expect(reviews.reduce((s, r) => s + r.drafts, 0)).toBe(1);
    const rounds = await rows<{ closed: boolean; answered: number; members: number }>(sql`
      select r.closed_at is not null as closed,
             (select count(*)::int from member_survey_answers a where a.round_id = r.id) as answered,
             (select count(*)::int from member_survey_members m where m.round_id = r.id) as members
      from member_survey_rounds r order by r.period_to
    `);
    expect(rounds.map((r) => r.closed)).toEqual([true, false]);
    expect(rounds[1]!.answered).toBe(rounds[1]!.members - 1);
  });
});
