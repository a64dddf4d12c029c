import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, JobStatus, JobsTable, JobTasksTable } from '../../db/schema';
import type { JobQuery } from './jobs.schemas';

function jobsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('jobs as j')
    .innerJoin('employers as e', 'e.id', 'j.employer_id')
    .innerJoin('employer_sites as s', 's.id', 'j.site_id')
    .leftJoin('ref_municipalities as m', 'm.nis_code', 's.municipality_nis')
    .leftJoin('ref_isco_occupations as isco', 'isco.code', 'j.isco_code')
    .leftJoin('organisations as co', 'co.id', 'j.created_by_organisation_id')
    .leftJoin('internship_sheets as sheet', 'sheet.job_id', 'j.id')
    .select((eb) => [
      'j.id',
      'j.employer_id',
      'e.name as employer_name',
      'e.owner_organisation_id',
      'j.site_id',
      's.name as site_name',
      's.municipality_nis',
      'm.name_nl as municipality_name',
      'j.title',
      'j.isco_code',
      'isco.title_nl as isco_title_nl',
      'isco.title_en as isco_title_en',
      'j.description',
      'j.hours_per_week',
      'j.schedule',
      'j.shifts',
      'j.contract_type',
      'j.start_date',
      'j.positions',
      'j.status',
      'j.kind',
      'j.dutch_level',
      'j.dutch_level_waivable',
      'j.can_adapt_hours',
      'j.can_adapt_physical',
      'j.can_adapt_environment',
      'j.can_work_with_limited_dutch',
      'j.open_to_wage_premium',
      'j.has_mentor',
      'j.essential_dimensions',
      'j.created_by_organisation_id',
      'co.name as created_by_organisation_name',
      'j.version',
      'j.created_at',
      'j.updated_at',
      'sheet.version as sheet_version',
      'sheet.accepted_at as sheet_accepted_at',
      eb
        .selectFrom('job_tasks as t')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('t.job_id', '=', 'j.id')
        .as('task_count'),
      eb
        .selectFrom('job_tasks as t')
        .select(sql<number>`coalesce(sum(t.hours_per_week), 0)`.as('h'))
        .whereRef('t.job_id', '=', 'j.id')
        .as('task_hours'),
    ]);
}

export type JobRecord = NonNullable<Awaited<ReturnType<typeof jobsRepository.findById>>>;
export type TaskRecord = Awaited<ReturnType<typeof jobsRepository.findTasks>>[number];

export interface JobFilter extends JobQuery {
  /** Only these employers (an employer contact's own); null = every employer. */
  onlyEmployerIds: string[] | null;
  /** For `mine`: the actor's desk organisations. */
  myOrganisationIds: string[];
}

