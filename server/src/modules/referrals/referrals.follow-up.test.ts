import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createReferral } from '../../../test/factories/referral.factory';
import { createUser } from '../../../test/factories/user.factory';
import { JOBS } from '../../jobs/index';
import { runReferralFollowUp } from './referrals.service';
import { DEFAULT_FOLLOW_UP, referralFollowUpSettings } from './referrals.settings';

// The job is given its clock: "today" is 1 June 2026 in Brussels.
const NOW = new Date('2026-06-01T06:00:00Z');

describe('referral follow-up job', () => {
  const t = useTestApp();

  it('should read its limits from the environment, with 14 and 60 days by default', () => {
    expect(referralFollowUpSettings({})).toEqual({ reminderDays: 14, noAnswerDays: 60 });
    expect(
      referralFollowUpSettings({
        WERKBRUG_REFERRAL_REMINDER_DAYS: '7',
        WERKBRUG_REFERRAL_NO_ANSWER_DAYS: '30',
      }),
    ).toEqual({ reminderDays: 7, noAnswerDays: 30 });
    expect(() => referralFollowUpSettings({ WERKBRUG_REFERRAL_REMINDER_DAYS: 'twee' })).toThrow(
      /whole number/,
    );
    expect(() => referralFollowUpSettings({ WERKBRUG_REFERRAL_REMINDER_DAYS: '70' })).toThrow(/smaller/);
    const job = JOBS.find((j) => j.name === 'referrals.follow-up');
    expect(job?.cron).toBeDefined();
  });

  it('should remind the receiver after 14 days, close as no answer after 60 and tell the referrer, once', async () => {
    const db = t.database.db;
    const target = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const referrerOrg = await createOrganisation(db, { kind: 'public_employment_service' });
    const receiverCoach = await createUser(db, { organisationId: target.id, roles: ['coach'] });
    const receiverAdmin = await createUser(db, { organisationId: target.id, roles: ['org_admin'] });
    const referrer = await createUser(db, {
      organisationId: referrerOrg.id,
      roles: ['indication_consultant'],
    });
    const referrerAdmin = await createUser(db, { organisationId: referrerOrg.id, roles: ['org_admin'] });
    const base = {
      target_organisation_id: target.id,
      referrer_organisation_id: referrerOrg.id,
      referrer_user_id: referrer.id,
    };

    const fresh = await createReferral(db, { ...base, referred_on: '2026-05-19' }); // 13 days
    const due = await createReferral(db, { ...base, referred_on: '2026-05-18' }); // 14 days
    const answered = await createReferral(db, {
      ...base,
      referred_on: '2026-03-01',
      status: 'in_contact',
      first_contact_on: '2026-03-05',
    });
    const limit = await createReferral(db, { ...base, referred_on: '2026-04-02' }); // 60 days
    const old = await createReferral(db, { ...base, referred_on: '2026-01-10' });

    const first = await runReferralFollowUp(db, DEFAULT_FOLLOW_UP, NOW);
    expect(first).toEqual({ reminded: 1, closed: 2 });
    const statuses = await db
      .selectFrom('referrals')
      .select(['id', 'status', 'reminder_sent_at', 'closed_at'])
      .where('id', 'in', [fresh.id, due.id, answered.id, limit.id, old.id])
      .execute();
    const byId = new Map(statuses.map((s) => [s.id, s]));
    expect(byId.get(fresh.id)).toMatchObject({ status: 'pending', reminder_sent_at: null });
    expect(byId.get(due.id)).toMatchObject({ status: 'pending', reminder_sent_at: NOW });
    expect(byId.get(answered.id)).toMatchObject({ status: 'in_contact', closed_at: null });
    expect(byId.get(limit.id)).toMatchObject({ status: 'no_answer', closed_at: NOW });
    expect(byId.get(old.id)).toMatchObject({ status: 'no_answer' });

    const notes = await db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'entity_id', 'params'])
      .where('entity_id', 'in', [due.id, limit.id, old.id])
      .execute();
    const who = (kind: string, entity: string) =>
      notes
        .filter((n) => n.kind === kind && n.entity_id === entity)
        .map((n) => n.user_id)
        .sort();
    expect(who('referral.reminder', due.id)).toEqual([receiverCoach.id, receiverAdmin.id].sort());
    expect(who('referral.no_answer', limit.id)).toEqual([referrer.id, referrerAdmin.id].sort());
    expect(who('referral.no_answer', old.id)).toHaveLength(2);
    expect(notes.find((n) => n.kind === 'referral.no_answer')?.params).toMatchObject({ days: 60 });

    // The next day nothing happens twice.
    const second = await runReferralFollowUp(db, DEFAULT_FOLLOW_UP, new Date('2026-06-02T06:00:00Z'));
    expect(second).toEqual({ reminded: 1, closed: 0 }); // only "fresh" reaches 14 days now
    const count = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_id', 'in', [due.id, limit.id, old.id])
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(notes.length);

    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', 'in', [due.id, limit.id])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'referral.closed_no_answer', actor_user_id: null },
      { action: 'referral.reminder_sent', actor_user_id: null },
    ]);

    // The referrer sees the notification and can mark it read.
    const session = await login(t.app, referrer.email);
    const mine = (await call(t.app, session, 'GET', '/api/notifications?unread=true')).json();
    expect(mine.unread).toBe(2);
    expect(mine.items[0]).toMatchObject({
      kind: 'referral.no_answer',
      entityType: 'referral',
      isRead: false,
    });
    const read = await call(t.app, session, 'POST', `/api/notifications/${mine.items[0].id}/read`);
    expect(read.json()).toEqual({ unread: 1 });
    const othersNote = await db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', receiverCoach.id)
      .executeTakeFirstOrThrow();
    expect((await call(t.app, session, 'POST', `/api/notifications/${othersNote.id}/read`)).statusCode).toBe(
      404,
    );
  });

  it('should honour shorter configured limits', async () => {
    const db = t.database.db;
    const r = await createReferral(db, { referred_on: '2026-05-20' }); // 12 days
    await runReferralFollowUp(db, { reminderDays: 5, noAnswerDays: 10 }, NOW);
    const row = await db
      .selectFrom('referrals')
      .select('status')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('no_answer');
  });

  it('should tell someone for every closed referral: coaches where there is no admin, the participant for a self-referral', async () => {
    const db = t.database.db;
    const noAdmins = await createOrganisation(db, { kind: 'caw' });
    const coach = await createUser(db, { organisationId: noAdmins.id, roles: ['coach'] });
    const byCaw = await createReferral(db, {
      channel: 'caw',
      referrer_organisation_id: noAdmins.id,
      referred_on: '2026-03-01',
    });
    const self = await createReferral(db, {
      channel: 'self',
      referrer_organisation_id: null,
      referred_on: '2026-03-01',
    });
    const person = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'participant', participantId: self.participant_id }],
    });
    await runReferralFollowUp(db, DEFAULT_FOLLOW_UP, NOW);
    const told = async (referralId: string) =>
      (
        await db
          .selectFrom('notifications')
          .select('user_id')
          .where('kind', '=', 'referral.no_answer')
          .where('entity_id', '=', referralId)
          .execute()
      ).map((n) => n.user_id);
    expect(await told(byCaw.id)).toEqual([coach.id]);
    expect(await told(self.id)).toEqual([person.id]);
  });

  it('should run as a scheduled job through its handler', async () => {
    const job = JOBS.find((j) => j.name === 'referrals.follow-up')!;
    await expect(
      job.handler({ database: t.database, log: pino({ level: 'silent' }) }, {}),
    ).resolves.toBeUndefined();
  });
});
