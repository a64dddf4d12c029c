import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createEvaluation } from '../../../test/factories/evaluation.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';
import { planDueEvaluations } from './evaluations.service';
import { DEFAULT_TEMPLATE } from './evaluations.template';

const today = brusselsDate(new Date());
const CRITERIA = DEFAULT_TEMPLATE.definition.criteria;

/** A full, valid set of scores (evidence of an accepted kind with a note everywhere). */
const allScores = (score: number | ((key: string) => number)) =>
  CRITERIA.map((c) => ({
    criterion: c.key,
    score: typeof score === 'number' ? score : score(c.key),
    evidenceKinds: [c.requiredEvidence[0]!],
    evidence: `Waargenomen op de werkvloer (${c.key}).`,
  }));

describe('evaluations API', () => {
  const t = useTestApp();

  async function world() {
    const db = t.database.db;
    const org = await createOrganisation(db, { kind: 'maatwerkbedrijf' });
    const coach = await createUser(db, {
      organisationId: org.id,
      roles: ['coach'],
      displayName: 'Kim Coach',
    });
    const colleague = await createUser(db, { organisationId: org.id, roles: ['coach'] });
    const admin = await createUser(db, { organisationId: org.id, roles: ['org_admin'] });
    const outsider = await createUser(db, { roles: ['coach'] });
    const network = await createUser(db, { roles: ['network_admin'] });
    const evaluation = await createEvaluation(db, { organisationId: org.id, coachUserId: coach.id });
    const participantUser = await createUser(db, {
      organisationId: null,
      roles: [{ role: 'participant', participantId: evaluation.participantId }],
    });
    return {
      org,
      evaluation,
      coach: await login(t.app, coach.email),
      colleague: await login(t.app, colleague.email),
      admin: await login(t.app, admin.email),
      outsider: await login(t.app, outsider.email),
      network: await login(t.app, network.email),
      participant: await login(t.app, participantUser.email),
      coachId: coach.id,
    };
  }

  const url = (id: string, rest = '') => `/api/evaluations/${id}${rest}`;

  it('should answer 401 without a session, 404 to another organisation and 403 to a wrong role', async () => {
    const w = await world();
    expect((await call(t.app, null, 'GET', '/api/evaluations')).statusCode).toBe(401);
    expect((await call(t.app, w.outsider, 'GET', url(w.evaluation.id))).statusCode).toBe(404);
    expect((await call(t.app, w.participant, 'GET', url(w.evaluation.id))).statusCode).toBe(403);
    expect((await call(t.app, w.network, 'GET', url(w.evaluation.id))).statusCode).toBe(200);
    const list = await call(t.app, w.outsider, 'GET', '/api/evaluations?state=all');
    expect(list.json().items).toEqual([]);
    const refused = await call(t.app, w.network, 'PUT', url(w.evaluation.id, '/scores'), {
      version: 1,
      scores: allScores(3),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('should refuse a score outside its scale and missing required evidence, naming the field and criterion', async () => {
    const w = await world();
    const res = await call(t.app, w.coach, 'PUT', url(w.evaluation.id, '/scores'), {
      version: 1,
      scores: [
        { criterion: 'task_execution', score: 7, evidenceKinds: ['observation'], evidence: 'Gezien.' },
        { criterion: 'reliability', score: 3, evidenceKinds: [], evidence: 'Gezien.' },
        { criterion: 'cooperation', score: 3, evidenceKinds: ['observation'] },
        { criterion: 'market_options', score: 3, evidenceKinds: ['observation'], evidence: 'Geen scan.' },
        { criterion: 'nonsense', score: 1 },
      ],
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['scores.0.score', 'score_out_of_scale'],
      ['scores.1.evidenceKinds', 'evidence_required'],
      ['scores.2.evidence', 'evidence_required'],
      ['scores.3.evidenceKinds', 'evidence_required'],
      ['scores.4.criterion', 'unknown_criterion'],
    ]);
    expect(errors[0]!.message).toBe(
      'Scores › 1 › Score: de score voor "Taken uitvoeren" moet tussen 1 en 4 liggen.',
    );
    const en = await call(
      t.app,
      w.coach,
      'PUT',
      url(w.evaluation.id, '/scores'),
      { version: 1, scores: [{ criterion: 'cooperation', score: 3, evidenceKinds: ['observation'] }] },
      { 'accept-language': 'en' },
    );
    expect(en.json().errors[0].message).toBe(
      'Scores › 1 › Evidence: "Cooperation and feedback" needs evidence. Choose at least one accepted kind of evidence and describe it.',
    );
  });

  it('should run the whole procedure: scores, own view, conversation, proposal, deviation, four-eyes sign-off, summary', async () => {
    const w = await world();
    const id = w.evaluation.id;
    // Partial save moves it into preparation; a stale version is 409 with the current record.
    const first = await call(t.app, w.coach, 'PUT', url(id, '/scores'), {
      version: 1,
      scores: allScores(4).slice(0, 2),
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'in_preparation', version: 2, proposal: null });
    const stale = await call(t.app, w.coach, 'PUT', url(id, '/scores'), { version: 1, scores: allScores(4) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });

    // Conversation before everything is there: refused, naming what is missing.
    const early = await call(t.app, w.coach, 'PUT', url(id, '/conversation'), {
      version: 2,
      heldOn: today,
      present: ['Kim Coach', 'de deelnemer'],
      summary: 'Besproken.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().errors.map((e: { field: string }) => e.field)).toEqual(['scores', 'participantView']);

    const scored = await call(t.app, w.coach, 'PUT', url(id, '/scores'), {
      version: 2,
      scores: allScores((k) => (k === 'support_intensity' ? 2 : 4)),
    });
    expect(scored.json().proposal).toMatchObject({ outcome: 'imw', ruleKey: 'regular_work_with_support' });

    // The participant gives their own view; the coach sees it recorded as not on behalf.
    const own = await call(t.app, w.participant, 'GET', '/api/my-evaluations');
    expect(own.json().items).toMatchObject([{ id, canGiveView: true, view: null }]);
    const view = await call(t.app, w.participant, 'PUT', url(id, '/participant-view'), {
      feeling: 3,
      goingWell: 'Ik werk graag in de keuken.',
      wish: 'regular_job',
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ view: { wish: 'regular_job', enteredOnBehalf: false, version: 1 } });
    const again = await call(t.app, w.coach, 'PUT', url(id, '/participant-view'), {
      feeling: 3,
      wish: 'stay',
    });
    expect(again.statusCode).toBe(409);
    const helped = await call(t.app, w.coach, 'PUT', url(id, '/participant-view'), {
      version: 1,
      feeling: 3,
      goingWell: 'Ik werk graag in de keuken.',
      wish: 'regular_job',
      supportWanted: 'Hulp bij solliciteren.',
    });
    expect(helped.json().participantView).toMatchObject({ enteredOnBehalf: true, version: 2 });

    const talked = await call(t.app, w.coach, 'PUT', url(id, '/conversation'), {
      version: 3,
      heldOn: today,
      present: ['Kim Coach', 'de deelnemer'],
      summary: 'Samen de scores en de wens besproken.',
    });
    expect(talked.statusCode, talked.body).toBe(200);
    expect(talked.json()).toMatchObject({ status: 'discussed', abilities: { decide: true, signOff: false } });

    // Deviation without motivation; re-evaluate without a date.
    const noMotivation = await call(t.app, w.coach, 'POST', url(id, '/decision'), {
      version: 4,
      outcome: 'transition',
      rationale: 'Je bent er klaar voor.',
      nextSteps: 'We zoeken samen een werkgever.',
    });
    expect(noMotivation.statusCode).toBe(400);
    expect(noMotivation.json().errors[0]).toMatchObject({
      field: 'deviationMotivation',
      code: 'deviation_motivation_required',
      message:
        'Motivering van de afwijking: de beslissing wijkt af van het voorstel van de beslisregel (naar IMW); motiveer waarom.',
    });
    const noDate = await call(t.app, w.coach, 'POST', url(id, '/decision'), {
      version: 4,
      outcome: 'imw',
      rationale: 'x',
      nextSteps: 'y',
      reEvaluateOn: null,
    });
    expect(noDate.statusCode).toBe(200);
    expect(noDate.json()).toMatchObject({
      status: 'awaiting_sign_off',
      decision: { proposedOutcome: 'imw', outcome: 'imw', isDeviation: false },
    });

    // The author (and the responsible coach) cannot sign off; a colleague sends it back, then it is redone.
    const self = await call(t.app, w.coach, 'POST', url(id, '/sign-off'), { version: 5, approve: true });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('sign_off_by_author');
    const noNote = await call(t.app, w.colleague, 'POST', url(id, '/sign-off'), {
      version: 5,
      approve: false,
    });
    expect(noNote.json().errors[0]).toMatchObject({ field: 'note', code: 'sign_off_note_required' });
    const back = await call(t.app, w.colleague, 'POST', url(id, '/sign-off'), {
      version: 5,
      approve: false,
      note: 'Schrijf de volgende stappen concreter.',
    });
    expect(back.json()).toMatchObject({
      status: 'discussed',
      signOffNote: 'Schrijf de volgende stappen concreter.',
    });

    const deviating = await call(t.app, w.coach, 'POST', url(id, '/decision'), {
      version: 6,
      outcome: 'transition',
      deviationMotivation: 'Een werkgever biedt een mentor aan; IMW-begeleiding is niet nodig.',
      rationale: 'Je werkt zelfstandig en je wil graag bij een gewone werkgever werken.',
      nextSteps: 'Je start in maart een stage bij een werkgever in de buurt.',
    });
    expect(deviating.json().decision).toMatchObject({
      proposedOutcome: 'imw',
      outcome: 'transition',
      isDeviation: true,
    });
    const stale2 = await call(t.app, w.admin, 'POST', url(id, '/sign-off'), { version: 6, approve: true });
    expect(stale2.statusCode).toBe(409);
    const signed = await call(t.app, w.admin, 'POST', url(id, '/sign-off'), { version: 7, approve: true });
    expect(signed.json()).toMatchObject({ status: 'decided', outcome: 'transition', decidedOn: today });

    // The participant's plain-language summary, as a page and as a PDF.
    const summary = await call(t.app, w.participant, 'GET', url(id, '/summary'));
    expect(summary.json()).toMatchObject({
      outcome: 'transition',
      outcomeText: 'Je gaat stap voor stap naar werk bij een gewone werkgever. Je coach helpt je daarbij.',
      yourView: 'Jij zei: ik wil werken bij een gewone werkgever.',
      why: ['Je werkt zelfstandig en je wil graag bij een gewone werkgever werken.'],
    });
    expect(summary.json().toWorkOn).toEqual(['Zelfstandig werken']);
    const pdf = await call(t.app, w.participant, 'GET', url(id, '/summary.pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(t.app, w.outsider, 'GET', url(id, '/summary'))).statusCode).toBe(404);

    // Nothing changes any more once decided.
    const late = await call(t.app, w.coach, 'PUT', url(id, '/scores'), { version: 8, scores: allScores(1) });
    expect(late.statusCode).toBe(409);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', id)
      .where('outcome', '=', 'success')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'evaluation.scored',
        'evaluation.participant_view',
        'evaluation.conversation',
        'evaluation.decision_proposed',
        'evaluation.sent_back',
        'evaluation.signed_off',
        'evaluation.summary_read',
      ]),
    );
  });

  it('should show the profile only on a ground (audited) and the trajectory history beside', async () => {
    const w = await world();
    const res = await call(t.app, w.coach, 'GET', url(w.evaluation.id, '/background'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ trajectories: [], previousEvaluations: [] });
    expect(res.json().profileRefusal).toBe('consent_required');
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('participant_id', '=', w.evaluation.participantId)
      .where('action', '=', 'capability_profile.read')
      .execute();
    expect(denied).toEqual([{ action: 'capability_profile.read', outcome: 'denied' }]);
    expect((await call(t.app, w.network, 'GET', url(w.evaluation.id, '/background'))).statusCode).toBe(403);
  });

  it('should keep evaluations on the template version they were made with when a new one is published', async () => {
    const w = await world();
    const before = await call(t.app, w.network, 'GET', '/api/evaluation-templates');
    const current = before.json().items[0];
    const definition = structuredClone(DEFAULT_TEMPLATE.definition);
    definition.criteria[0]!.levels[0]!.description.nl = 'Nieuwe omschrijving.';
    definition.criteria.push({
      ...structuredClone(definition.criteria[0]!),
      key: 'safety',
      name: { nl: 'Veiligheid', en: 'Safety' },
    });
    expect((await call(t.app, w.coach, 'POST', '/api/evaluation-templates', {})).statusCode).toBe(403);
    const bad = await call(t.app, w.network, 'POST', '/api/evaluation-templates', {
      nameNl: 'v2',
      nameEn: 'v2',
      definition: { ...definition, criteria: [{ ...definition.criteria[0], theme: 'nope' }] },
    });
    expect(bad.statusCode).toBe(400);
    const published = await call(t.app, w.network, 'POST', '/api/evaluation-templates', {
      nameNl: 'Doorstroomevaluatie 2027',
      nameEn: 'Transition evaluation 2027',
      note: 'Criterium veiligheid toegevoegd.',
      definition,
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ version: current.version + 1, isCurrent: true });
    const old = await call(t.app, w.coach, 'GET', url(w.evaluation.id));
    expect(old.json().templateVersion).toBe(current.version);
    expect(old.json().template.criteria).toHaveLength(CRITERIA.length);
    expect(old.json().template.criteria[0].levels[0].description).not.toBe('Nieuwe omschrijving.');
    const fresh = await createEvaluation(t.database.db);
    const freshCoach = await t.database.db
      .selectFrom('users')
      .select('email')
      .where('id', '=', fresh.coachUserId)
      .executeTakeFirstOrThrow();
    const s: Session = await login(t.app, freshCoach.email);
    const detail = await call(t.app, s, 'GET', url(fresh.id));
    expect(detail.json().template.criteria).toHaveLength(CRITERIA.length + 1);
    expect(detail.json().template.criteria[0].levels[0].description).toBe('Nieuwe omschrijving.');
  });

  it('should plan due evaluations by the measure rule and at phase ends, and list due and overdue', async () => {
    const db = t.database.db;
    const tr = await createTrajectory(db, { startedOn: addToDate(today, { months: -3 }) });
    await db
      .updateTable('participants')
      .set({ current_measure: 'transition' })
      .where('id', '=', tr.participantId)
      .execute();
    const phase = await db
      .selectFrom('trajectory_phases')
      .select(['id', 'planned_end_on'])
      .where('trajectory_id', '=', tr.id)
      .orderBy('sort_order')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('trajectory_phases')
      .set({ planned_end_on: addToDate(today, { days: -3 }) })
      .where('id', '=', phase.id)
      .execute();
    const audit = { actor: null, ip: null, userAgent: null };
    expect(await planDueEvaluations(db, audit)).toBeGreaterThanOrEqual(1);
    const planned = await db
      .selectFrom('evaluations')
      .selectAll()
      .where('participant_id', '=', tr.participantId)
      .execute();
    expect(planned).toMatchObject([
      { reason: 'phase_end', phase_id: phase.id, status: 'planned', organisation_id: tr.organisationId },
    ]);
    // Idempotent: one under way per participant.
    await planDueEvaluations(db, audit);
    expect(
      await db
        .selectFrom('evaluations')
        .select('id')
        .where('participant_id', '=', tr.participantId)
        .execute(),
    ).toHaveLength(1);
    const email = (
      await db.selectFrom('users').select('email').where('id', '=', tr.coachUserId).executeTakeFirstOrThrow()
    ).email;
    const coach = await login(t.app, email);
    const overdue = await call(t.app, coach, 'GET', '/api/evaluations?view=mine&state=overdue');
    expect(overdue.json().items).toMatchObject([{ participant: { id: tr.participantId }, isOverdue: true }]);
    const myWork = await call(t.app, coach, 'GET', '/api/my-work');
    const section = myWork.json().sections.find((s: { key: string }) => s.key === 'evaluations');
    expect(section.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'evaluationsOverdue', count: 1, severity: 'danger' }),
      ]),
    );
  });

  it('should let a network admin change the schedule rule, with 409 on a stale version', async () => {
    const w = await world();
    const rules = (await call(t.app, w.network, 'GET', '/api/evaluation-schedule')).json().items;
    const cmw = rules.find((r: { measure: string }) => r.measure === 'cmw');
    expect(cmw).toMatchObject({ intervalMonths: 12, atPhaseEnd: false });
    const ok = await call(t.app, w.network, 'PUT', '/api/evaluation-schedule/cmw', {
      intervalMonths: 18,
      atPhaseEnd: false,
      leadDays: 45,
      version: cmw.version,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await call(t.app, w.network, 'PUT', '/api/evaluation-schedule/cmw', {
      intervalMonths: 6,
      atPhaseEnd: false,
      leadDays: 45,
      version: cmw.version,
    });
    expect(stale.statusCode).toBe(409);
    const bad = await call(t.app, w.network, 'PUT', '/api/evaluation-schedule/cmw', {
      intervalMonths: 0,
      atPhaseEnd: false,
      leadDays: 45,
      version: cmw.version + 1,
    });
    expect(bad.json().errors[0]).toMatchObject({ field: 'intervalMonths', code: 'too_small_number' });
    expect((await call(t.app, w.coach, 'PUT', '/api/evaluation-schedule/cmw', {})).statusCode).toBe(403);
  });

  it('should plan an evaluation on request for a held participant, once at a time', async () => {
    const w = await world();
    const busy = await call(t.app, w.coach, 'POST', '/api/evaluations', {
      participantId: w.evaluation.participantId,
      dueOn: today,
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().errors[0]).toMatchObject({ field: 'participantId', code: 'evaluation_open_exists' });
    const other = await call(t.app, w.outsider, 'POST', '/api/evaluations', {
      participantId: w.evaluation.participantId,
      dueOn: today,
    });
    expect(other.json().errors[0]).toMatchObject({ field: 'participantId', code: 'unknown_reference' });
    const fresh = await createParticipant(t.database.db, {
      organisationId: w.org.id,
      coachUserId: w.coachId,
      currentMeasure: 'imw',
    });
    const created = await call(t.app, w.coach, 'POST', '/api/evaluations', {
      participantId: fresh.id,
      dueOn: today,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      reason: 'on_request',
      measure: 'imw',
      status: 'planned',
      coach: { id: w.coachId },
      abilities: { score: true, signOff: false },
    });
    const cancelled = await call(t.app, w.coach, 'POST', url(created.json().id, '/cancel'), {
      version: 1,
      reason: 'Deelnemer verhuist.',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', abilities: { cancel: false } });
  });
});
