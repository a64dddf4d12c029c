import { describe, expect, it } from 'vitest';
import { call, login, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createJob } from '../../../test/factories/job.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createSite } from '../../../test/factories/site.factory';
import { createUser } from '../../../test/factories/user.factory';

describe('job carving', () => {
  const t = useTestApp();

  /** A restaurant (owned by A) with a kitchen job and a service job, and another employer with a job. */
  async function scene() {
    const a = await createOrganisation(t.database.db);
    const owner = await createUser(t.database.db, { organisationId: a.id, roles: ['account_manager'] });
    const outsider = await createUser(t.database.db, { roles: ['account_manager'] });
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: a.id, userId: owner.id },
    });
    const site = await createSite(t.database.db, { employerId: employer.id, isMain: true });
    const kitchen = await createJob(t.database.db, {
      siteId: site.id,
      title: 'Keukenmedewerker',
      hours_per_week: 38,
      tasks: [
        { name: 'Groenten voorbereiden', hoursPerWeek: 16, demands: { fine_hand_use: 3, standing: 2 } },
        { name: 'Vaatwas', hoursPerWeek: 12, demands: { standing: 3, noise: 2, work_pace: 3 } },
        { name: 'Leveringen binnendragen', hoursPerWeek: 4, demands: { lifting: 4, carrying: 4 } },
      ],
    });
    const service = await createJob(t.database.db, {
      siteId: site.id,
      title: 'Zaalmedewerker',
      hours_per_week: 30,
      tasks: [
        { name: 'Tafels dekken', hoursPerWeek: 6, demands: { fine_hand_use: 2, walking: 2 } },
        {
          name: 'Bestellingen opnemen',
          hoursPerWeek: 20,
          demands: { customer_contact: 4, speaking_dutch: 3 },
        },
      ],
    });
    const otherEmployer = await createJob(t.database.db, {
      title: 'Elders',
      tasks: [{ name: 'Iets anders', hoursPerWeek: 5, demands: { reading: 2 } }],
    });
    return {
      employer,
      site,
      kitchen,
      service,
      otherEmployer,
      ownerSession: await login(t.app, owner.email),
      outsiderSession: await login(t.app, outsider.email),
    };
  }

  it('should compose a carved job from tasks of several jobs of one employer, hours adding up, sources kept', async () => {
    const s = await scene();
    const res = await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', {
      siteId: s.site.id,
      title: 'Voorbereiding en tafels',
      taskIds: [s.kitchen.taskIds[0], s.service.taskIds[0]],
      canAdaptHours: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const carved = res.json();
    expect(carved).toMatchObject({
      kind: 'carved_job',
      status: 'draft',
      hoursPerWeek: 22,
      taskHoursPerWeek: 22,
      employer: { id: s.employer.id },
      canAdaptHours: true,
    });
    expect(carved.tasks).toEqual([
      expect.objectContaining({
        name: 'Groenten voorbereiden',
        hoursPerWeek: 16,
        sourceTask: {
          id: s.kitchen.taskIds[0],
          name: 'Groenten voorbereiden',
          job: { id: s.kitchen.id, title: 'Keukenmedewerker' },
        },
        demands: [
          { dimension: 'standing', label: 'Lang staan', level: 2 },
          { dimension: 'fine_hand_use', label: 'Fijne handvaardigheid', level: 3 },
        ],
      }),
      expect.objectContaining({
        name: 'Tafels dekken',
        sourceTask: expect.objectContaining({
          id: s.service.taskIds[0],
          job: { id: s.service.id, title: 'Zaalmedewerker' },
        }),
      }),
    ]);
    expect(carved.carvedFrom.map((j: { id: string }) => j.id).sort()).toEqual(
      [s.kitchen.id, s.service.id].sort(),
    );
    // Without the deliveries and the dishwasher, the heavy demands are gone from the profile.
    const levels = Object.fromEntries(
      carved.profile.dimensions.map((d: { dimension: string; level: number }) => [d.dimension, d.level]),
    );
    expect(levels).toEqual({ standing: 2, walking: 2, fine_hand_use: 3 });
    const kitchen = (await call(t.app, s.ownerSession, 'GET', `/api/jobs/${s.kitchen.id}`)).json();
    expect(
      kitchen.profile.dimensions.find((d: { dimension: string }) => d.dimension === 'lifting'),
    ).toMatchObject({
      level: 4,
    });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', carved.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'job.carved', details: { hoursPerWeek: 22 } });
  });

  it('should take a stated total the tasks fit in, and refuse one they exceed', async () => {
    const s = await scene();
    const body = { siteId: s.site.id, title: 'Vaatwas deeltijds', taskIds: [s.kitchen.taskIds[1]] };
    const roomy = await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', {
      ...body,
      hoursPerWeek: 15,
    });
    expect(roomy.json()).toMatchObject({ hoursPerWeek: 15, taskHoursPerWeek: 12 });
    const tight = await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', {
      ...body,
      hoursPerWeek: 10,
    });
    expect(tight.statusCode).toBe(400);
    expect(tight.json().errors[0]).toMatchObject({ field: 'hoursPerWeek', code: 'task_hours_exceed_job' });
  });

  it('should refuse a carved job mixing employers, naming the task', async () => {
    const s = await scene();
    const res = await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', {
      siteId: s.site.id,
      title: 'Gemengd',
      taskIds: [s.kitchen.taskIds[0], s.otherEmployer.taskIds[0]],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: 'taskIds.1',
        code: 'carving_mixed_employers',
        message:
          'Taken › 2: een gecarvede functie bestaat uit taken van één werkgever; deze taak hoort bij een andere werkgever.',
      },
    ]);
    const count = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'carved_job')
      .where('employer_id', '=', s.employer.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('should refuse other bad carvings with the field named', async () => {
    const s = await scene();
    const otherSite = await createSite(t.database.db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ siteId: otherSite.id, title: 'X', taskIds: [s.kitchen.taskIds[0]] }, 'siteId', 'unknown_reference'],
      [
        { siteId: s.site.id, title: 'X', taskIds: [s.kitchen.taskIds[0], s.kitchen.taskIds[0]] },
        'taskIds.1',
        'duplicate_item',
      ],
      [
        { siteId: s.site.id, title: 'X', taskIds: ['00000000-0000-4000-8000-000000000042'] },
        'taskIds.0',
        'unknown_reference',
      ],
      [{ siteId: s.site.id, title: 'X', taskIds: [] }, 'taskIds', 'too_few_items'],
    ];
    for (const [body, field, code] of cases) {
      const res = await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
  });

  it('should keep the source tasks of a carved job, and refuse carving for an organisation that does not serve the employer', async () => {
    const s = await scene();
    const body = { siteId: s.site.id, title: 'Enkel voorbereiding', taskIds: [s.kitchen.taskIds[0]] };
    expect((await call(t.app, s.outsiderSession, 'POST', '/api/carved-jobs', body)).statusCode).toBe(403);
    await call(t.app, s.ownerSession, 'POST', '/api/carved-jobs', body);
    const source = await call(
      t.app,
      s.ownerSession,
      'DELETE',
      `/api/jobs/${s.kitchen.id}/tasks/${s.kitchen.taskIds[0]}?version=1`,
    );
    expect(source.statusCode).toBe(409);
    expect(source.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ code: 'task_is_carving_source', message: expect.stringContaining('Enkel voorbereiding') }],
    });
    const job = await call(t.app, s.ownerSession, 'DELETE', `/api/jobs/${s.kitchen.id}?version=1`);
    expect(job.statusCode).toBe(409);
    expect(job.json().errors[0]).toMatchObject({ code: 'job_is_carving_source' });
    // Other tasks of the source job stay free to change.
    const other = await call(
      t.app,
      s.ownerSession,
      'DELETE',
      `/api/jobs/${s.kitchen.id}/tasks/${s.kitchen.taskIds[2]}?version=1`,
    );
    expect(other.statusCode, other.body).toBe(200);
  });
});
