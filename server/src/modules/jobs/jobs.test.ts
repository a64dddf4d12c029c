import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createJob } from '../../../test/factories/job.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createSite } from '../../../test/factories/site.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('jobs API', () => {
  const t = useTestApp();

  /** An employer owned by A with a site, joint with B; C's account manager has no relation to it. */
  async function scene() {
    const a = await createOrganisation(t.database.db);
    const b = await createOrganisation(t.database.db);
    const c = await createOrganisation(t.database.db);
    const owner = await createUser(t.database.db, { organisationId: a.id, roles: ['account_manager'] });
    const joint = await createUser(t.database.db, { organisationId: b.id, roles: ['account_manager'] });
    const outsider = await createUser(t.database.db, { organisationId: c.id, roles: ['account_manager'] });
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: a.id, userId: owner.id },
      jointOrganisationIds: [b.id],
    });
    const site = await createSite(t.database.db, { employerId: employer.id, isMain: true });
    return {
      a,
      employer,
      site,
      ownerSession: await login(t.app, owner.email),
      jointSession: await login(t.app, joint.email),
      outsiderSession: await login(t.app, outsider.email),
    };
  }

  const jobBody = (siteId: string, extra: Record<string, unknown> = {}) => ({
    siteId,
    title: 'Medewerker keuken',
    iscoCode: '9412',
    hoursPerWeek: 20,
    schedule: 'ma–vr 8u–12u',
    shifts: ['day'],
    contractType: 'fixed_term',
    dutchLevel: 'A2',
    dutchLevelWaivable: true,
    canAdaptHours: true,
    hasMentor: true,
    essentialDimensions: ['fine_hand_use'],
    ...extra,
  });

  it('should answer 401 without a session', async () => {
    const s = await scene();
    const job = await createJob(t.database.db, { siteId: s.site.id });
    for (const [method, url] of [
      ['GET', '/api/jobs'],
      ['GET', `/api/employers/${s.employer.id}/jobs`],
      ['POST', `/api/employers/${s.employer.id}/jobs`],
      ['GET', `/api/jobs/${job.id}`],
      ['PATCH', `/api/jobs/${job.id}`],
      ['POST', `/api/jobs/${job.id}/tasks`],
      ['POST', '/api/carved-jobs'],
    ] as const) {
      expect((await call(t.app, null, method, url, method === 'GET' ? undefined : {})).statusCode).toBe(401);
    }
  });

  it('should create a job at a site of the employer with its offer marks, by owner and joint organisations', async () => {
    const s = await scene();
    const res = await call(
      t.app,
      s.ownerSession,
      'POST',
      `/api/employers/${s.employer.id}/jobs`,
      jobBody(s.site.id),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Medewerker keuken',
      occupation: { code: '9412' },
      site: { id: s.site.id },
      employer: { id: s.employer.id },
      hoursPerWeek: 20,
      status: 'draft',
      kind: 'regular_vacancy',
      shifts: ['day'],
      dutchLevel: 'A2',
      dutchLevelWaivable: true,
      canAdaptHours: true,
      canAdaptPhysical: false,
      hasMentor: true,
      isOpenToWagePremium: false,
      essentialDimensions: [{ key: 'fine_hand_use', label: 'Fijne handvaardigheid' }],
      tasks: [],
      profile: { rule: 'max_over_tasks', jobHoursPerWeek: 20, taskHoursPerWeek: 0, dimensions: [] },
      createdByOrganisation: { id: s.a.id },
      abilities: { update: true, nextStatuses: ['open', 'closed'], delete: true },
      version: 1,
    });
    const byJoint = await call(t.app, s.jointSession, 'POST', `/api/employers/${s.employer.id}/jobs`, {
      siteId: s.site.id,
      title: 'Afwasser',
      hoursPerWeek: 10,
      kind: 'internship_place',
    });
    expect(byJoint.statusCode, byJoint.body).toBe(201);
    const foreign = await call(
      t.app,
      s.outsiderSession,
      'POST',
      `/api/employers/${s.employer.id}/jobs`,
      jobBody(s.site.id),
    );
    expect(foreign.statusCode).toBe(403);
  });

  it('should refuse bad jobs with the field named', async () => {
    const s = await scene();
    const otherSite = await createSite(t.database.db);
    const cases: [Record<string, unknown>, string, string, string?][] = [
      [jobBody(otherSite.id), 'siteId', 'unknown_reference'],
      [
        jobBody(s.site.id, { essentialDimensions: ['lifting', 'flying'] }),
        'essentialDimensions.1',
        'unknown_dimension',
        'Essentiële dimensies (een tekort sluit uit) › 2 is geen gekende matchingdimensie: flying.',
      ],
      [jobBody(s.site.id, { kind: 'carved_job' }), 'kind', 'carved_job_via_carving'],
      [jobBody(s.site.id, { hoursPerWeek: 4.25 }), 'hoursPerWeek', 'half_hours'],
      [jobBody(s.site.id, { hoursPerWeek: 60 }), 'hoursPerWeek', 'too_big_number'],
      [jobBody(s.site.id, { iscoCode: '9999' }), 'iscoCode', 'unknown_occupation'],
      [jobBody(s.site.id, { dutchLevel: null }), 'dutchLevel', 'required'],
      [jobBody(s.site.id, { shifts: ['siesta'] }), 'shifts.0', 'invalid_option'],
      [jobBody(s.site.id, { title: '' }), 'title', 'required', 'Titel is verplicht.'],
    ];
    for (const [body, field, code, message] of cases) {
      const res = await call(t.app, s.ownerSession, 'POST', `/api/employers/${s.employer.id}/jobs`, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code, ...(message && { message }) });
    }
    const stored = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('employer_id', '=', s.employer.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it('should keep tasks with hours and demands, and derive the job profile from them', async () => {
    const s = await scene();
    const job = (
      await call(t.app, s.ownerSession, 'POST', `/api/employers/${s.employer.id}/jobs`, jobBody(s.site.id))
    ).json();
    const url = `/api/jobs/${job.id}/tasks`;
    const first = await call(t.app, s.ownerSession, 'POST', url, {
      version: 1,
      name: 'Groenten snijden',
      hoursPerWeek: 12,
      demands: { fine_hand_use: 3, standing: 2, attention: 2 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, taskHoursPerWeek: 12, taskCount: 1 });
    const second = await call(t.app, s.ownerSession, 'POST', url, {
      version: 2,
      name: 'Vaatwas en bakken sjouwen',
      hoursPerWeek: 6,
      demands: { lifting: 4, standing: 3, noise: 2 },
    });
    const detail = second.json();
    expect(
      detail.tasks.map((task: { name: string; sortOrder: number }) => [task.name, task.sortOrder]),
    ).toEqual([
      ['Groenten snijden', 0],
      ['Vaatwas en bakken sjouwen', 1],
    ]);
    expect(detail.tasks[1].demands).toEqual([
      { dimension: 'lifting', label: 'Tillen', level: 4 },
      { dimension: 'standing', label: 'Lang staan', level: 3 },
      { dimension: 'noise', label: 'Lawaai', level: 2 },
    ]);
    const byDimension = Object.fromEntries(
      detail.profile.dimensions.map((d: { dimension: string }) => [d.dimension, d]),
    );
    expect(detail.profile).toMatchObject({ jobHoursPerWeek: 20, taskHoursPerWeek: 18 });
    expect(byDimension.standing).toMatchObject({
      level: 3,
      group: 'physical',
      demandingHoursPerWeek: 18,
      hoursShare: 1,
      isEssential: false,
    });
    expect(byDimension.lifting).toMatchObject({
      level: 4,
      hoursShare: 0.33,
      tasks: [{ name: 'Vaatwas en bakken sjouwen', level: 4, hoursPerWeek: 6 }],
    });
    expect(byDimension.fine_hand_use).toMatchObject({ level: 3, isEssential: true });

    // Task hours may not exceed the job's: 400 naming the field, nothing stored.
    const tooMany = await call(t.app, s.ownerSession, 'POST', url, {
      version: 3,
      name: 'Kassa',
      hoursPerWeek: 2.5,
      demands: {},
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0]).toEqual({
      field: 'hoursPerWeek',
      code: 'task_hours_exceed_job',
      message:
        'Uren per week: de taken samen (20.5 uur per week) mogen niet meer uren tellen dan de functie (20 uur per week).',
    });
    const unknown = await call(t.app, s.ownerSession, 'POST', url, {
      version: 3,
      name: 'Vliegen',
      hoursPerWeek: 1,
      demands: { flying: 2, lifting: 1 },
    });
    expect(unknown.json().errors).toEqual([
      {
        field: 'demands.flying',
        code: 'unknown_dimension',
        message: 'Eisenprofiel › flying is geen gekende matchingdimensie: flying.',
      },
    ]);
    const level = await call(t.app, s.ownerSession, 'POST', url, {
      version: 3,
      name: 'Te zwaar',
      hoursPerWeek: 1,
      demands: { lifting: 5 },
    });
    expect(level.json().errors[0]).toMatchObject({ field: 'demands.lifting', code: 'too_big_number' });
    const stale = await call(t.app, s.ownerSession, 'POST', url, {
      version: 1,
      name: 'Oud',
      hoursPerWeek: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', current: { version: 3, taskCount: 2 } });
    expect(
      (await call(t.app, s.outsiderSession, 'POST', url, { version: 3, name: 'X', hoursPerWeek: 1 }))
        .statusCode,
    ).toBe(403);

    // Editing a task: hours checked again, demands replaced; the job's hours cannot drop below its tasks'.
    const washing = detail.tasks[1].id;
    const grown = await call(t.app, s.ownerSession, 'PATCH', `${url}/${washing}`, {
      version: 3,
      data: { hoursPerWeek: 9 },
    });
    expect(grown.json().errors[0]).toMatchObject({ field: 'hoursPerWeek', code: 'task_hours_exceed_job' });
    const lighter = await call(t.app, s.ownerSession, 'PATCH', `${url}/${washing}`, {
      version: 3,
      data: { hoursPerWeek: 8, demands: { lifting: 2, standing: 3 } },
    });
    expect(lighter.statusCode, lighter.body).toBe(200);
    const lifting = lighter
      .json()
      .profile.dimensions.find((d: { dimension: string }) => d.dimension === 'lifting');
    expect(lifting).toMatchObject({ level: 2, demandingHoursPerWeek: 8, hoursShare: 0.4 });
    expect(lighter.json().profile.dimensions.map((d: { dimension: string }) => d.dimension)).not.toContain(
      'noise',
    );
    const shrink = await call(t.app, s.ownerSession, 'PATCH', `/api/jobs/${job.id}`, {
      version: 4,
      data: { hoursPerWeek: 16 },
    });
    expect(shrink.json().errors[0]).toMatchObject({ field: 'hoursPerWeek', code: 'task_hours_exceed_job' });
    const removed = await call(t.app, s.ownerSession, 'DELETE', `${url}/${washing}?version=4`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ version: 5, taskCount: 1, taskHoursPerWeek: 12 });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', job.id)
      .where('outcome', '=', 'success')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'job.created',
      'job_task.created',
      'job_task.created',
      'job_task.updated',
      'job_task.deleted',
    ]);
  });

  it('should update a job with versions and move it along its course', async () => {
    const s = await scene();
    const job = await createJob(t.database.db, { siteId: s.site.id, hours_per_week: 30 });
    const url = `/api/jobs/${job.id}`;
    const noTasks = await call(t.app, s.ownerSession, 'POST', `${url}/status`, {
      version: 1,
      status: 'open',
    });
    expect(noTasks.statusCode).toBe(400);
    expect(noTasks.json().errors[0]).toMatchObject({ field: 'tasks', code: 'job_needs_tasks' });
    const updated = await call(t.app, s.ownerSession, 'PATCH', url, {
      version: 1,
      data: { title: 'Magazijnier', isOpenToWagePremium: true, essentialDimensions: ['lifting'] },
    });
    expect(updated.json()).toMatchObject({ title: 'Magazijnier', isOpenToWagePremium: true, version: 2 });
    const stale = await call(t.app, s.ownerSession, 'PATCH', url, { version: 1, data: { title: 'Oud' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ title: 'Magazijnier', version: 2 });
    const carved = await call(t.app, s.ownerSession, 'PATCH', url, {
      version: 2,
      data: { kind: 'carved_job' },
    });
    expect(carved.json().errors[0]).toMatchObject({ field: 'kind', code: 'carved_job_via_carving' });
    await call(t.app, s.ownerSession, 'POST', `${url}/tasks`, {
      version: 2,
      name: 'Orders klaarzetten',
      hoursPerWeek: 20,
      demands: { lifting: 3 },
    });
    const filled = await call(t.app, s.ownerSession, 'POST', `${url}/status`, {
      version: 3,
      status: 'filled',
    });
    expect(filled.statusCode).toBe(409);
    expect(filled.json().errors[0]).toMatchObject({ code: 'invalid_transition' });
    const open = await call(t.app, s.ownerSession, 'POST', `${url}/status`, { version: 3, status: 'open' });
    expect(open.json()).toMatchObject({
      status: 'open',
      abilities: { nextStatuses: ['filled', 'closed', 'draft'], delete: false },
    });
    const notDraft = await call(t.app, s.ownerSession, 'DELETE', `${url}?version=4`);
    expect(notDraft.statusCode).toBe(409);
    expect(notDraft.json().errors[0]).toMatchObject({ code: 'job_not_draft' });
    await call(t.app, s.ownerSession, 'POST', `${url}/status`, { version: 4, status: 'draft' });
    expect((await call(t.app, s.ownerSession, 'DELETE', `${url}?version=4`)).statusCode).toBe(409);
    expect((await call(t.app, s.ownerSession, 'DELETE', `${url}?version=5`)).json()).toEqual({ id: job.id });
    expect((await call(t.app, s.ownerSession, 'GET', url)).statusCode).toBe(404);
  });

  it('should show an employer contact their own employer’s jobs and nothing of another employer', async () => {
    const s = await scene();
    const own = await createJob(t.database.db, {
      siteId: s.site.id,
      tasks: [{ hoursPerWeek: 10, demands: { lifting: 2 } }],
    });
    const other = await createJob(t.database.db);
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: s.employer.id }],
    });
    const session = await login(t.app, contact.email);
    const list = (await call(t.app, session, 'GET', '/api/jobs')).json();
    expect(list.items.map((j: { id: string }) => j.id)).toEqual([own.id]);
    const detail = await call(t.app, session, 'GET', `/api/jobs/${own.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      abilities: { update: false, manageTasks: false, nextStatuses: [] },
      profile: { dimensions: [{ dimension: 'lifting', level: 2 }] },
    });
    expect((await call(t.app, session, 'GET', `/api/jobs/${other.id}`)).statusCode).toBe(404);
    expect((await call(t.app, session, 'GET', `/api/employers/${other.employer_id}/jobs`)).statusCode).toBe(
      404,
    );
    expect(
      (await call(t.app, session, 'PATCH', `/api/jobs/${own.id}`, { version: 1, data: { title: 'x' } }))
        .statusCode,
    ).toBe(403);
  });

  it('should filter jobs by employer, status, kind, title words and "mine"', async () => {
    const s = await scene();
    const kitchen = await createJob(t.database.db, {
      siteId: s.site.id,
      title: 'Hulpkok keuken',
      status: 'open',
    });
    const place = await createJob(t.database.db, {
      siteId: s.site.id,
      title: 'Stage onthaal',
      kind: 'internship_place',
    });
    const elsewhere = await createJob(t.database.db, { title: 'Hulpkok elders' });
    const ids = async (query: string) =>
      (await call(t.app, s.jointSession, 'GET', `/api/jobs?pageSize=200&${query}`))
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort();
    expect(await ids('mine=true')).toEqual([kitchen.id, place.id].sort());
    expect(await ids(`employerId=${s.employer.id}&status=open`)).toEqual([kitchen.id]);
    expect(await ids(`employerId=${s.employer.id}&kind=internship_place`)).toEqual([place.id]);
    const hulpkok = await ids('q=hulpkok');
    expect(hulpkok).toContain(kitchen.id);
    expect(hulpkok).toContain(elsewhere.id);
    expect(hulpkok).not.toContain(place.id);
    const employerJobs = (
      await call(t.app, s.outsiderSession, 'GET', `/api/employers/${s.employer.id}/jobs`)
    ).json();
    expect(employerJobs.total).toBe(2);
    expect(employerJobs.items[0].abilities.update).toBe(false);
  });
});
