import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('surveys API', () => {
  const t = useTestApp();
  // The database is shared by the tests of this file: each scene's organisations get their own names.
  let scenes = 0;

  /** Organisation A with its admin, a coach, a participant with a login and an employer with a contact; B; analyst. */
  async function scene() {
    const db = t.database.db;
    scenes += 1;
    const a = await createOrganisation(db, { name: `Jobcoaching Aalst ${scenes}` });
    const b = await createOrganisation(db, { name: `Werkpunt Brugge ${scenes}` });
    const adminA = await createUser(db, { organisationId: a.id, roles: ['org_admin'] });
    const coachA = await createUser(db, { organisationId: a.id, roles: ['coach'] });
    const coachB = await createUser(db, { organisationId: b.id, roles: ['coach'] });
    const participant = await createParticipant(db, { organisationId: a.id });
    const participantUser = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'participant', participantId: participant.id }],
    });
    const loginless = await createParticipant(db, { organisationId: a.id });
    const employer = await createEmployer(db, { owner: { organisationId: a.id } });
    const contact = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    const analyst = await createUser(db, { roles: ['analyst'] });
    return {
      a,
      b,
      participant,
      participantUser,
      loginless,
      employer,
      contact,
      adminA: await login(t.app, adminA.email),
      coachA: await login(t.app, coachA.email),
      coachB: await login(t.app, coachB.email),
      participantSession: await login(t.app, participantUser.email),
      contactSession: await login(t.app, contact.email),
      analyst: await login(t.app, analyst.email),
    };
  }

  it('should answer 401 without a session and keep each role to its own part', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', '/api/survey-templates')).statusCode).toBe(401);
    expect((await call(t.app, s.analyst, 'POST', '/api/survey-invitations', {})).statusCode).toBe(403);
    expect((await call(t.app, s.analyst, 'GET', '/api/survey-invitations')).statusCode).toBe(403);
    expect(
      (
        await call(
          t.app,
          s.participantSession,
          'GET',
          '/api/survey-results?templateKey=participant_satisfaction',
        )
      ).statusCode,
    ).toBe(403);
    expect((await call(t.app, s.coachA, 'GET', '/api/my-surveys')).statusCode).toBe(403);
  });

  it('should send a survey to a participant, who is notified, answers once in the app, and cannot answer twice', async () => {
    const s = await scene();
    const sent = await call(t.app, s.coachA, 'POST', '/api/survey-invitations', {
      templateKey: 'participant_satisfaction',
      participantId: s.participant.id,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({
      status: 'open',
      organisation: { id: s.a.id },
      respondent: { id: s.participantUser.id },
      template: { key: 'participant_satisfaction', title: 'Hoe gaat het met je begeleiding?' },
    });
    const id = sent.json().id;
    const again = await call(t.app, s.adminA, 'POST', '/api/survey-invitations', {
      templateKey: 'participant_satisfaction',
      participantId: s.participant.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({
      field: 'participantId',
      code: 'survey_open_invitation_exists',
    });

    const notes = await call(t.app, s.participantSession, 'GET', '/api/notifications');
    expect(JSON.stringify(notes.json())).toContain('survey.invited');
    const mine = (await call(t.app, s.participantSession, 'GET', '/api/my-surveys')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const form = (await call(t.app, s.participantSession, 'GET', `/api/my-surveys/${id}`)).json();
    expect(form.template.questions).toHaveLength(6);
    expect(form.answers).toBeNull();

    // Someone else's survey is not found.
    expect((await call(t.app, s.contactSession, 'GET', `/api/my-surveys/${id}`)).statusCode).toBe(404);

    const bad = await call(t.app, s.participantSession, 'POST', `/api/my-surveys/${id}/answers`, {
      version: form.version,
      answers: { listens: 7, next_step: 4, help_enough: 'veel', recommend: 'ja', nonsense: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)
        .sort(),
    ).toEqual([
      'answers.help_enough survey_answer_kind',
      'answers.listens survey_answer_kind',
      'answers.nonsense survey_unknown_question',
      'answers.reachable required',
      'answers.recommend survey_answer_kind',
    ]);
    const good = {
      listens: 5,
      next_step: 4,
      help_enough: 4,
      reachable: 3,
      recommend: true,
      better: 'Meer tijd.',
    };
    const stale = await call(t.app, s.participantSession, 'POST', `/api/my-surveys/${id}/answers`, {
      version: form.version + 1,
      answers: good,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await call(t.app, s.participantSession, 'POST', `/api/my-surveys/${id}/answers`, {
      version: form.version,
      answers: good,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'answered', answers: good });
    const twice = await call(t.app, s.participantSession, 'POST', `/api/my-surveys/${id}/answers`, {
      version: ok.json().version,
      answers: good,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].code).toBe('survey_already_answered');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .where('outcome', '=', 'success')
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((e) => e.action)).toEqual(['survey.invited', 'survey.answered']);
    expect(JSON.stringify(audit)).not.toContain('Meer tijd');
  });

  it('should refuse bad invitations with field-named errors', async () => {
    const s = await scene();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ templateKey: 'nope', participantId: s.participant.id }, 'templateKey', 'unknown_reference'],
      [{ templateKey: 'participant_satisfaction' }, 'participantId', 'required'],
      [
        { templateKey: 'participant_satisfaction', participantId: s.loginless.id },
        'participantId',
        'survey_no_login',
      ],
      [{ templateKey: 'employer_satisfaction', employerId: s.employer.id }, 'respondentUserId', 'required'],
      [
        {
          templateKey: 'employer_satisfaction',
          employerId: s.employer.id,
          respondentUserId: s.participantUser.id,
        },
        'respondentUserId',
        'survey_no_login',
      ],
      [
        { templateKey: 'employer_satisfaction', participantId: s.participant.id },
        'participantId',
        'survey_audience_mismatch',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, s.coachA, 'POST', '/api/survey-invitations', body);
      expect(res.statusCode, `${field} ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    // Another organisation's coach does not reach A's participant, nor an employer B does not serve.
    const other = await call(t.app, s.coachB, 'POST', '/api/survey-invitations', {
      templateKey: 'participant_satisfaction',
      participantId: s.participant.id,
    });
    expect(other.json().errors[0]).toMatchObject({ field: 'participantId', code: 'unknown_reference' });
    const notServed = await call(t.app, s.coachB, 'POST', '/api/survey-invitations', {
      templateKey: 'employer_satisfaction',
      employerId: s.employer.id,
      respondentUserId: s.contact.id,
    });
    expect(notServed.json().errors[0]).toMatchObject({
      field: 'employerId',
      code: 'survey_employer_not_served',
    });
    // The employer contact is invited by A; B's coach sees none of A's invitations.
    const sent = await call(t.app, s.coachA, 'POST', '/api/survey-invitations', {
      templateKey: 'employer_satisfaction',
      employerId: s.employer.id,
      respondentUserId: s.contact.id,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await call(t.app, s.coachB, 'GET', '/api/survey-invitations')).json().total).toBe(0);
    const withdrawn = await call(
      t.app,
      s.adminA,
      'POST',
      `/api/survey-invitations/${sent.json().id}/withdraw`,
      {
        version: 5,
      },
    );
    expect(withdrawn.statusCode).toBe(409);
    const done = await call(t.app, s.adminA, 'POST', `/api/survey-invitations/${sent.json().id}/withdraw`, {
      version: 1,
    });
    expect(done.json().status).toBe('withdrawn');
    expect((await call(t.app, s.contactSession, 'GET', '/api/my-surveys')).json().items).toEqual([]);
  });

  it('should hide small cells in the results (and a second cell that would give one away), and export them audited', async () => {
    const s = await scene();
    const db = t.database.db;
    const template = await db
      .selectFrom('survey_templates')
      .select('id')
      .where('key', '=', 'participant_satisfaction')
      .executeTakeFirstOrThrow();
    const questions = await db
      .selectFrom('survey_questions')
      .select(['id', 'key'])
      .where('template_id', '=', template.id)
      .execute();
    const qid = (key: string) => questions.find((q) => q.key === key)!.id;
    /** An answered survey of `organisationId`, everything answered with `score`. */
    async function answered(organisationId: string, score: number, comment?: string) {
      const { id } = await db
        .insertInto('survey_invitations')
        .values({
          template_id: template.id,
          organisation_id: organisationId,
          respondent_user_id: s.participantUser.id,
          participant_id: s.participant.id,
          answered_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('survey_answers')
        .values([
          ...['listens', 'next_step', 'help_enough', 'reachable'].map((k) => ({
            invitation_id: id,
            question_id: qid(k),
            value: score,
            text: null,
          })),
          { invitation_id: id, question_id: qid('recommend'), value: score >= 3 ? 1 : 0, text: null },
          ...(comment ? [{ invitation_id: id, question_id: qid('better'), value: null, text: comment }] : []),
        ])
        .execute();
    }
    // A: 6 × 5 and 6 × 4; B: 2 × 2 (a small organisation); C: 7 × 5.
    const c = await createOrganisation(db, { name: `Zorgwerk Gent ${scenes}` });
    for (let i = 0; i < 6; i++) {
      await answered(s.a.id, 5, i === 0 ? 'Meer uitleg over premies.' : undefined);
      await answered(s.a.id, 4);
    }
    await answered(s.b.id, 2, 'Te weinig tijd.');
    await answered(s.b.id, 2);
    for (let i = 0; i < 7; i++) {
      await answered(c.id, 5);
    }
    const res = await call(
      t.app,
      s.analyst,
      'GET',
      '/api/survey-results?templateKey=participant_satisfaction',
    );
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    const listens = data.questions.find((q: { key: string }) => q.key === 'listens');
    const byName = Object.fromEntries(
      listens.rows.map((r: { organisation: { name: string } | null }) => [
        r.organisation?.name ?? 'network',
        r,
      ]),
    );
    expect(byName[`Jobcoaching Aalst ${scenes}`]).toMatchObject({
      counts: [0, 0, 0, 6, 6],
      respondents: 12,
      mean: 4.5,
    });
    // B's two answers are hidden, and so is its line; the network line cannot give them back.
    expect(byName[`Werkpunt Brugge ${scenes}`].counts[1]).toBeNull();
    expect(byName[`Werkpunt Brugge ${scenes}`].respondents).toBeNull();
    expect(byName[`Werkpunt Brugge ${scenes}`].mean).toBeNull();
    const network = byName.network;
    expect(network.counts[1] === null || network.respondents === null).toBe(true);
    expect(JSON.stringify(data)).not.toContain('Te weinig tijd');
    // Respondents per organisation: B's 2 hidden, and a second line with it (the network total is shown).
    const counts = data.respondents.map((r: { count: number | null }) => r.count);
    expect(counts.filter((n: number | null) => n === null).length).toBeGreaterThanOrEqual(2);

    // A's admin reads A's comments, without names; never B's.
    const own = (
      await call(t.app, s.adminA, 'GET', '/api/survey-results?templateKey=participant_satisfaction')
    ).json();
    const better = own.questions.find((q: { key: string }) => q.key === 'better');
    expect(better.comments.map((x: { text: string }) => x.text)).toEqual(['Meer uitleg over premies.']);

    const csv = await call(
      t.app,
      s.analyst,
      'GET',
      '/api/survey-results?templateKey=participant_satisfaction&format=csv',
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Vraag;Organisatie;Antwoorden;Gemiddelde;1;2;3;4;5;nee;ja');
    const aalst = lines.find((l) =>
      l.startsWith(`Mijn coach luistert naar wat ik wil.;Jobcoaching Aalst ${scenes};`),
    );
    expect(aalst).toBe(`Mijn coach luistert naar wat ik wil.;Jobcoaching Aalst ${scenes};12;4,5;0;0;0;6;6;;`);
    const brugge = lines.find((l) =>
      l.startsWith(`Mijn coach luistert naar wat ik wil.;Werkpunt Brugge ${scenes};`),
    )!;
    expect(brugge).toContain('< 5');
    expect(brugge.split(';')).not.toContain('2');
    const xlsx = await call(
      t.app,
      s.analyst,
      'GET',
      '/api/survey-results?templateKey=participant_satisfaction&format=xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBe(6);
    const exports = await db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'survey.results_exported')
      .execute();
    expect(exports.map((e) => (e.details as { format: string }).format).sort()).toEqual(['csv', 'xlsx']);
  });
});
