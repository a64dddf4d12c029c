import type { Kysely, Updateable } from 'kysely';
import type { DB, JobKind, JobsTable, JobTasksTable } from '../../db/schema';
import { actingOrganisationId, employerIdsWith, hasAnyRole, organisationIdsWith } from '../../lib/actor';
import { groupBy } from '../../lib/collections';
import type { RequestContext } from '../../lib/context';
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from '../../lib/errors';
import { type AuditEntry, diffChanges, recordAudit } from '../audit/audit.service';
import {
  canWorkWithEmployer,
  DESK_ROLES,
  type EmployerRelation,
  REGISTER_ROLES,
} from '../employers/employers.policy';
import { employersRepository } from '../employers/employers.repository';
import { assertAllowed, type EmployerAccess, loadEmployerAccess } from '../employers/employers.service';
import { participantsRepository } from '../participants/participants.repository';
import { canMoveJob, dimensionIssues, excessTaskHours, kindChangeIssue } from './jobs.policy';
import { presentJob, presentJobListItem } from './jobs.presenter';
import { type JobRecord, jobsRepository } from './jobs.repository';
import type {
  CarveJobBody,
  ChangeJobStatusBody,
  CreateJobBody,
  CreateTaskBody,
  EmployerJobQuery,
  JobQuery,
  UpdateJobBody,
  UpdateTaskBody,
} from './jobs.schemas';