export const jobsRepository = {
  async findMany(db: Kysely<DB>, f: JobFilter) {
    let q = jobsQuery(db);
    if (f.onlyEmployerIds) {
      q = f.onlyEmployerIds.length
        ? q.where('j.employer_id', 'in', f.onlyEmployerIds)
        : q.where(sql<boolean>`false`);
    }
    if (f.employerId) {
      q = q.where('j.employer_id', '=', f.employerId);
    }
    if (f.status) {
      q = q.where('j.status', '=', f.status);
    }
    if (f.kind) {
      q = q.where('j.kind', '=', f.kind);
    }
    if (f.q) {
      for (const word of f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5)) {
        q = q.where(
          sql`lower(immutable_unaccent(j.title))`,
          'like',
          sql<string>`immutable_unaccent(${`%${word}%`})`,
        );
      }
    }
    if (f.municipalityNis) {
      q = q.where('s.municipality_nis', '=', f.municipalityNis);
    }
    if (f.isco) {
      q = q.where('j.isco_code', 'like', `${f.isco}%`);
    }
    if (f.mine) {
      const mine = f.myOrganisationIds;
      q = mine.length
        ? q.where((eb) =>
            eb.or([
              eb('e.owner_organisation_id', 'in', mine),
              eb(
                'j.employer_id',
                'in',
                eb
                  .selectFrom('employer_joint_actions')
                  .select('employer_id')
                  .where('organisation_id', 'in', mine),
              ),
            ]),
          )
        : q.where(sql<boolean>`false`);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('j.updated_at', 'desc')
        .orderBy('j.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return jobsQuery(db).where('j.id', '=', id).executeTakeFirst();
  },

  /** The tasks of jobs with their source task (for carved jobs), in their order. */
  findTasks(db: Kysely<DB>, jobIds: string[]) {
    if (jobIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('job_tasks as t')
      .leftJoin('job_tasks as src', 'src.id', 't.source_task_id')
      .leftJoin('jobs as srcjob', 'srcjob.id', 'src.job_id')
      .select([
        't.id',
        't.job_id',
        't.name',
        't.description',
        't.hours_per_week',
        't.sort_order',
        't.source_task_id',
        'src.name as source_task_name',
        'src.job_id as source_job_id',
        'srcjob.title as source_job_title',
      ])
      .where('t.job_id', 'in', jobIds)
      .orderBy('t.sort_order')
      .orderBy('t.created_at')
      .orderBy('t.id')
      .execute();
  },

  findDemands(db: Kysely<DB>, taskIds: string[]) {
    if (taskIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('job_task_demands')
      .select(['task_id', 'dimension', 'level'])
      .where('task_id', 'in', taskIds)
      .execute();
  },

  /** Tasks by id with the job and employer they belong to (for carving). */
  findTasksWithJob(db: Kysely<DB>, taskIds: string[]) {
    if (taskIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('job_tasks as t')
      .innerJoin('jobs as j', 'j.id', 't.job_id')
      .select([
        't.id',
        't.job_id',
        'j.title as job_title',
        'j.employer_id',
        't.name',
        't.description',
        't.hours_per_week',
      ])
      .where('t.id', 'in', taskIds)
      .execute();
  },

  /** Carved jobs whose tasks were copied from these tasks. */
  findCarvedCopies(db: Kysely<DB>, sourceTaskIds: string[]) {
    if (sourceTaskIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('job_tasks as t')
      .innerJoin('jobs as j', 'j.id', 't.job_id')
      .select(['t.source_task_id', 'j.id as job_id', 'j.title as job_title'])
      .where('t.source_task_id', 'in', sourceTaskIds)
      .execute();
  },

  insert(db: Kysely<DB>, values: Insertable<JobsTable>) {
    return db.insertInto('jobs').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Updates when the version matches (and the status is `fromStatus`, when given); undefined otherwise. */
  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<JobsTable>,
    fromStatus?: JobStatus,
  ) {
    let q = db
      .updateTable('jobs')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion);
    if (fromStatus) {
      q = q.where('status', '=', fromStatus);
    }
    return q.returning('id').executeTakeFirst();
  },

  deleteVersioned(db: Kysely<DB>, id: string, expectedVersion: number) {
    return db
      .deleteFrom('jobs')
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'draft')
      .returning('id')
      .executeTakeFirst();
  },

  insertTask(db: Kysely<DB>, values: Insertable<JobTasksTable>) {
    return db.insertInto('job_tasks').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateTask(db: Kysely<DB>, taskId: string, values: Updateable<JobTasksTable>) {
    await db
      .updateTable('job_tasks')
      .set({ ...values, updated_at: sql`now()` })
      .where('id', '=', taskId)
      .execute();
  },

  async deleteTask(db: Kysely<DB>, taskId: string) {
    await db.deleteFrom('job_tasks').where('id', '=', taskId).execute();
  },

  async replaceDemands(db: Kysely<DB>, taskId: string, demands: [string, number][]) {
    await db.deleteFrom('job_task_demands').where('task_id', '=', taskId).execute();
    if (demands.length) {
      await db
        .insertInto('job_task_demands')
        .values(demands.map(([dimension, level]) => ({ task_id: taskId, dimension, level })))
        .execute();
    }
  },

  async maxSortOrder(db: Kysely<DB>, jobId: string) {
    const row = await db
      .selectFrom('job_tasks')
      .select((eb) => eb.fn.max<number | null>('sort_order').as('n'))
      .where('job_id', '=', jobId)
      .executeTakeFirst();
    return row?.n ?? null;
  },

  /** Joint organisations per employer, for the abilities in job lists. */
  findJointActions(db: Kysely<DB>, employerIds: string[]) {
    if (employerIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('employer_joint_actions')
      .select(['employer_id', 'organisation_id'])
      .where('employer_id', 'in', [...new Set(employerIds)])
      .execute();
  },

  /** Open jobs per employer for the start page of an account manager. */
  async countOpenForOwners(db: Kysely<DB>, organisationIds: string[]) {
    if (organisationIds.length === 0) {
      return 0;
    }
    const row = await db
      .selectFrom('jobs as j')
      .innerJoin('employers as e', 'e.id', 'j.employer_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('j.status', '=', 'open')
      .where('e.owner_organisation_id', 'in', organisationIds)
      .executeTakeFirstOrThrow();
    return row.n;
  },
};
