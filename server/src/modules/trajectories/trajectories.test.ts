import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createJob } from '../../../test/factories/job.factory';
import { createTrajectory } from '../../../test/factories/trajectory.factory';
import { trajectoryWorld } from '../../../test/scenarios/trajectory-world';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = brusselsDate(new Date());

describe('trajectories API', () => {
  const t = useTestApp();

  async function world() {
    const w = await trajectoryWorld(t.database.db);
    const transition = await t.database.db
      .selectFrom('trajectory_types')
      .select('id')
      .where('key', '=', 'transition')
      .executeTakeFirstOrThrow();
    return {
      ...w,
      typeId: transition.id,
      coach: await login(t.app, w.coachA.email),
      admin: await login(t.app, w.adminA.email),
      outsider: await login(t.app, w.coachB.email),
      network: await login(t.app, w.networkAdmin.email),
      mentorSession: await login(t.app, w.mentorUser.email),
    };
  }

  const open = (s: Session, body: Record<string, unknown>) =>
    call(t.app, s, 'POST', '/api/trajectories', body);

  it('should answer 401 without a session and name bad fields', async () => {
    const w = await world();
    expect((await call(t.app, null, 'GET', '/api/trajectories')).statusCode).toBe(401);
    expect((await open(null as unknown as Session, {})).statusCode).toBe(401);
    const noType = await open(w.coach, { participantId: w.participant.id, startedOn: today });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().errors[0]).toMatchObject({
      field: 'typeId',
      code: 'required',
      message: 'Trajecttype is verplicht.',
    });
    const nobody = await open(w.coach, { typeId: w.typeId, startedOn: today });
    expect(nobody.json().errors[0]).toMatchObject({ field: 'participantId', code: 'required' });
    const badDate = await open(w.coach, {
      typeId: w.typeId,
      participantId: w.participant.id,
      startedOn: '1-2-2026',
    });
    expect(badDate.json().errors[0]).toMatchObject({ field: 'startedOn', code: 'invalid_date' });
  });

  it('should open a trajectory with planned phases and budget for the holding organisation only, once', async () => {
    const w = await world();
    const refused = await open(w.outsider, {
      typeId: w.typeId,
      participantId: w.participant.id,
      startedOn: today,
    });
    expect(refused.json().errors?.[0] ?? refused.json()).toMatchObject({ code: 'unknown_reference' });
    const res = await open(w.coach, {
      typeId: w.typeId,
      participantId: w.participant.id,
      startedOn: '2026-09-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const tr = res.json();
    expect(tr).toMatchObject({
      participant: { id: w.participant.id, firstName: 'Jana' },
      type: { key: 'transition', name: 'Doorstroomtraject' },
      leadOrganisation: { id: w.orgA.id },
      coach: { id: w.coachA.id },
      status: 'open',
      startedOn: '2026-09-01',
      plannedEndOn: '2028-02-22',
      referralId: w.referral.id,
      abilities: { update: true, close: true, correct: false, readSessions: true },
    });
    expect(tr.phases.map((p: { key: string; plannedEndOn: string }) => [p.key, p.plannedEndOn])).toEqual([
      ['pre_trajectory', '2026-11-29'],
      ['job_matching', '2027-02-27'],
      ['internship', '2027-04-28'],
      ['aftercare', '2028-04-27'],
    ]);
    expect(tr.phases[0]).toMatchObject({ actualStartOn: '2026-09-01', isOverdue: false });
    const participant = await t.database.db
      .selectFrom('participants')
      .select(['status', 'current_measure'])
      .where('id', '=', w.participant.id)
      .executeTakeFirstOrThrow();
    expect(participant).toEqual({ status: 'in_trajectory', current_measure: 'transition' });
    const twice = await open(w.admin, {
      typeId: w.typeId,
      participantId: w.participant.id,
      startedOn: today,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'participantId', code: 'trajectory_open_exists' });

    // Another organisation's coach does not see it; a network admin reads it without the coaching log.
    expect((await call(t.app, w.outsider, 'GET', `/api/trajectories/${tr.id}`)).statusCode).toBe(404);
    const network = await call(t.app, w.network, 'GET', `/api/trajectories/${tr.id}`);
    expect(network.json().abilities).toMatchObject({ update: false, readSessions: false });
    expect((await call(t.app, w.mentorSession, 'GET', `/api/trajectories/${tr.id}`)).statusCode).toBe(403);
    const list = await call(t.app, w.coach, 'GET', '/api/trajectories?coach=me&status=open');
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([tr.id]);
    const theirs = await call(t.app, w.outsider, 'GET', '/api/trajectories');
    expect(theirs.json().items).toEqual([]);
  });

  it('should open a transition from an accepted proposal at the internship phase, and refuse one not accepted', async () => {
    const w = await world();
    const proposal = (status: 'accepted' | 'proposed') =>
      t.database.db
        .insertInto('proposals')
        .values({
          participant_id: w.participant.id,
          job_id: w.place.id,
          employer_id: w.employer.id,
          status,
          score: 88,
          created_by: w.coachA.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const proposed = await proposal('proposed');
    const notYet = await open(w.coach, { typeId: w.typeId, proposalId: proposed.id, startedOn: today });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().errors[0]).toMatchObject({ field: 'proposalId', code: 'proposal_not_accepted' });
    await t.database.db
      .updateTable('proposals')
      .set({ status: 'declined', decline_reason: 'other', declined_by: 'coach', decline_text: 'x' })
      .where('id', '=', proposed.id)
      .execute();
    const accepted = await proposal('accepted');
    const res = await open(w.coach, { typeId: w.typeId, proposalId: accepted.id, startedOn: '2026-10-05' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      proposalId: accepted.id,
      participant: { id: w.participant.id },
      employer: { id: w.employer.id, name: 'Bakkerij De Zon' },
      site: { id: w.site.id },
      job: { id: w.place.id, title: 'Stage bakkerij' },
    });
    const phases = res.json().phases;
    expect(phases[0]).toMatchObject({ key: 'pre_trajectory', plannedStartOn: null, actualStartOn: null });
    expect(phases[1]).toMatchObject({ key: 'job_matching', plannedStartOn: null });
    expect(phases[2]).toMatchObject({
      key: 'internship',
      plannedStartOn: '2026-10-05',
      actualStartOn: '2026-10-05',
    });
    expect(res.json().currentPhases).toEqual([{ key: 'internship', name: 'Stage' }]);
  });

  it('should allow overlapping phases, refuse one ending before it starts, and move a started term only by an extension', async () => {
    const w = await world();
    const tr = (
      await open(w.coach, { typeId: w.typeId, participantId: w.participant.id, startedOn: '2026-09-01' })
    ).json();
    const [pre, matching] = tr.phases;
    const url = (p: { id: string }) => `/api/trajectories/${tr.id}/phases/${p.id}`;
    // Job matching starts while the pre-trajectory still runs: overlap is fine.
    const overlap = await call(t.app, w.coach, 'PATCH', url(matching), {
      version: matching.version,
      data: { actualStartOn: '2026-10-01' },
    });
    expect(overlap.statusCode, overlap.body).toBe(200);
    const backwards = await call(t.app, w.coach, 'PATCH', url(pre), {
      version: pre.version,
      data: { actualEndOn: '2026-08-15' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({
      field: 'data.actualEndOn',
      code: 'date_order',
      message: 'Gegevens › Werkelijk einde mag niet vóór Gegevens › Werkelijke start liggen.',
    });
    const moved = await call(t.app, w.coach, 'PATCH', url(pre), {
      version: pre.version,
      data: { plannedEndOn: '2026-12-31' },
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().errors[0]).toMatchObject({ code: 'term_change_needs_extension' });
    const noReason = await call(t.app, w.coach, 'POST', `${url(pre)}/extensions`, {
      version: pre.version,
      plannedEndOn: '2026-12-31',
    });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const earlier = await call(t.app, w.coach, 'POST', `${url(pre)}/extensions`, {
      version: pre.version,
      plannedEndOn: '2026-10-01',
      reason: 'x',
    });
    expect(earlier.json().errors[0]).toMatchObject({ field: 'plannedEndOn', code: 'extension_not_later' });
    const extended = await call(t.app, w.coach, 'POST', `${url(pre)}/extensions`, {
      version: pre.version,
      plannedEndOn: '2026-12-31',
      reason: 'Ziekteperiode van drie weken; opstart werkplekleren schuift op.',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    const phase = extended.json().phases[0];
    expect(phase).toMatchObject({ plannedEndOn: '2026-12-31', version: pre.version + 1 });
    expect(phase.extensions).toEqual([
      expect.objectContaining({ fromEndOn: '2026-11-29', toEndOn: '2026-12-31', by: 'Kim Coach' }),
    ]);
    const stale = await call(t.app, w.coach, 'POST', `${url(pre)}/extensions`, {
      version: pre.version,
      plannedEndOn: '2027-01-31',
      reason: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(
      (
        await call(t.app, w.outsider, 'PATCH', url(pre), {
          version: 1,
          data: { actualStartOn: '2026-09-02' },
        })
      ).statusCode,
    ).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', tr.id)
      .where('action', '=', 'trajectory_phase.extended')
      .execute();
    // The reason may tell about health: it stays in the trajectory, not in the audit log.
    expect(JSON.stringify(audit)).not.toContain('Ziekte');
  });

  it('should show a phase past its term as overdue on the lists', async () => {
    const w = await world();
    const late = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      startedOn: addToDate(today, { days: -120 }),
    });
    const onTime = await createTrajectory(t.database.db, {
      organisationId: w.orgA.id,
      coachUserId: w.coachA.id,
      startedOn: today,
    });
    const overdue = (await call(t.app, w.admin, 'GET', '/api/trajectories?overdue=true')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    expect(overdue.items[0]).toMatchObject({ isOverdue: true, overduePhases: 1 });
    const fine = (await call(t.app, w.admin, 'GET', '/api/trajectories?overdue=false')).json();
    expect(fine.items.map((i: { id: string }) => i.id)).toEqual([onTime.id]);
    const detail = (await call(t.app, w.coach, 'GET', `/api/trajectories/${late.id}`)).json();
    expect(detail.phases[0]).toMatchObject({ key: 'pre_trajectory', isOverdue: true, daysOverdue: 31 });
  });

  it('should assign the mentor at the employer, place the participant and schedule aftercare', async () => {
    const w = await world();
    const tr = (
      await open(w.coach, { typeId: w.typeId, participantId: w.participant.id, startedOn: '2026-09-01' })
    ).json();
    const url = `/api/trajectories/${tr.id}`;
    const unplaced = await call(t.app, w.coach, 'PUT', `${url}/mentor`, {
      version: tr.version,
      contactPersonId: w.mentor.id,
    });
    expect(unplaced.json().errors[0]).toMatchObject({ code: 'trajectory_not_placed' });
    const other = await createJob(t.database.db, {});
    const wrongJob = await call(t.app, w.coach, 'PUT', `${url}/placement`, {
      version: tr.version,
      siteId: w.site.id,
      jobId: other.id,
      placedOn: '2026-11-02',
    });
    expect(wrongJob.json().errors[0]).toMatchObject({ field: 'jobId', code: 'unknown_reference' });
    const placed = await call(t.app, w.coach, 'PUT', `${url}/placement`, {
      version: tr.version,
      siteId: w.site.id,
      placedOn: '2026-11-02',
    });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({ placedOn: '2026-11-02', employer: { id: w.employer.id } });
    expect(
      placed.json().aftercare.map((a: { monthsAfter: number; dueOn: string }) => [a.monthsAfter, a.dueOn]),
    ).toEqual([
      [1, '2026-12-02'],
      [3, '2027-02-02'],
      [6, '2027-05-02'],
      [12, '2027-11-02'],
    ]);
    expect(placed.json().phases[3]).toMatchObject({ key: 'aftercare', actualStartOn: '2026-11-02' });
    const version = placed.json().version;
    const notHis = await call(t.app, w.coach, 'PUT', `${url}/mentor`, {
      version,
      contactPersonId: w.mentor.id,
      userId: w.signatoryUser.id,
    });
    expect(notHis.json().errors[0]).toMatchObject({ field: 'userId', code: 'not_a_mentor_login' });
    const mentor = await call(t.app, w.coach, 'PUT', `${url}/mentor`, {
      version,
      contactPersonId: w.mentor.id,
      userId: w.mentorUser.id,
    });
    expect(mentor.statusCode, mentor.body).toBe(200);
    expect(mentor.json().mentor).toMatchObject({
      contactPerson: { id: w.mentor.id, name: 'Marc Mentor', jobTitle: 'Meesterbakker' },
      user: { id: w.mentorUser.id },
    });
    expect(
      (await call(t.app, w.coach, 'PUT', `${url}/mentor`, { version, contactPersonId: w.mentor.id }))
        .statusCode,
    ).toBe(409);
    const told = await t.database.db
      .selectFrom('notifications')
      .select(['kind', 'params'])
      .where('user_id', '=', w.mentorUser.id)
      .execute();
    expect(told).toEqual([{ kind: 'trajectory.mentor_assigned', params: { participant: 'Jana P.' } }]);

    const contact = placed.json().aftercare[0];
    const future = await call(t.app, w.coach, 'PUT', `${url}/aftercare/${contact.id}`, {
      version: contact.version,
      contactedOn: addToDate(today, { days: 3 }),
      isStillEmployed: true,
      howItGoes: 4,
    });
    expect(future.json().errors[0]).toMatchObject({ field: 'contactedOn', code: 'date_in_future' });
    const recorded = await call(t.app, w.coach, 'PUT', `${url}/aftercare/${contact.id}`, {
      version: contact.version,
      contactedOn: today,
      isStillEmployed: true,
      howItGoes: 4,
      supportNeeded: 'Even bijsturen bij de nieuwe ploegleider.',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().aftercare[0]).toMatchObject({
      contactedOn: today,
      isStillEmployed: true,
      howItGoes: 4,
      supportNeeded: 'Even bijsturen bij de nieuwe ploegleider.',
      recordedBy: 'Kim Coach',
    });
    const network = (await call(t.app, w.network, 'GET', url)).json();
    expect(network.aftercare[0]).toMatchObject({ howItGoes: 4, supportNeeded: null });
  });

  it('should refuse closing without an outcome, close with one, and change it afterwards only by a correction that keeps the original', async () => {
    const w = await world();
    const tr = (
      await open(w.coach, { typeId: w.typeId, participantId: w.participant.id, startedOn: '2026-09-01' })
    ).json();
    const url = `/api/trajectories/${tr.id}`;
    const noOutcome = await call(t.app, w.coach, 'POST', `${url}/close`, {
      version: tr.version,
      closedOn: today,
    });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().errors[0]).toMatchObject({
      field: 'outcome',
      code: 'required',
      message: 'Uitkomst is verplicht.',
    });
    const incomplete = await call(t.app, w.coach, 'POST', `${url}/close`, {
      version: tr.version,
      closedOn: today,
      outcome: { kind: 'employed_regular' },
    });
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'outcome.contractType',
      'outcome.hoursPerWeek',
    ]);
    expect(
      (
        await call(t.app, w.outsider, 'POST', `${url}/close`, {
          version: tr.version,
          closedOn: today,
          outcome: { kind: 'care' },
        })
      ).statusCode,
    ).toBe(404);
    const closed = await call(t.app, w.coach, 'POST', `${url}/close`, {
      version: tr.version,
      closedOn: today,
      outcome: { kind: 'employed_regular', contractType: 'fixed_term', hoursPerWeek: 30 },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedOn: today,
      outcome: {
        kind: 'employed_regular',
        contractType: 'fixed_term',
        hoursPerWeek: 30,
        outcomeOn: today,
        isSuccess: true,
      },
      abilities: { update: false, correct: true },
    });
    expect(closed.json().phases[0]).toMatchObject({ actualEndOn: today });
    const again = await call(t.app, w.coach, 'POST', `${url}/close`, {
      version: closed.json().version,
      closedOn: today,
      outcome: { kind: 'care' },
    });
    expect(again.json().errors[0]).toMatchObject({ code: 'trajectory_closed' });
    const phase = closed.json().phases[1];
    const locked = await call(t.app, w.coach, 'PATCH', `${url}/phases/${phase.id}`, {
      version: phase.version,
      data: { plannedStartOn: '2026-09-05' },
    });
    expect(locked.statusCode).toBe(409);

    const noReason = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: closed.json().version,
      changes: { contractType: 'permanent' },
    });
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    const nothing = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: closed.json().version,
      reason: 'x',
      changes: { contractType: 'fixed_term' },
    });
    expect(nothing.json().errors[0]).toMatchObject({ field: 'changes', code: 'correction_no_change' });
    const corrected = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: closed.json().version,
      reason: 'Contract werd na de proefperiode omgezet in onbepaalde duur.',
      changes: { contractType: 'permanent', hoursPerWeek: 32 },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({
      outcome: { contractType: 'permanent', hoursPerWeek: 32 },
      original: { outcome_contract_type: 'fixed_term', outcome_hours_per_week: '30' },
    });
    const second = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: corrected.json().version,
      reason: 'Typfout in de uren.',
      changes: { hoursPerWeek: 34 },
    });
    expect(second.json()).toMatchObject({
      outcome: { hoursPerWeek: 34 },
      original: { outcome_hours_per_week: '30' },
    });
    expect(
      second
        .json()
        .corrections.map((c: { field: string; oldValue: string; newValue: string }) => [
          c.field,
          c.oldValue,
          c.newValue,
        ]),
    ).toEqual([
      ['outcome_contract_type', 'fixed_term', 'permanent'],
      ['outcome_hours_per_week', '30', '32'],
      ['outcome_hours_per_week', '32', '34'],
    ]);
    const stale = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: corrected.json().version,
      reason: 'x',
      changes: { hoursPerWeek: 20 },
    });
    expect(stale.statusCode).toBe(409);
    const droppedWithoutReason = await call(t.app, w.coach, 'POST', `${url}/corrections`, {
      version: second.json().version,
      reason: 'x',
      changes: { outcomeKind: 'dropped_out' },
    });
    expect(droppedWithoutReason.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['changes.dropoutReason']),
    );
    const participant = await t.database.db
      .selectFrom('participants')
      .select('status')
      .where('id', '=', w.participant.id)
      .executeTakeFirstOrThrow();
    expect(participant.status).toBe('employed');
  });
});