async function loadJobRow(db: Kysely<DB>, id: string) {
  const row = await jobsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

/** A job with its employer's access: 404 when the actor may not see the employer (or the job does not exist). */
async function loadJob(ctx: RequestContext, id: string) {
  const row = await loadJobRow(ctx.db, id);
  const access = await loadEmployerAccess(ctx, row.employer_id);
  return { row, access };
}

/** Refuses (403, audited) a change by someone who does not serve the employer (owner or joint organisations). */
async function requireJobWrite(
  ctx: RequestContext,
  access: EmployerAccess,
  entry: Omit<AuditEntry, 'outcome'>,
) {
  await assertAllowed(
    ctx,
    access.view === 'network' && canWorkWithEmployer(ctx.actor, access.relation),
    entry,
  );
}

async function presentDetail(db: Kysely<DB>, ctx: RequestContext, id: string, access: EmployerAccess) {
  const row = await loadJobRow(db, id);
  const tasks = await jobsRepository.findTasks(db, [id]);
  const demands = await jobsRepository.findDemands(
    db,
    tasks.map((t) => t.id),
  );
  return presentJob(row, tasks, demands, access.relation, access.view, ctx.actor, ctx.locale);
}

/** Presents list rows with each employer's relation (owner, joint actions) for the abilities. */
async function presentRows(ctx: RequestContext, rows: JobRecord[], view: EmployerAccess['view']) {
  const joint = groupBy(
    await jobsRepository.findJointActions(
      ctx.db,
      rows.map((r) => r.employer_id),
    ),
    (j) => j.employer_id,
  );
  return rows.map((r) => {
    const relation: EmployerRelation = {
      ownerOrganisationId: r.owner_organisation_id,
      ownerUserId: null,
      jointOrganisationIds: (joint.get(r.employer_id) ?? []).map((j) => j.organisation_id),
    };
    return presentJobListItem(r, relation, view, ctx.actor, ctx.locale);
  });
}

/**
 * Jobs across the register (title words, employer, status, kind, municipality, ISCO prefix, "mine"); an
 * employer contact sees only their own employer's jobs.
 */
export async function findJobs(ctx: RequestContext, query: JobQuery) {
  const isNetwork = hasAnyRole(ctx.actor, REGISTER_ROLES);
  const { rows, total } = await jobsRepository.findMany(ctx.db, {
    ...query,
    onlyEmployerIds: isNetwork ? null : employerIdsWith(ctx.actor, ['employer_contact']),
    myOrganisationIds: organisationIdsWith(ctx.actor, DESK_ROLES),
  });
  return {
    items: await presentRows(ctx, rows, isNetwork ? 'network' : 'own'),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The jobs of one employer. */
export async function findEmployerJobs(ctx: RequestContext, employerId: string, query: EmployerJobQuery) {
  const access = await loadEmployerAccess(ctx, employerId);
  const { rows, total } = await jobsRepository.findMany(ctx.db, {
    ...query,
    employerId,
    onlyEmployerIds: null,
    myOrganisationIds: [],
  });
  return {
    items: rows.map((r) => presentJobListItem(r, access.relation, access.view, ctx.actor, ctx.locale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One job with its tasks, their demands, the profile derived from them and where carved tasks came from. */
export async function getJob(ctx: RequestContext, id: string) {
  const { access } = await loadJob(ctx, id);
  return presentDetail(ctx.db, ctx, id, access);
}

type JobFieldsInput = Partial<Omit<CreateJobBody, 'kind' | 'siteId' | 'hoursPerWeek'>> & {
  siteId?: string;
  hoursPerWeek?: number;
};

/** What the schema cannot judge: the site is the employer's, the occupation and dimensions exist. */
async function validateJobFields(db: Kysely<DB>, employerId: string, data: JobFieldsInput) {
  const issues: FieldIssue[] = [];
  if (data.siteId && !(await employersRepository.findSite(db, employerId, data.siteId))) {
    issues.push({ path: 'siteId', code: 'unknown_reference' });
  }
  if (data.iscoCode && (await participantsRepository.findUnknownIscoCodes(db, [data.iscoCode])).length) {
    issues.push({ path: 'iscoCode', code: 'unknown_occupation', params: { value: data.iscoCode } });
  }
  if (data.essentialDimensions) {
    issues.push(...dimensionIssues('essentialDimensions', data.essentialDimensions));
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
}

function jobValues(data: JobFieldsInput & { kind?: JobKind }): Updateable<JobsTable> {
  return {
    ...(data.siteId !== undefined && { site_id: data.siteId }),
    ...(data.title !== undefined && { title: data.title }),
    ...(data.iscoCode !== undefined && { isco_code: data.iscoCode }),
    ...(data.description !== undefined && { description: data.description }),
    ...(data.hoursPerWeek !== undefined && { hours_per_week: data.hoursPerWeek }),
    ...(data.schedule !== undefined && { schedule: data.schedule }),
    ...(data.shifts !== undefined && { shifts: [...new Set(data.shifts)] }),
    ...(data.contractType !== undefined && { contract_type: data.contractType }),
    ...(data.startDate !== undefined && { start_date: data.startDate }),
    ...(data.positions !== undefined && { positions: data.positions }),
    ...(data.kind !== undefined && { kind: data.kind }),
    ...(data.dutchLevel !== undefined && { dutch_level: data.dutchLevel }),
    ...(data.dutchLevelWaivable !== undefined && { dutch_level_waivable: data.dutchLevelWaivable }),
    ...(data.canAdaptHours !== undefined && { can_adapt_hours: data.canAdaptHours }),
    ...(data.canAdaptPhysical !== undefined && { can_adapt_physical: data.canAdaptPhysical }),
    ...(data.canAdaptEnvironment !== undefined && { can_adapt_environment: data.canAdaptEnvironment }),
    ...(data.canWorkWithLimitedDutch !== undefined && {
      can_work_with_limited_dutch: data.canWorkWithLimitedDutch,
    }),
    ...(data.isOpenToWagePremium !== undefined && { open_to_wage_premium: data.isOpenToWagePremium }),
    ...(data.hasMentor !== undefined && { has_mentor: data.hasMentor }),
    ...(data.essentialDimensions !== undefined && {
      essential_dimensions: [...new Set(data.essentialDimensions)],
    }),
  };
}

/** The organisation a job is created for: the actor's desk that serves the employer, else their own. */
function creatingOrganisationId(ctx: RequestContext, relation: EmployerRelation) {
  const desks = organisationIdsWith(ctx.actor, DESK_ROLES);
  const serving = [relation.ownerOrganisationId, ...relation.jointOrganisationIds].find(
    (id): id is string => !!id && desks.includes(id),
  );
  return actingOrganisationId(ctx.actor, serving);
}

/** Creates a job at one of the employer's sites (owner and joint organisations). Carved jobs come from carving. */
export async function createJob(ctx: RequestContext, employerId: string, input: CreateJobBody) {
  const access = await loadEmployerAccess(ctx, employerId);
  await requireJobWrite(ctx, access, { action: 'job.created', entityType: 'employer', entityId: employerId });
  const kindIssue = kindChangeIssue(null, input.kind, false);
  if (kindIssue) {
    throw ValidationError.field('kind', kindIssue);
  }
  if (input.dutchLevelWaivable && !input.dutchLevel) {
    throw ValidationError.field('dutchLevel', 'required');
  }
  await validateJobFields(ctx.db, employerId, input);
  const organisationId = creatingOrganisationId(ctx, access.relation);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await jobsRepository.insert(trx, {
      ...(jobValues(input) as Required<Pick<JobsTable, 'title' | 'hours_per_week' | 'site_id'>>),
      employer_id: employerId,
      created_by: ctx.actor.userId,
      created_by_organisation_id: organisationId,
    });
    await recordAudit(trx, ctx, {
      action: 'job.created',
      entityType: 'job',
      entityId: id,
      organisationId,
      details: { employerId, title: input.title, kind: input.kind, hoursPerWeek: input.hoursPerWeek },
    });
    return id;
  });
  return presentDetail(ctx.db, ctx, id, access);
}

const JOB_AUDIT_FIELDS = [
  'site_id',
  'title',
  'isco_code',
  'description',
  'hours_per_week',
  'schedule',
  'shifts',
  'contract_type',
  'start_date',
  'positions',
  'kind',
  'dutch_level',
  'dutch_level_waivable',
  'can_adapt_hours',
  'can_adapt_physical',
  'can_adapt_environment',
  'can_work_with_limited_dutch',
  'open_to_wage_premium',
  'has_mentor',
  'essential_dimensions',
] as const;

/** The hours of a job's tasks, with one task's hours replaced when it is being changed. */
async function taskHours(db: Kysely<DB>, jobId: string, replace?: { taskId: string; hours: number }) {
  const tasks = await jobsRepository.findTasks(db, [jobId]);
  return tasks.map((t) => (replace && t.id === replace.taskId ? replace.hours : Number(t.hours_per_week)));
}

function assertTaskHours(jobHours: number, hours: number[]) {
  const total = excessTaskHours(jobHours, hours);
  if (total !== null) {
    throw ValidationError.field('hoursPerWeek', 'task_hours_exceed_job', { total, hours: jobHours });
  }
}

/** Edits a job (not its status: see changeJobStatus). Its hours may not drop below its tasks' hours. */
export async function updateJob(ctx: RequestContext, id: string, input: UpdateJobBody) {
  const { row, access } = await loadJob(ctx, id);
  await requireJobWrite(ctx, access, { action: 'job.updated', entityType: 'job', entityId: id });
  const { data } = input;
  if (data.kind !== undefined) {
    const issue = kindChangeIssue(row.kind, data.kind, row.sheet_version !== null);
    if (issue) {
      throw ValidationError.field('kind', issue);
    }
  }
  const dutchLevel = data.dutchLevel === undefined ? row.dutch_level : data.dutchLevel;
  const isWaivable = data.dutchLevelWaivable ?? row.dutch_level_waivable;
  if (isWaivable && !dutchLevel) {
    throw ValidationError.field('dutchLevel', 'required');
  }
  await validateJobFields(ctx.db, row.employer_id, data);
  const values = jobValues(data);
  await ctx.db.transaction().execute(async (trx) => {
    if (data.hoursPerWeek !== undefined) {
      assertTaskHours(data.hoursPerWeek, await taskHours(trx, id));
    }
    if (!(await jobsRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, await presentDetail(trx, ctx, id, access));
    }
    await recordAudit(trx, ctx, {
      action: 'job.updated',
      entityType: 'job',
      entityId: id,
      details: {
        employerId: row.employer_id,
        changes: diffChanges(row as unknown as Record<string, unknown>, values, JOB_AUDIT_FIELDS),
      },
    });
  });
  return presentDetail(ctx.db, ctx, id, access);
}

/** Moves a job along its course (draft → open → filled/closed …); opening needs at least one task. */
export async function changeJobStatus(ctx: RequestContext, id: string, input: ChangeJobStatusBody) {
  const { row, access } = await loadJob(ctx, id);
  await requireJobWrite(ctx, access, { action: 'job.status_changed', entityType: 'job', entityId: id });
  if (!canMoveJob(row.status, input.status)) {
    throw new ValidationError(
      [{ path: 'status', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  if (input.status === 'open' && Number(row.task_count ?? 0) === 0) {
    throw ValidationError.field('tasks', 'job_needs_tasks');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await jobsRepository.updateVersioned(trx, id, input.version, { status: input.status }, row.status))
    ) {
      throw new ConflictError(input.version, await presentDetail(trx, ctx, id, access));
    }
    await recordAudit(trx, ctx, {
      action: 'job.status_changed',
      entityType: 'job',
      entityId: id,
      details: { employerId: row.employer_id, from: row.status, to: input.status },
    });
  });
  return presentDetail(ctx.db, ctx, id, access);
}

/** The titles of carved jobs made from these tasks, or null when none: such tasks and jobs stay. */
async function carvedCopiesOf(db: Kysely<DB>, taskIds: string[]) {
  const copies = await jobsRepository.findCarvedCopies(db, taskIds);
  return copies.length ? [...new Set(copies.map((c) => c.job_title))].join(', ') : null;
}

/** Deletes a draft job that is not the source of a carved job (409 otherwise, or on a stale version). */
export async function deleteJob(ctx: RequestContext, id: string, version: number) {
  const { row, access } = await loadJob(ctx, id);
  await requireJobWrite(ctx, access, { action: 'job.deleted', entityType: 'job', entityId: id });
  if (row.status !== 'draft') {
    throw new ValidationError(
      [{ path: 'status', code: 'job_not_draft', params: { status: row.status } }],
      409,
    );
  }
  const tasks = await jobsRepository.findTasks(ctx.db, [id]);
  const carved = await carvedCopiesOf(
    ctx.db,
    tasks.map((t) => t.id),
  );
  if (carved) {
    throw new ValidationError([{ path: 'id', code: 'job_is_carving_source', params: { jobs: carved } }], 409);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await jobsRepository.deleteVersioned(trx, id, version))) {
      throw new ConflictError(version, await presentDetail(trx, ctx, id, access));
    }
    await recordAudit(trx, ctx, {
      action: 'job.deleted',
      entityType: 'job',
      entityId: id,
      details: { employerId: row.employer_id, title: row.title },
    });
  });
  return { id };
}

/** Refuses demand levels on keys that are not matching dimensions, naming each (`demands.<key>`). */
function assertDemands(demands: Record<string, number> | undefined): [string, number][] {
  const entries = Object.entries(demands ?? {});
  const issues = dimensionIssues(
    'demands',
    entries.map(([key]) => key),
  ).map((issue) => ({ ...issue, path: `demands.${(issue.params as { value: string }).value}` }));
  if (issues.length) {
    throw new ValidationError(issues);
  }
  return entries;
}

/**
 * Applies one change to a job's tasks in a transaction: checks the job's version (every task change moves it on,
 * so the derived profile a client saw is the one it changes), runs the change, audits it, returns the job.
 */
async function changeTasks(
  ctx: RequestContext,
  jobId: string,
  version: number,
  entry: Omit<AuditEntry, 'outcome'>,
  change: (trx: Kysely<DB>, row: JobRecord) => Promise<Record<string, unknown>>,
) {
  const { row, access } = await loadJob(ctx, jobId);
  await requireJobWrite(ctx, access, entry);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await jobsRepository.updateVersioned(trx, jobId, version, {}))) {
      throw new ConflictError(version, await presentDetail(trx, ctx, jobId, access));
    }
    const details = await change(trx, row);
    await recordAudit(trx, ctx, { ...entry, details: { jobId, employerId: row.employer_id, ...details } });
  });
  return presentDetail(ctx.db, ctx, jobId, access);
}

