import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { addToDate, brusselsDate } from '../../lib/dates';

const today = () => brusselsDate(new Date());
const daysAgo = (n: number) => addToDate(today(), { days: -n });

describe('employer contact timeline API', () => {
  const t = useTestApp();

  /** Employer owned by A (account manager), joint with B (account manager), and C (a coach, no relation). */
  async function scene() {
    const a = await createOrganisation(t.database.db, { name: 'Jobcoaching Oost' });
    const b = await createOrganisation(t.database.db);
    const c = await createOrganisation(t.database.db, { name: 'Maatwerk West' });
    const owner = await createUser(t.database.db, {
      organisationId: a.id,
      roles: ['account_manager'],
      displayName: 'An Accountbeheer',
    });
    const joint = await createUser(t.database.db, { organisationId: b.id, roles: ['account_manager'] });
    const coach = await createUser(t.database.db, { organisationId: c.id, roles: ['coach'] });
    const employer = await createEmployer(t.database.db, {
      name: 'Bakkerij Maes',
      owner: { organisationId: a.id, userId: owner.id },
      jointOrganisationIds: [b.id],
    });
    return {
      a,
      b,
      c,
      owner,
      coach,
      employer,
      url: `/api/employers/${employer.id}`,
      ownerSession: await login(t.app, owner.email),
      jointSession: await login(t.app, joint.email),
      coachSession: await login(t.app, coach.email),
    };
  }

  const contact = (extra: Record<string, unknown> = {}) => ({
    contactedOn: daysAgo(1),
    channel: 'visit',
    summary: 'Rondleiding in het atelier; interesse in een gecarvede functie.',
    ...extra,
  });

  it('should answer 401 without a session', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', `${s.url}/contacts`)).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', `${s.url}/contacts`, contact())).statusCode).toBe(401);
    expect((await call(t.app, null, 'GET', `${s.url}/contact-check`)).statusCode).toBe(401);
    expect((await call(t.app, null, 'GET', '/api/employers/uncoordinated-approaches')).statusCode).toBe(401);
  });

  it('should record contacts by the owner and a joint organisation as coordinated', async () => {
    const s = await scene();
    const byOwner = await call(
      t.app,
      s.ownerSession,
      'POST',
      `${s.url}/contacts`,
      contact({
        nextStep: 'Functieanalyse keuken',
        nextStepDueOn: addToDate(today(), { days: 7 }),
      }),
    );
    expect(byOwner.statusCode, byOwner.body).toBe(201);
    expect(byOwner.json()).toMatchObject({
      coordination: 'owner',
      warning: null,
      contact: { organisation: { id: s.a.id }, isUncoordinated: false, nextStep: 'Functieanalyse keuken' },
    });
    const byJoint = await call(
      t.app,
      s.jointSession,
      'POST',
      `${s.url}/contacts`,
      contact({ channel: 'phone' }),
    );
    expect(byJoint.json()).toMatchObject({ coordination: 'joint', contact: { isUncoordinated: false } });
    // The owner's next step shows on their start page.
    const myWork = (await call(t.app, s.ownerSession, 'GET', '/api/my-work')).json();
    const desk = myWork.sections.find((section: { key: string }) => section.key === 'employerDesk');
    expect(desk.items).toContainEqual(expect.objectContaining({ key: 'nextStepsThisWeek', count: 1 }));
  });

  it('should warn before, and record but flag, a contact by a non-owner without approach request', async () => {
    const s = await scene();
    const check = await call(t.app, s.coachSession, 'GET', `${s.url}/contact-check`);
    expect(check.statusCode, check.body).toBe(200);
    const warning =
      'Bakkerij Maes wordt opgevolgd door Jobcoaching Oost (An Accountbeheer). Uw contact wordt bewaard, maar gemarkeerd als niet afgestemd. Vraag eerst aan Jobcoaching Oost (An Accountbeheer) om deze werkgever te mogen benaderen.';
    expect(check.json()).toMatchObject({
      organisation: { id: s.c.id },
      coordination: 'uncoordinated',
      isUncoordinated: true,
      owner: { organisation: { id: s.a.id }, accountManager: { id: s.owner.id } },
      warning: { code: 'uncoordinated_contact', message: warning },
      // A coach files no approach requests; the account manager or org admin of the organisation does.
      canRequestApproach: false,
    });
    const ownerCheck = (await call(t.app, s.ownerSession, 'GET', `${s.url}/contact-check`)).json();
    expect(ownerCheck).toMatchObject({ coordination: 'owner', warning: null, isUncoordinated: false });

    const res = await call(t.app, s.coachSession, 'POST', `${s.url}/contacts`, contact(), {
      'accept-language': 'en',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      coordination: 'uncoordinated',
      contact: { organisation: { id: s.c.id }, user: { id: s.coach.id }, isUncoordinated: true },
      warning: { code: 'uncoordinated_contact' },
    });
    expect(res.json().warning.message).toContain(
      'Bakkerij Maes is served by Jobcoaching Oost (An Accountbeheer).',
    );

    // Recorded: in the timeline every network organisation sees, and the owner's account manager is told.
    const timeline = (
      await call(t.app, s.jointSession, 'GET', `${s.url}/contacts?isUncoordinated=true`)
    ).json();
    expect(timeline.items.map((c: { id: string }) => c.id)).toEqual([res.json().contact.id]);
    const notice = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'params'])
      .where('entity_id', '=', res.json().contact.id)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({
      user_id: s.owner.id,
      kind: 'employer_contact.uncoordinated',
      params: { employer: 'Bakkerij Maes', organisation: 'Maatwerk West' },
    });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'actor_organisation_id'])
      .where('entity_id', '=', res.json().contact.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'employer_contact.created',
      actor_organisation_id: s.c.id,
      details: { coordination: 'uncoordinated', channel: 'visit' },
    });
    expect(JSON.stringify(audit.details)).not.toContain('Rondleiding');
  });

  it('should refuse bad contacts with the field named', async () => {
    const s = await scene();
    const otherEmployer = await createEmployer(t.database.db);
    const person = await t.database.db
      .insertInto('employer_contact_persons')
      .values({ employer_id: otherEmployer.id, first_name: 'Jan', last_name: 'Elders' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, string, string, string?][] = [
      [contact({ contactedOn: addToDate(today(), { days: 2 }) }), 'contactedOn', 'date_in_future'],
      [
        contact({ nextStep: 'Terugbellen', nextStepDueOn: daysAgo(5) }),
        'nextStepDueOn',
        'date_order',
        'Volgende stap tegen mag niet vóór Datum contact liggen.',
      ],
      [contact({ nextStepDueOn: today() }), 'nextStep', 'required'],
      [contact({ channel: 'fax' }), 'channel', 'invalid_option'],
      [contact({ summary: '' }), 'summary', 'required', 'Samenvatting is verplicht.'],
      [contact({ contactPersonId: person.id }), 'contactPersonId', 'unknown_reference'],
      [contact({ organisationId: s.a.id }), 'organisationId', 'unknown_reference'],
    ];
    for (const [body, field, code, message] of cases) {
      const res = await call(t.app, s.coachSession, 'POST', `${s.url}/contacts`, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code, ...(message && { message }) });
    }
    const stored = await t.database.db
      .selectFrom('employer_contacts')
      .select('id')
      .where('employer_id', '=', s.employer.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('should hide the timeline from employer contacts and other roles, and unknown employers', async () => {
    const s = await scene();
    const employerContact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: s.employer.id }],
    });
    const analyst = await createUser(t.database.db, { roles: ['analyst'] });
    for (const user of [employerContact, analyst]) {
      const session = await login(t.app, user.email);
      expect((await call(t.app, session, 'GET', `${s.url}/contacts`)).statusCode).toBe(403);
      expect((await call(t.app, session, 'POST', `${s.url}/contacts`, contact())).statusCode).toBe(403);
    }
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect((await call(t.app, s.coachSession, 'GET', `/api/employers/${unknown}/contacts`)).statusCode).toBe(
      404,
    );
    expect(
      (await call(t.app, s.coachSession, 'POST', `/api/employers/${unknown}/contacts`, contact())).statusCode,
    ).toBe(404);
  });
});
