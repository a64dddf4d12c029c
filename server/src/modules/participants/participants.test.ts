import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('participants API', () => {
  const t = useTestApp();

  it("should isolate organisations: a coach never sees another organisation's participants", async () => {
    const orgA = await createOrganisation(t.database.db);
    const orgB = await createOrganisation(t.database.db);
    const coach = await createUser(t.database.db, { organisationId: orgA.id, roles: ['coach'] });
    const mine = await createParticipant(t.database.db, { organisationId: orgA.id, coachUserId: coach.id });
    const unassigned = await createParticipant(t.database.db, { organisationId: orgA.id });
    const theirs = await createParticipant(t.database.db, { organisationId: orgB.id });
    const session = await login(t.app, coach.email);

    const all = (await call(t.app, session, 'GET', '/api/participants?pageSize=200')).json();
    const ids = all.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, unassigned.id]));
    expect(ids).not.toContain(theirs.id);
    expect(all.items[0].nationalNumberMasked).toMatch(/\*\*\*\.\*\*$/);
    expect(JSON.stringify(all)).not.toContain(mine.national_number);

    const onlyMine = (await call(t.app, session, 'GET', '/api/participants?coachId=me')).json();
    expect(onlyMine.items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    const withoutCoach = (await call(t.app, session, 'GET', '/api/participants?coachId=none')).json();
    expect(withoutCoach.items.map((p: { id: string }) => p.id)).toEqual([unassigned.id]);

    expect((await call(t.app, session, 'GET', `/api/participants/${theirs.id}`)).statusCode).toBe(404);
  });

  it('should audit every read of a participant record', async () => {
    const coach = await createUser(t.database.db, { roles: ['coach'] });
    const participant = await createParticipant(t.database.db, {
      organisationId: coach.organisationId!,
      firstName: 'Lotte',
      lastName: 'Peeters',
    });
    const session = await login(t.app, coach.email);
    const res = await call(t.app, session, 'GET', `/api/participants/${participant.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().nationalNumber.replace(/\D/g, '')).toBe(participant.national_number);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'participant_id', 'actor_organisation_id'])
      .where('participant_id', '=', participant.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'participant.read',
        actor_user_id: coach.id,
        participant_id: participant.id,
        actor_organisation_id: coach.organisationId,
      },
    ]);
    const search = (await call(t.app, session, 'GET', '/api/participants?q=lotte%20peeters')).json();
    expect(search.items.map((p: { id: string }) => p.id)).toEqual([participant.id]);
  });

  it('should refuse the caseload to analysts, employer contacts and participants', async () => {
    for (const role of ['analyst'] as const) {
      const session = await login(t.app, (await createUser(t.database.db, { roles: [role] })).email);
      expect((await call(t.app, session, 'GET', '/api/participants')).statusCode).toBe(403);
    }
  });
});
