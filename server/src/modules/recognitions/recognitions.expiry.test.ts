import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createRecognition } from '../../../test/factories/recognition.factory';
import { createUser } from '../../../test/factories/user.factory';
import { JOBS } from '../../jobs/index';
import { addToDate } from '../../lib/dates';
import { runRecognitionExpiryWarnings } from './recognitions.service';
import { DEFAULT_RECOGNITION_WARNINGS, recognitionWarningSettings } from './recognitions.settings';

// The job is given its clock: "today" is 1 June 2026 in Brussels.
const TODAY = '2026-06-01';
const at = (day: string) => new Date(`${day}T05:00:00Z`);
const plus = (n: number) => addToDate(TODAY, { days: n });

describe('recognition expiry warning job', () => {
  const t = useTestApp();

  it('should read its thresholds from the environment, 90 and 30 days by default', () => {
    expect(recognitionWarningSettings({})).toEqual({ warningDays: [90, 30] });
    expect(recognitionWarningSettings({ WERKBRUG_RECOGNITION_WARNING_DAYS: '14, 60,30' })).toEqual({
      warningDays: [60, 30, 14],
    });
    expect(() => recognitionWarningSettings({ WERKBRUG_RECOGNITION_WARNING_DAYS: 'negentig' })).toThrow(
      /whole numbers/,
    );
    expect(JOBS.find((j) => j.name === 'recognitions.expiry-warnings')?.cron).toBeDefined();
  });

  it('should notify the organisation’s admins and the coach once per threshold, and never twice', async () => {
    const db = t.database.db;
    const org = await createOrganisation(db);
    const admin = await createUser(db, { organisationId: org.id, roles: ['org_admin'] });
    const coach = await createUser(db, { organisationId: org.id, roles: ['coach'] });
    const otherCoach = await createUser(db, { organisationId: org.id, roles: ['coach'] });
    const other = await createOrganisation(db);
    const otherAdmin = await createUser(db, { organisationId: other.id, roles: ['org_admin'] });

    const coachAttest = await createRecognition(db, {
      organisationId: org.id,
      coachUserId: coach.id,
      validUntil: plus(90),
    });
    const organisationWide = await createRecognition(db, { organisationId: org.id, validUntil: plus(91) });
    const lateFound = await createRecognition(db, { organisationId: org.id, validUntil: plus(12) });
    const expired = await createRecognition(db, { organisationId: org.id, validUntil: plus(-1) });
    const open = await createRecognition(db, { organisationId: org.id, validUntil: null });
    const renewed = await createRecognition(db, {
      organisationId: org.id,
      scheme: 'Label',
      validUntil: plus(20),
    });
    await createRecognition(db, {
      organisationId: org.id,
      scheme: 'Label',
      validFrom: plus(21),
      validUntil: plus(2000),
    });

    const notes = async (recognitionId: string) =>
      db
        .selectFrom('notifications')
        .select(['user_id', 'kind', 'params', 'entity_type'])
        .where(sql<string>`params->>'recognitionId'`, '=', recognitionId)
        .execute();

    // Day 1: the coach's attest reaches 90 days; the late one reaches both thresholds at once (one notice).
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(TODAY))).toEqual({
      warned: 2,
      notifications: 3,
    });
    const attestNotes = await notes(coachAttest.id);
    expect(attestNotes.map((n) => n.user_id).sort()).toEqual([admin.id, coach.id].sort());
    expect(attestNotes[0]).toMatchObject({
      kind: 'recognition.expiring',
      entity_type: 'recognition_warning',
      params: { days: 90, validUntil: plus(90), scheme: 'Erkenning begeleidingsorganisatie maatwerk' },
    });
    const lateNotes = await notes(lateFound.id);
    expect(lateNotes.map((n) => n.user_id)).toEqual([admin.id]);
    for (const quiet of [organisationWide, expired, open, renewed]) {
      expect(await notes(quiet.id)).toEqual([]);
    }
    expect(
      (await notes(coachAttest.id)).concat(await notes(lateFound.id)).map((n) => n.user_id),
    ).not.toContain(otherCoach.id);

    // Run again the same day and the next: nothing new, except the organisation-wide one reaching 90 days.
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(TODAY))).toEqual({
      warned: 0,
      notifications: 0,
    });
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(plus(1)))).toEqual({
      warned: 1,
      notifications: 1,
    });
    expect(await notes(coachAttest.id)).toHaveLength(2);

    // 60 days on, the attest reaches 30 days: a second notice to both; the late one stays quiet.
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(plus(60)))).toEqual({
      warned: 1,
      notifications: 2,
    });
    const second = await notes(coachAttest.id);
    expect(second).toHaveLength(4);
    expect(second.map((n) => (n.params as { days: number }).days).sort()).toEqual([30, 30, 90, 90]);
    expect(await notes(lateFound.id)).toHaveLength(1);
    // The next day the organisation-wide one reaches 30 days; the day after, nothing is left to say.
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(plus(61)))).toEqual({
      warned: 1,
      notifications: 1,
    });
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(plus(62)))).toEqual({
      warned: 0,
      notifications: 0,
    });

    // The warnings are audited as the system's act, and another organisation's admin heard nothing.
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'actor_organisation_id'])
      .where('entity_id', '=', coachAttest.id)
      .execute();
    expect(audit).toEqual([
      { action: 'recognition.expiry_warned', actor_user_id: null, actor_organisation_id: org.id },
      { action: 'recognition.expiry_warned', actor_user_id: null, actor_organisation_id: org.id },
    ]);
    const session = await login(t.app, otherAdmin.email);
    expect((await call(t.app, session, 'GET', '/api/notifications')).json().items).toEqual([]);
  });

  it('should warn again when the end date moves, and lead the admin to the recognition', async () => {
    const db = t.database.db;
    const org = await createOrganisation(db);
    const admin = await createUser(db, { organisationId: org.id, roles: ['org_admin'] });
    const r = await createRecognition(db, { organisationId: org.id, validUntil: plus(25) });
    await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(TODAY));
    await db
      .updateTable('recognitions')
      .set({ valid_until: plus(80) })
      .where('id', '=', r.id)
      .execute();
    expect(await runRecognitionExpiryWarnings(db, DEFAULT_RECOGNITION_WARNINGS, at(TODAY))).toEqual({
      warned: 1,
      notifications: 1,
    });
    const session = await login(t.app, admin.email);
    const mine = (await call(t.app, session, 'GET', '/api/notifications')).json();
    expect(mine.items).toHaveLength(2);
    expect(mine.items[0]).toMatchObject({
      kind: 'recognition.expiring',
      entityType: 'recognition_warning',
      params: { recognitionId: r.id },
    });
  });
});
