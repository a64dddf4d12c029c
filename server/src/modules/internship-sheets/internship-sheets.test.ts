import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createJob } from '../../../test/factories/job.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createSite } from '../../../test/factories/site.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('internship sheets API', () => {
  const t = useTestApp();

  /** An internship place at an employer owned by A, with an employer contact linked to a contact person. */
  async function scene() {
    const a = await createOrganisation(t.database.db);
    const manager = await createUser(t.database.db, { organisationId: a.id, roles: ['account_manager'] });
    const outsider = await createUser(t.database.db, { roles: ['account_manager'] });
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: a.id, userId: manager.id },
    });
    const site = await createSite(t.database.db, { employerId: employer.id });
    const place = await createJob(t.database.db, {
      siteId: site.id,
      kind: 'internship_place',
      title: 'Stage magazijn',
    });
    const vacancy = await createJob(t.database.db, { siteId: site.id });
    const contact = await createUser(t.database.db, {
      organisationId: null,
      displayName: 'Eva Werkgever',
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    const person = await t.database.db
      .insertInto('employer_contact_persons')
      .values({ employer_id: employer.id, first_name: 'Eva', last_name: 'Werkgever', user_id: contact.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherContact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: (await createEmployer(t.database.db)).id }],
    });
    return {
      manager,
      contact,
      person,
      place,
      vacancy,
      url: `/api/jobs/${place.id}/internship-sheet`,
      managerSession: await login(t.app, manager.email),
      outsiderSession: await login(t.app, outsider.email),
      contactSession: await login(t.app, contact.email),
      otherContactSession: await login(t.app, otherContact.email),
    };
  }

  const sheet = {
    costs: [
      { item: 'Werkkledij en veiligheidsschoenen', paidBy: 'employer', amount: 120, period: 'once' },
      { item: 'Verplaatsingskosten', paidBy: 'vdab', amount: null, period: 'per_month' },
    ],
    insurance: 'Arbeidsongevallen en burgerlijke aansprakelijkheid via VDAB (IBO-stage).',
    mentorHoursPerWeek: 3,
    learningGoals: ['Orderpicking met scanner', 'Veilig werken met de transpallet'],
    expectations: 'Vier weken, dagelijks 8u–12u30; wekelijks overleg met de jobcoach.',
  };

  it('should answer 401 without a session', async () => {
    const s = await scene();
    expect((await call(t.app, null, 'GET', s.url)).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', s.url, sheet)).statusCode).toBe(401);
    expect((await call(t.app, null, 'POST', `${s.url}/accept`, { version: 1 })).statusCode).toBe(401);
  });

  it('should refuse a sheet for another kind of job, from another organisation, and bad input naming the field', async () => {
    const s = await scene();
    const vacancy = await call(
      t.app,
      s.managerSession,
      'POST',
      `/api/jobs/${s.vacancy.id}/internship-sheet`,
      sheet,
    );
    expect(vacancy.statusCode).toBe(409);
    expect(vacancy.json().errors[0]).toMatchObject({ code: 'not_internship_place' });
    expect((await call(t.app, s.outsiderSession, 'POST', s.url, sheet)).statusCode).toBe(403);
    const cases: [Record<string, unknown>, string, string, string?][] = [
      [{ ...sheet, learningGoals: [] }, 'learningGoals', 'too_few_items'],
      [{ ...sheet, insurance: undefined }, 'insurance', 'required', 'Verzekering is verplicht.'],
      [
        { ...sheet, costs: [{ item: 'Maaltijden', paidBy: 'santa', period: 'per_day' }] },
        'costs.0.paidBy',
        'invalid_option',
      ],
      [{ ...sheet, mentorHoursPerWeek: 2.2 }, 'mentorHoursPerWeek', 'half_hours'],
    ];
    for (const [body, field, code, message] of cases) {
      const res = await call(t.app, s.managerSession, 'POST', s.url, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code, ...(message && { message }) });
    }
    expect((await call(t.app, s.managerSession, 'GET', s.url)).statusCode).toBe(404);
  });

  it('should show the sheet to the employer contact before they accept it, and record who accepted which version', async () => {
    const s = await scene();
    const created = await call(t.app, s.managerSession, 'POST', s.url, sheet);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      job: { id: s.place.id, title: 'Stage magazijn' },
      costs: sheet.costs,
      mentorHoursPerWeek: 3,
      isAccepted: false,
      acceptance: null,
      version: 1,
      abilities: { update: true, accept: false },
    });
    expect((await call(t.app, s.managerSession, 'POST', s.url, sheet)).statusCode).toBe(409);
    const ready = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.contact.id)
      .execute();
    expect(ready.map((n) => n.kind)).toEqual(['internship_sheet.ready']);

    // The employer contact reads it (recorded), then accepts the version shown.
    const shown = await call(t.app, s.contactSession, 'GET', s.url);
    expect(shown.json()).toMatchObject({ version: 1, abilities: { update: false, accept: true } });
    const accepted = await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      isAccepted: true,
      acceptance: {
        acceptedBy: { id: s.contact.id, name: 'Eva Werkgever' },
        contactPerson: { id: s.person.id, name: 'Eva Werkgever' },
        version: 1,
      },
      version: 1,
      abilities: { accept: false },
    });
    const again = await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, { version: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'internship_sheet_already_accepted' });
    const job = (await call(t.app, s.managerSession, 'GET', `/api/jobs/${s.place.id}`)).json();
    expect(job.internshipSheet).toMatchObject({ version: 1, isAccepted: true });
    const told = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.manager.id)
      .where('entity_id', '=', s.place.id)
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['internship_sheet.accepted']);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'details'])
      .where('entity_id', '=', s.place.id)
      .where('entity_type', '=', 'internship_sheet')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'internship_sheet.created',
      'internship_sheet.read',
      'internship_sheet.accepted',
    ]);
    expect(audit[1]).toMatchObject({ actor_user_id: s.contact.id, details: { version: 1 } });
  });

  it('should reset the acceptance when the sheet changes, and refuse accepting a version not shown', async () => {
    const s = await scene();
    await call(t.app, s.managerSession, 'POST', s.url, sheet);
    await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, { version: 1 });

    // Saving the same content changes nothing the employer agreed to.
    const same = await call(t.app, s.managerSession, 'PATCH', s.url, {
      version: 1,
      data: { mentorHoursPerWeek: 3 },
    });
    expect(same.json()).toMatchObject({ version: 2, isAccepted: true });
    const changed = await call(t.app, s.managerSession, 'PATCH', s.url, {
      version: 2,
      data: { mentorHoursPerWeek: 4, learningGoals: ['Orderpicking met scanner'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 3,
      isAccepted: false,
      acceptance: null,
      mentorHoursPerWeek: 4,
    });
    const stale = await call(t.app, s.managerSession, 'PATCH', s.url, {
      version: 2,
      data: { expectations: 'x' },
    });
    expect(stale.statusCode).toBe(409);

    // Accepting the version seen before the change: 409 with the sheet as it is now.
    const old = await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, { version: 2 });
    expect(old.statusCode).toBe(409);
    expect(old.json()).toMatchObject({
      code: 'version_conflict',
      current: { version: 3, mentorHoursPerWeek: 4 },
    });
    const fresh = await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, { version: 3 });
    expect(fresh.json()).toMatchObject({ isAccepted: true, acceptance: { version: 3 } });
    const reset = await t.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', s.contact.id)
      .where('kind', '=', 'internship_sheet.acceptance_reset')
      .execute();
    expect(reset).toHaveLength(1);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('entity_id', '=', s.place.id)
      .where('action', '=', 'internship_sheet.updated')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ fields: [], acceptanceReset: false }),
      expect.objectContaining({ fields: ['mentor_hours_per_week', 'learning_goals'], acceptanceReset: true }),
    ]);
  });

  it('should keep another employer’s contact and network staff from accepting', async () => {
    const s = await scene();
    await call(t.app, s.managerSession, 'POST', s.url, sheet);
    expect((await call(t.app, s.otherContactSession, 'GET', s.url)).statusCode).toBe(404);
    expect(
      (await call(t.app, s.otherContactSession, 'POST', `${s.url}/accept`, { version: 1 })).statusCode,
    ).toBe(404);
    expect((await call(t.app, s.managerSession, 'POST', `${s.url}/accept`, { version: 1 })).statusCode).toBe(
      403,
    );
    const noVersion = await call(t.app, s.contactSession, 'POST', `${s.url}/accept`, {});
    expect(noVersion.json().errors[0]).toMatchObject({ field: 'version', code: 'required' });
  });
});