/** Adds a task with its hours and demand profile; the tasks' hours may not exceed the job's. */
export async function createTask(ctx: RequestContext, jobId: string, input: CreateTaskBody) {
  const demands = assertDemands(input.demands);
  return changeTasks(
    ctx,
    jobId,
    input.version,
    { action: 'job_task.created', entityType: 'job', entityId: jobId },
    async (trx, row) => {
      assertTaskHours(Number(row.hours_per_week), [...(await taskHours(trx, jobId)), input.hoursPerWeek]);
      const sortOrder = input.sortOrder ?? ((await jobsRepository.maxSortOrder(trx, jobId)) ?? -1) + 1;
      const { id } = await jobsRepository.insertTask(trx, {
        job_id: jobId,
        name: input.name,
        description: input.description ?? null,
        hours_per_week: input.hoursPerWeek,
        sort_order: sortOrder,
      });
      await jobsRepository.replaceDemands(trx, id, demands);
      return { taskId: id, name: input.name, hoursPerWeek: input.hoursPerWeek, dimensions: demands.length };
    },
  );
}

async function loadTask(db: Kysely<DB>, jobId: string, taskId: string) {
  const task = (await jobsRepository.findTasks(db, [jobId])).find((t) => t.id === taskId);
  if (!task) {
    throw new NotFoundError();
  }
  return task;
}

