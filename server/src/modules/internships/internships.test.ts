import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createContactPerson } from '../../../test/factories/contact-person.factory';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { trajectoryWorld } from '../../../test/scenarios/trajectory-world';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = brusselsDate(new Date());

/** The text of every page of a PDF, read back with pdf.js. */
async function pdfText(buffer: Buffer): Promise<{ text: string; pageSize: number[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const parts: string[] = [];
  let pageSize: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pageSize = page.view.map((v) => Math.round(v));
    const content = await page.getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return { text: parts.join('\n').replace(/\s+/g, ' '), pageSize };
}

describe('internships API', () => {
  const t = useTestApp();

  async function world() {
    const w = await trajectoryWorld(t.database.db);
    const tr = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      participantId: w.participant.id,
      startedOn: addToDate(today, { days: -60 }),
    });
    await t.database.db
      .updateTable('trajectories')
      .set({ referral_id: w.referral.id })
      .where('id', '=', tr.id)
      .execute();
    return {
      ...w,
      tr,
      url: `/api/trajectories/${tr.id}/internships`,
      coach: await login(t.app, w.coachA.email),
      outsider: await login(t.app, w.coachB.email),
      selfSession: await login(t.app, w.self.email),
      signatorySession: await login(t.app, w.signatoryUser.email),
      mentorSession: await login(t.app, w.mentorUser.email),
      otherMentor: await login(t.app, w.otherMentorUser.email),
      network: await login(t.app, w.networkAdmin.email),
    };
  }

  const body = (w: Awaited<ReturnType<typeof world>>, o: Record<string, unknown> = {}) => ({
    jobId: w.place.id,
    mentorContactPersonId: w.mentor.id,
    legalSignatoryContactPersonId: w.signatory.id,
    startsOn: addToDate(today, { days: -20 }),
    endsOn: addToDate(today, { days: 5 }),
    weeklySchedule: [
      { day: 'mon', from: '08:30', to: '12:30' },
      { day: 'wed', from: '08:30', to: '12:30' },
    ],
    ...o,
  });

  it('should refuse bad input naming the field', async () => {
    const w = await world();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: addToDate(today, { days: -30 }) }, 'endsOn', 'date_order'],
      [
        { weeklySchedule: [{ day: 'mon', from: '12:00', to: '09:00' }] },
        'weeklySchedule.0.to',
        'schedule_time_order',
      ],
      [
        { legalSignatoryContactPersonId: w.mentor.id },
        'legalSignatoryContactPersonId',
        'not_legal_signatory',
      ],
      [{ weeklySchedule: [] }, 'weeklySchedule', 'too_few_items'],
    ];
    for (const [o, field, code] of cases) {
      const res = await call(t.app, w.coach, 'POST', w.url, body(w, o));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const stranger = await createContactPerson(t.database.db, {
      employerId: (await createEmployer(t.database.db)).id,
    });
    const notHis = await call(t.app, w.coach, 'POST', w.url, body(w, { mentorContactPersonId: stranger.id }));
    expect(notHis.json().errors[0]).toMatchObject({
      field: 'mentorContactPersonId',
      code: 'not_contact_person_of_employer',
    });
    expect((await call(t.app, w.outsider, 'POST', w.url, body(w))).statusCode).toBe(404);
  });

  it('should copy the sheet, take approvals per party once per version, reset them on a change, and give the agreement as a PDF', async () => {
    const w = await world();
    const created = await call(t.app, w.coach, 'POST', w.url, body(w));
    expect(created.statusCode, created.body).toBe(201);
    const i = created.json();
    expect(i).toMatchObject({
      employer: { id: w.employer.id },
      site: { id: w.site.id },
      insurance: 'Arbeidsongevallen via VDAB (IBO)',
      mentorHoursPerWeek: 2,
      learningGoals: ['Deeg bereiden volgens recept', 'Hygiëneregels toepassen'],
      hoursPerWeek: 8,
      isApproved: false,
      abilities: { edit: true, approveAs: 'organisation' },
    });
    expect(i.costs).toHaveLength(2);
    expect(i.approvals.map((a: { status: string }) => a.status)).toEqual(['pending', 'pending', 'pending']);
    // The mentor's login became the trajectory's mentor (work-floor view).
    const mentors = await t.database.db.selectFrom('trajectory_mentors').selectAll().execute();
    expect(mentors).toMatchObject([{ trajectory_id: w.tr.id, user_id: w.mentorUser.id }]);

    const iurl = `${w.url}/${i.id}`;
    const approve = (s: typeof w.coach, version: number) =>
      call(t.app, s, 'POST', `${iurl}/approvals`, { version });
    expect((await approve(w.coach, i.version)).json().approvals[2]).toMatchObject({
      party: 'organisation',
      status: 'approved',
      decidedBy: 'Kim Coach',
    });
    const twice = await approve(w.coach, i.version);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ code: 'approval_already_given' });
    // The signatory (an employer contact, not the mentor) sees and approves for the employer.
    const seen = await call(t.app, w.signatorySession, 'GET', w.url);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().items[0].abilities.approveAs).toBe('employer');
    expect((await approve(w.signatorySession, i.version)).json().approvals[1].status).toBe('approved');
    // The mentor reads it only through the work floor; the other mentor not at all.
    expect((await call(t.app, w.mentorSession, 'GET', w.url)).statusCode).toBe(403);
    expect((await approve(w.otherMentor, i.version)).statusCode).toBe(403);

    // A change resets every approval; the old version is refused with 409.
    const changed = await call(t.app, w.coach, 'PATCH', iurl, {
      version: i.version,
      data: { weeklySchedule: [{ day: 'tue', from: '09:00', to: '13:00' }] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().approvals.map((a: { status: string }) => a.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    expect((await approve(w.selfSession, i.version)).statusCode).toBe(409);
    const v = changed.json().version;
    const stale = await call(t.app, w.coach, 'PATCH', iurl, {
      version: i.version,
      data: { learningGoals: ['x'] },
    });
    expect(stale.statusCode).toBe(409);
    for (const s of [w.selfSession, w.signatorySession, w.coach]) {
      const res = await approve(s, v);
      expect(res.statusCode, res.body).toBe(200);
    }
    const done = (await call(t.app, w.coach, 'GET', iurl)).json();
    expect(done.isApproved).toBe(true);
    const told = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', w.coachA.id)
      .execute();
    expect(told.map((n) => n.kind)).toContain('internship.approved');

    const pdf = await call(t.app, w.selfSession, 'GET', `${iurl}/agreement.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text, pageSize } = await pdfText(pdf.rawPayload);
    expect(pageSize).toEqual([0, 0, 595, 842]); // A4
    for (const expected of [
      'Stageovereenkomst',
      'Jana Peeters',
      '12/04/1990',
      'Bakkerij De Zon',
      'Atelier Gent',
      'Sofie Zaakvoerder (Zaakvoerder)',
      'Marc Mentor (Meesterbakker)',
      'Maatwerk Aalst',
      'Kim Coach',
      'dinsdag van 09:00 tot 13:00',
      'Deeg bereiden volgens recept',
      'Werkkledij',
      '€ 80,00',
      'Arbeidsongevallen via VDAB (IBO)',
      'Vier weken, elke voormiddag.',
      'Goedgekeurd door Kim Coach',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('maandag');
    expect(text).not.toContain(w.participant.id);
    expect((await call(t.app, w.outsider, 'GET', `${iurl}/agreement.pdf`)).statusCode).toBe(404);
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'internship.agreement_read')
      .where('outcome', '<>', 'denied')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('should take the mentor’s evaluation once at the end and pass it to the coach and the referrer', async () => {
    const w = await world();
    const early = (
      await call(t.app, w.coach, 'POST', w.url, body(w, { endsOn: addToDate(today, { days: 30 }) }))
    ).json();
    const evaluation = {
      scores: { punctuality: 4, cooperation: 5 },
      strengths: 'Nauwkeurig',
      recommendation: 'hire',
    };
    const tooEarly = await call(
      t.app,
      w.mentorSession,
      'POST',
      `${w.url}/${early.id}/evaluation`,
      evaluation,
    );
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().errors[0]).toMatchObject({ code: 'evaluation_too_early' });
    await call(t.app, w.coach, 'PATCH', `${w.url}/${early.id}`, {
      version: early.version,
      data: { endsOn: addToDate(today, { days: 2 }) },
    });
    const badScore = await call(t.app, w.mentorSession, 'POST', `${w.url}/${early.id}/evaluation`, {
      ...evaluation,
      scores: { punctuality: 9 },
    });
    expect(badScore.statusCode).toBe(400);
    expect(badScore.json().errors[0].field).toBe('scores.punctuality');
    expect(
      (await call(t.app, w.otherMentor, 'POST', `${w.url}/${early.id}/evaluation`, evaluation)).statusCode,
    ).toBe(404);
    const done = await call(t.app, w.mentorSession, 'POST', `${w.url}/${early.id}/evaluation`, evaluation);
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().evaluation).toMatchObject({ recommendation: 'hire', mentor: 'Marc Mentor' });
    const again = await call(t.app, w.mentorSession, 'POST', `${w.url}/${early.id}/evaluation`, evaluation);
    expect(again.json().errors[0]).toMatchObject({ code: 'evaluation_exists' });
    const told = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'params'])
      .where('kind', '=', 'internship.evaluated')
      .orderBy('user_id')
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual([w.coachA.id, w.referrer.id].sort());
    expect(told[0]!.params).toEqual({ participant: 'Jana P.', recommendation: 'hire' });
  });
});
