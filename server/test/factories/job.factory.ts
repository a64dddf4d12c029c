import { faker } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type { DB, JobsTable } from '../../src/db/schema';
import type { DimensionKey, Level } from '../../src/modules/profiles/dimensions';
import { createSite } from './site.factory';

export interface TaskSpec {
  name?: string;
  hoursPerWeek: number;
  demands?: Partial<Record<DimensionKey, Level>>;
  sourceTaskId?: string;
}

/**
 * A job inserted directly, at a new site of a new employer unless a site is given, with its tasks and their demand
 * profiles. Returns the job and its task ids in the order given.
 */
export async function createJob(
  db: Kysely<DB>,
  overrides: Partial<Insertable<JobsTable>> & {
    siteId?: string;
    employerId?: string;
    tasks?: TaskSpec[];
  } = {},
) {
  const { tasks = [], siteId, employerId, ...values } = overrides;
  const site = siteId
    ? await db
        .selectFrom('employer_sites')
        .select(['id', 'employer_id'])
        .where('id', '=', siteId)
        .executeTakeFirstOrThrow()
    : await createSite(db, { ...(employerId && { employerId }) });
  const job = await db
    .insertInto('jobs')
    .values({
      title: `${faker.person.jobTitle()} ${faker.string.alphanumeric(3)}`,
      hours_per_week: 38,
      ...values,
      employer_id: site.employer_id,
      site_id: site.id,
    })
    .returning(['id', 'employer_id', 'site_id', 'title', 'version', 'hours_per_week', 'kind', 'status'])
    .executeTakeFirstOrThrow();
  const taskIds: string[] = [];
  for (const [index, task] of tasks.entries()) {
    const { id } = await db
      .insertInto('job_tasks')
      .values({
        job_id: job.id,
        name: task.name ?? `Taak ${index + 1}`,
        hours_per_week: task.hoursPerWeek,
        sort_order: index,
        source_task_id: task.sourceTaskId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const demands = Object.entries(task.demands ?? {});
    if (demands.length) {
      await db
        .insertInto('job_task_demands')
        .values(demands.map(([dimension, level]) => ({ task_id: id, dimension, level: level as number })))
        .execute();
    }
    taskIds.push(id);
  }
  return { ...job, taskIds };
}