/** Edits a task; `demands` replaces its whole demand profile. */
export async function updateTask(ctx: RequestContext, jobId: string, taskId: string, input: UpdateTaskBody) {
  const { data } = input;
  const demands = data.demands === undefined ? undefined : assertDemands(data.demands);
  await loadTask(ctx.db, jobId, taskId);
  return changeTasks(
    ctx,
    jobId,
    input.version,
    { action: 'job_task.updated', entityType: 'job', entityId: jobId },
    async (trx, row) => {
      if (data.hoursPerWeek !== undefined) {
        assertTaskHours(
          Number(row.hours_per_week),
          await taskHours(trx, jobId, { taskId, hours: data.hoursPerWeek }),
        );
      }
      const values: Updateable<JobTasksTable> = {
        ...(data.name !== undefined && { name: data.name }),
        ...(data.description !== undefined && { description: data.description }),
        ...(data.hoursPerWeek !== undefined && { hours_per_week: data.hoursPerWeek }),
        ...(data.sortOrder !== undefined && { sort_order: data.sortOrder }),
      };
      if (Object.keys(values).length) {
        await jobsRepository.updateTask(trx, taskId, values);
      }
      if (demands) {
        await jobsRepository.replaceDemands(trx, taskId, demands);
      }
      return { taskId, fields: Object.keys(data).sort() };
    },
  );
}

