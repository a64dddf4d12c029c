import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('approach requests API', () => {
  const t = useTestApp();

  /** An employer owned by organisation A (account manager signed in), a requester B and an outsider C. */
  async function scene() {
    const a = await createOrganisation(t.database.db);
    const b = await createOrganisation(t.database.db);
    const c = await createOrganisation(t.database.db);
    const owner = await createUser(t.database.db, { organisationId: a.id, roles: ['account_manager'] });
    const requester = await createUser(t.database.db, { organisationId: b.id, roles: ['account_manager'] });
    const outsider = await createUser(t.database.db, { organisationId: c.id, roles: ['account_manager'] });
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: a.id, userId: owner.id },
    });
    return {
      a,
      b,
      employer,
      owner,
      requester,
      ownerSession: await login(t.app, owner.email),
      requesterSession: await login(t.app, requester.email),
      outsiderSession: await login(t.app, outsider.email),
    };
  }

  const file = (
    s: Awaited<ReturnType<typeof scene>>,
    motivation = 'Wij hebben drie kandidaten voor de keuken.',
  ) =>
    call(t.app, s.requesterSession, 'POST', `/api/employers/${s.employer.id}/approach-requests`, {
      motivation,
    });

  it('should answer 401 without a session', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', '/api/approach-requests')).statusCode).toBe(401);
    expect(
      (
        await call(t.app, null, 'POST', `/api/employers/${s.employer.id}/approach-requests`, {
          motivation: 'x',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('should file one pending request per organisation, tell the owner, and refuse the owner and an unowned employer', async () => {
    const s = await scene();
    const missing = await call(
      t.app,
      s.requesterSession,
      'POST',
      `/api/employers/${s.employer.id}/approach-requests`,
      {},
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({
      field: 'motivation',
      code: 'required',
      message: 'Motivering is verplicht.',
    });
    const res = await file(s);
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json();
    expect(request).toMatchObject({
      status: 'pending',
      employer: { id: s.employer.id },
      ownerOrganisation: { id: s.a.id },
      requestingOrganisation: { id: s.b.id },
      requestedBy: { id: s.requester.id },
      abilities: { decide: false },
    });
    const again = await file(s);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({
      field: 'organisationId',
      code: 'approach_request_pending',
    });
    const byOwner = await call(
      t.app,
      s.ownerSession,
      'POST',
      `/api/employers/${s.employer.id}/approach-requests`,
      {
        motivation: 'x',
      },
    );
    expect(byOwner.statusCode).toBe(409);
    expect(byOwner.json().errors[0]).toMatchObject({ code: 'approach_not_needed' });
    const unowned = await createEmployer(t.database.db);
    const none = await call(
      t.app,
      s.requesterSession,
      'POST',
      `/api/employers/${unowned.id}/approach-requests`,
      {
        motivation: 'x',
      },
    );
    expect(none.statusCode).toBe(409);
    expect(none.json().errors[0]).toMatchObject({ code: 'employer_has_no_owner' });

    const notices = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'params'])
      .where('entity_id', '=', request.id)
      .execute();
    expect(notices).toEqual([
      {
        user_id: s.owner.id,
        kind: 'approach_request.filed',
        params: { employer: s.employer.name, organisation: s.b.name },
      },
    ]);

    // Incoming for the owner (who may decide), outgoing for the requester, invisible to others.
    const incoming = (await call(t.app, s.ownerSession, 'GET', '/api/approach-requests?box=incoming')).json();
    expect(incoming.items).toEqual([
      expect.objectContaining({ id: request.id, abilities: { decide: true } }),
    ]);
    const outgoing = (
      await call(t.app, s.requesterSession, 'GET', '/api/approach-requests?box=outgoing')
    ).json();
    expect(outgoing.items.map((r: { id: string }) => r.id)).toEqual([request.id]);
    expect(
      (await call(t.app, s.requesterSession, 'GET', '/api/approach-requests?box=incoming')).json().total,
    ).toBe(0);
    expect(
      (await call(t.app, s.outsiderSession, 'GET', `/api/approach-requests/${request.id}`)).statusCode,
    ).toBe(404);
    // The owner's start page counts the request waiting for a decision.
    const myWork = (await call(t.app, s.ownerSession, 'GET', '/api/my-work')).json();
    const desk = myWork.sections.find((section: { key: string }) => section.key === 'employerDesk');
    expect(desk.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'approachRequestsToDecide', count: 1, severity: 'warning' }),
        expect.objectContaining({ key: 'myEmployers', count: 1 }),
      ]),
    );
    const employer = (await call(t.app, s.requesterSession, 'GET', `/api/employers/${s.employer.id}`)).json();
    expect(employer).toMatchObject({
      relation: { pendingApproachRequestId: request.id },
      abilities: { requestApproach: false },
    });
  });

  it('should accept a request into a joint action, once, telling the requester', async () => {
    const s = await scene();
    const request = (await file(s)).json();
    const url = `/api/approach-requests/${request.id}/decision`;
    expect(
      (await call(t.app, s.requesterSession, 'POST', url, { version: 1, decision: 'accept' })).statusCode,
    ).toBe(403);
    const accepted = await call(t.app, s.ownerSession, 'POST', url, { version: 1, decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', decidedBy: { id: s.owner.id }, version: 2 });
    const again = await call(t.app, s.ownerSession, 'POST', url, {
      version: 2,
      decision: 'decline',
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'invalid_transition' });
    const employer = (await call(t.app, s.requesterSession, 'GET', `/api/employers/${s.employer.id}`)).json();
    expect(employer).toMatchObject({
      jointActions: [
        {
          organisation: { id: s.b.id },
          reason: 'approach_accepted',
          approachRequestId: request.id,
          canEnd: true,
        },
      ],
      relation: { isInJointAction: true, isOwner: false },
      abilities: { createJob: true, requestApproach: false, update: false },
    });
    // The owner may end it too; an outsider sees it but may not.
    const byOwner = (await call(t.app, s.ownerSession, 'GET', `/api/employers/${s.employer.id}`)).json();
    expect(byOwner.jointActions[0].canEnd).toBe(true);
    const byOutsiderView = (
      await call(t.app, s.outsiderSession, 'GET', `/api/employers/${s.employer.id}`)
    ).json();
    expect(byOutsiderView.jointActions[0].canEnd).toBe(false);
    const notice = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.requester.id)
      .where('entity_id', '=', request.id)
      .executeTakeFirst();
    expect(notice?.kind).toBe('approach_request.accepted');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('entity_id', '=', request.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'approach_request.created:success',
      'approach_request.decided:denied',
      'approach_request.decided:success',
    ]);

    // Only the owner or the joint organisation ends a joint action; the joint organisation may leave it.
    const byOutsider = await call(
      t.app,
      s.outsiderSession,
      'DELETE',
      `/api/employers/${s.employer.id}/joint-actions/${s.b.id}`,
    );
    expect(byOutsider.statusCode).toBe(403);
    const notJoint = await call(
      t.app,
      s.ownerSession,
      'DELETE',
      `/api/employers/${s.employer.id}/joint-actions/${s.a.id}`,
    );
    expect(notJoint.statusCode).toBe(404);
    const left = await call(
      t.app,
      s.requesterSession,
      'DELETE',
      `/api/employers/${s.employer.id}/joint-actions/${s.b.id}`,
    );
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().jointActions).toEqual([]);
  });

  it('should decline only with a reason, and refuse a stale version', async () => {
    const s = await scene();
    const request = (await file(s)).json();
    const url = `/api/approach-requests/${request.id}/decision`;
    const noReason = await call(t.app, s.ownerSession, 'POST', url, { version: 1, decision: 'decline' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({
      field: 'reason',
      code: 'required',
      message: 'Reden is verplicht.',
    });
    const badDecision = await call(t.app, s.ownerSession, 'POST', url, { version: 1, decision: 'maybe' });
    expect(badDecision.json().errors[0]).toMatchObject({ field: 'decision', code: 'invalid_option' });
    const stale = await call(t.app, s.ownerSession, 'POST', url, { version: 7, decision: 'accept' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { status: 'pending', version: 1 },
    });
    const declined = await call(t.app, s.ownerSession, 'POST', url, {
      version: 1,
      decision: 'decline',
      reason: 'We zijn net met een eigen traject gestart.',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      decisionReason: 'We zijn net met een eigen traject gestart.',
    });
    // Declined is not forever: the organisation may ask again later.
    expect((await file(s, 'Nieuwe vraag na drie maanden.')).statusCode).toBe(201);
  });

  it('should let the requester take over: it becomes the owner and the previous owner keeps a joint action', async () => {
    const s = await scene();
    const request = (await file(s)).json();
    const res = await call(t.app, s.ownerSession, 'POST', `/api/approach-requests/${request.id}/decision`, {
      version: 1,
      decision: 'take_over',
      reason: 'Zij hebben de betere band met deze sector.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'taken_over' });
    const employer = (await call(t.app, s.requesterSession, 'GET', `/api/employers/${s.employer.id}`)).json();
    expect(employer).toMatchObject({
      owner: { organisation: { id: s.b.id }, accountManager: { id: s.requester.id } },
      jointActions: [{ organisation: { id: s.a.id }, reason: 'previous_owner' }],
      relation: { isOwner: true },
      abilities: { update: true, decideApproach: true },
      version: 2,
    });
    const previous = (await call(t.app, s.ownerSession, 'GET', `/api/employers/${s.employer.id}`)).json();
    expect(previous).toMatchObject({
      relation: { isOwner: false, isInJointAction: true },
      abilities: { update: false, createJob: true },
    });
  });

  it('should ask for the new account manager on a take-over when the requester is not one', async () => {
    const s = await scene();
    const admin = await createUser(t.database.db, { organisationId: s.b.id, roles: ['org_admin'] });
    const adminSession = await login(t.app, admin.email);
    const request = (
      await call(t.app, adminSession, 'POST', `/api/employers/${s.employer.id}/approach-requests`, {
        motivation: 'Graag.',
      })
    ).json();
    const url = `/api/approach-requests/${request.id}/decision`;
    const missing = await call(t.app, s.ownerSession, 'POST', url, { version: 1, decision: 'take_over' });
    expect(missing.json().errors[0]).toMatchObject({ field: 'ownerUserId', code: 'required' });
    const wrong = await call(t.app, s.ownerSession, 'POST', url, {
      version: 1,
      decision: 'take_over',
      ownerUserId: s.owner.id,
    });
    expect(wrong.json().errors[0]).toMatchObject({ field: 'ownerUserId', code: 'not_account_manager' });
    const ok = await call(t.app, s.ownerSession, 'POST', url, {
      version: 1,
      decision: 'take_over',
      ownerUserId: s.requester.id,
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