/** Removes a task, unless a carved job was made from it (409 naming the carved jobs). */
export async function deleteTask(ctx: RequestContext, jobId: string, taskId: string, version: number) {
  const task = await loadTask(ctx.db, jobId, taskId);
  return changeTasks(
    ctx,
    jobId,
    version,
    { action: 'job_task.deleted', entityType: 'job', entityId: jobId },
    async (trx) => {
      const carved = await carvedCopiesOf(trx, [taskId]);
      if (carved) {
        throw new ValidationError(
          [{ path: 'taskId', code: 'task_is_carving_source', params: { jobs: carved } }],
          409,
        );
      }
      await jobsRepository.deleteTask(trx, taskId);
      return { taskId, name: task.name };
    },
  );
}

/**
 * Job carving: composes a carved job from chosen tasks of one or more jobs of the same employer, at a site of that
 * employer. The tasks are copied with their hours and demand profiles and keep the link to their source task. The
 * carved job's hours are the sum of the tasks' hours, or a stated total that the sum may not exceed.
 */
export async function carveJob(ctx: RequestContext, input: CarveJobBody) {
  const duplicate = input.taskIds.findIndex((id, i) => input.taskIds.indexOf(id) !== i);
  if (duplicate >= 0) {
    throw ValidationError.field(`taskIds.${duplicate}`, 'duplicate_item');
  }
  const tasks = await jobsRepository.findTasksWithJob(ctx.db, input.taskIds);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const missing = input.taskIds.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    throw ValidationError.field(`taskIds.${missing}`, 'unknown_reference');
  }
  const employerId = byId.get(input.taskIds[0]!)!.employer_id;
  const mixed = input.taskIds.findIndex((id) => byId.get(id)!.employer_id !== employerId);
  if (mixed >= 0) {
    throw ValidationError.field(`taskIds.${mixed}`, 'carving_mixed_employers');
  }
  const access = await loadEmployerAccess(ctx, employerId).catch(() => {
    throw ValidationError.field('taskIds.0', 'unknown_reference');
  });
  await requireJobWrite(ctx, access, { action: 'job.carved', entityType: 'employer', entityId: employerId });
  const chosen = input.taskIds.map((id) => byId.get(id)!);
  const sum = Math.round(chosen.reduce((total, t) => total + Number(t.hours_per_week), 0) * 10) / 10;
  const hoursPerWeek = input.hoursPerWeek ?? sum;
  assertTaskHours(hoursPerWeek, [sum]);
  if (hoursPerWeek > 50) {
    throw ValidationError.field('hoursPerWeek', 'too_big_number', { maximum: 50 });
  }
  if (input.dutchLevelWaivable && !input.dutchLevel) {
    throw ValidationError.field('dutchLevel', 'required');
  }
  await validateJobFields(ctx.db, employerId, input);
  const demands = groupBy(await jobsRepository.findDemands(ctx.db, input.taskIds), (d) => d.task_id);
  const organisationId = creatingOrganisationId(ctx, access.relation);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await jobsRepository.insert(trx, {
      ...(jobValues({ ...input, hoursPerWeek }) as Required<
        Pick<JobsTable, 'title' | 'hours_per_week' | 'site_id'>
      >),
      kind: 'carved_job',
      employer_id: employerId,
      created_by: ctx.actor.userId,
      created_by_organisation_id: organisationId,
    });
    for (const [index, source] of chosen.entries()) {
      const copy = await jobsRepository.insertTask(trx, {
        job_id: id,
        name: source.name,
        description: source.description,
        hours_per_week: Number(source.hours_per_week),
        sort_order: index,
        source_task_id: source.id,
      });
      await jobsRepository.replaceDemands(
        trx,
        copy.id,
        (demands.get(source.id) ?? []).map((d) => [d.dimension, d.level]),
      );
    }
    await recordAudit(trx, ctx, {
      action: 'job.carved',
      entityType: 'job',
      entityId: id,
      organisationId,
      details: {
        employerId,
        title: input.title,
        hoursPerWeek,
        sourceTaskIds: input.taskIds,
        sourceJobIds: [...new Set(chosen.map((t) => t.job_id))],
      },
    });
    return id;
  });
  return presentDetail(ctx.db, ctx, id, access);
}
