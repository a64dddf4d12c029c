/**
 * The network-wide proposal: a batch a network admin starts, the exact assignment computed off the main thread,
 * reviewed (with first-come greedy beside it and the why of each pair) and then published as suggested proposals,
 * or discarded.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditContext, RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import type { BatchOutput } from './engine/batch';
import { computeBatch } from './engine/batch';
import { computeBatchInWorker } from './engine/run-batch';
import { invalidatePoolIndex, loadJobs, loadPersons, loadSupports } from './matching.data';
import { matchingRepository } from './matching.repository';
import type { BatchDto, BatchPairQuery, StartBatchBody } from './matching.schemas';

/** The job-queue name of a batch run. */
export const BATCH_JOB = 'matching.batch';

/** Something that runs a batch after it was recorded: the job queue in the server, directly in tests. */
export type BatchRunner = (batchId: string) => Promise<void>;

const round1 = (value: number) => Math.round(value * 10) / 10;

async function presentBatch(db: Kysely<DB>, id: string): Promise<BatchDto> {
  const row = await db
    .selectFrom('matching_batches as b')
    .innerJoin('users as u', 'u.id', 'b.started_by')
    .selectAll('b')
    .select('u.display_name as started_by_name')
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw new NotFoundError();
  }
  const stats = await db
    .selectFrom('matching_batch_pairs')
    .select((eb) => [
      'method',
      eb.fn.avg<number>('score').as('score'),
      eb.fn.avg<number>('waiting_days').as('waiting'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('batch_id', '=', id)
    .groupBy('method')
    .execute();
  const of = (method: string) => stats.find((s) => s.method === method);
  const proposals = await db
    .selectFrom('proposals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('batch_id', '=', id)
    .executeTakeFirstOrThrow();
  const figures = (assigned: number | null, objective: number | null, method: string) => {
    const s = of(method);
    return assigned === null || objective === null
      ? null
      : {
          assigned,
          objective: Number(objective),
          averageScore: s ? round1(Number(s.score)) : null,
          averageWaitingDays: s ? round1(Number(s.waiting)) : null,
        };
  };
  return {
    id: row.id,
    status: row.status,
    fairnessPoints: row.fairness_points,
    candidatesPerPerson: row.candidates_per_person,
    coachLimit: row.coach_limit,
    persons: row.persons,
    jobs: row.jobs,
    positions: row.positions,
    candidateEdges: row.candidate_edges,
    optimal: figures(row.assigned, row.objective, 'optimal'),
    greedy: figures(row.greedy_assigned, row.greedy_objective, 'greedy'),
    solveMs: row.solve_ms,
    error: row.error,
    startedBy: { id: row.started_by, name: row.started_by_name },
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    proposalsCreated: proposals.n,
    version: row.version,
    abilities: {
      publish: row.status === 'ready',
      discard: row.status === 'ready' || row.status === 'failed',
    },
  };
}

/** Records a new batch (one may run at a time) and hands it to the runner. */
export async function startBatch(ctx: RequestContext, input: StartBatchBody, runner: BatchRunner) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const running = await trx
      .selectFrom('matching_batches')
      .select('id')
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (running) {
      throw new ValidationError([{ path: 'body', code: 'batch_running' }], 409);
    }
    const { id } = await trx
      .insertInto('matching_batches')
      .values({
        fairness_points: input.fairnessPoints,
        candidates_per_person: input.candidatesPerPerson,
        coach_limit: input.coachLimit,
        started_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'matching_batch.started',
      entityType: 'matching_batch',
      entityId: id,
      details: { ...input },
    });
    return id;
  });
  await runner(id);
  return presentBatch(ctx.db, id);
}

/**
 * Computes a recorded batch: loads the pool and the open jobs, solves in a worker thread (or here, `inWorker`
 * false), and stores both assignments with their figures. A failure is kept on the batch, never lost.
 */
export async function runBatch(
  db: Kysely<DB>,
  batchId: string,
  options: { inWorker: boolean } = { inWorker: true },
) {
  const batch = await db
    .selectFrom('matching_batches')
    .selectAll()
    .where('id', '=', batchId)
    .executeTakeFirst();
  if (batch?.status !== 'running') {
    return;
  }
  try {
    const day = brusselsDate(new Date());
    const [persons, jobs, supports, declined] = await Promise.all([
      loadPersons(db, {}, day),
      loadJobs(db, {}),
      loadSupports(db, 'nl-BE'),
      matchingRepository.findDeclinedPairs(db, {}),
    ]);
    const personAt = new Map(persons.persons.ids.map((id, i) => [id, i]));
    const jobAt = new Map(jobs.jobs.ids.map((id, j) => [id, j]));
    const declinedKeys = declined
      .filter((d) => personAt.has(d.participant_id) && jobAt.has(d.job_id))
      .map((d) => personAt.get(d.participant_id)! * jobs.jobs.count + jobAt.get(d.job_id)!);
    const input = {
      persons: persons.persons,
      jobs: jobs.jobs,
      supports,
      candidatesPerPerson: batch.candidates_per_person,
      fairnessPoints: batch.fairness_points,
      coachLimit: batch.coach_limit,
      declined: declinedKeys,
    };
    const output: BatchOutput = options.inWorker ? await computeBatchInWorker(input) : computeBatch(input);
    await db.transaction().execute(async (trx) => {
      for (const method of ['optimal', 'greedy'] as const) {
        const result = output[method];
        const rows = [];
        for (let i = 0; i < persons.persons.count; i++) {
          const j = result.rowToCol[i]!;
          if (j >= 0) {
            rows.push({
              batch_id: batchId,
              method,
              participant_id: persons.persons.ids[i]!,
              job_id: jobs.jobs.ids[j]!,
              score: Math.round(result.score[i]! * 10) / 10,
              weight: result.weight[i]!,
              waiting_days: persons.persons.waitingDays[i]!,
            });
          }
        }
        for (let k = 0; k < rows.length; k += 1000) {
          await trx
            .insertInto('matching_batch_pairs')
            .values(rows.slice(k, k + 1000))
            .execute();
        }
      }
      await trx
        .updateTable('matching_batches')
        .set((eb) => ({
          status: 'ready',
          persons: persons.persons.count,
          jobs: jobs.jobs.count,
          positions: output.positions,
          candidate_edges: output.candidateEdges,
          assigned: output.optimal.assigned,
          objective: output.optimal.objective,
          greedy_assigned: output.greedy.assigned,
          greedy_objective: output.greedy.objective,
          solve_ms: Math.round(output.solveMs),
          finished_at: sql`now()`,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', batchId)
        .execute();
    });
  } catch (error) {
    await db
      .updateTable('matching_batches')
      .set((eb) => ({
        status: 'failed',
        error: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
        finished_at: sql`now()`,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', batchId)
      .execute();
  }
}

export async function findBatches(ctx: RequestContext) {
  const rows = await ctx.db
    .selectFrom('matching_batches')
    .select('id')
    .orderBy('started_at', 'desc')
    .limit(50)
    .execute();
  return Promise.all(rows.map((r) => presentBatch(ctx.db, r.id)));
}

export function getBatch(ctx: RequestContext, id: string) {
  return presentBatch(ctx.db, id);
}

/** The pairs of a batch, with the other method's job for the same person: where optimal and greedy differ. */
export async function findBatchPairs(ctx: RequestContext, id: string, query: BatchPairQuery) {
  await presentBatch(ctx.db, id);
  const other = query.method === 'optimal' ? 'greedy' : 'optimal';
  let q = ctx.db
    .selectFrom('matching_batch_pairs as bp')
    .innerJoin('participants as p', 'p.id', 'bp.participant_id')
    .innerJoin('jobs as j', 'j.id', 'bp.job_id')
    .innerJoin('employers as e', 'e.id', 'j.employer_id')
    .leftJoin('matching_batch_pairs as op', (join) =>
      join
        .onRef('op.batch_id', '=', 'bp.batch_id')
        .onRef('op.participant_id', '=', 'bp.participant_id')
        .on('op.method', '=', other),
    )
    .leftJoin('jobs as oj', 'oj.id', 'op.job_id')
    .where('bp.batch_id', '=', id)
    .where('bp.method', '=', query.method);
  if (query.onlyDifferent) {
    q = q.where((eb) => eb.or([eb('op.job_id', 'is', null), eb('op.job_id', '<>', eb.ref('bp.job_id'))]));
  }
  const [rows, total] = await Promise.all([
    q
      .select([
        'p.id as participant_id',
        'p.first_name',
        'p.last_name',
        'bp.waiting_days',
        'j.id as job_id',
        'j.title',
        'e.id as employer_id',
        'e.name as employer_name',
        'bp.score',
        'oj.id as other_job_id',
        'oj.title as other_title',
        'op.score as other_score',
      ])
      .orderBy('bp.weight', 'desc')
      .orderBy('p.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      participant: {
        id: r.participant_id,
        firstName: r.first_name,
        lastName: r.last_name,
        waitingDays: r.waiting_days,
      },
      job: { id: r.job_id, title: r.title, employer: { id: r.employer_id, name: r.employer_name } },
      score: Number(r.score),
      otherMethodJob:
        r.other_job_id && r.other_title
          ? { id: r.other_job_id, title: r.other_title, score: Number(r.other_score) }
          : null,
    })),
    total: total.n,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Publishes a reviewed batch: every optimal pair becomes a suggested proposal (unless the person left the pool,
 * the job closed, or the pair already has a proposal), and the coaches and account managers involved are told,
 * each once with their number of new suggestions.
 */
export async function publishBatch(ctx: RequestContext, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('matching_batches')
      .set((eb) => ({
        status: 'published',
        published_by: ctx.actor.userId,
        published_at: sql`now()`,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'ready')
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('matching_batches')
        .select(['status', 'version'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) {
        throw new NotFoundError();
      }
      if (current.status !== 'ready') {
        throw new ValidationError(
          [{ path: 'version', code: 'invalid_transition', params: { status: current.status } }],
          409,
        );
      }
      throw new ConflictError(version, { version: current.version });
    }
    const pairs = await trx
      .selectFrom('matching_batch_pairs as bp')
      .innerJoin('jobs as j', 'j.id', 'bp.job_id')
      .innerJoin('participants as p', 'p.id', 'bp.participant_id')
      .select(['bp.participant_id', 'bp.job_id', 'j.employer_id', 'bp.score', 'p.coach_user_id'])
      .where('bp.batch_id', '=', id)
      .where('bp.method', '=', 'optimal')
      .execute();
    const [members, open, existing] = await Promise.all([
      matchingRepository.findPoolMembers(trx, [...new Set(pairs.map((p) => p.participant_id))]),
      matchingRepository.findOpenJobIds(trx, [...new Set(pairs.map((p) => p.job_id))]),
      matchingRepository.findOpenProposals(trx, { participantIds: pairs.map((p) => p.participant_id) }),
    ]);
    const taken = new Set(existing.map((e) => `${e.participant_id}:${e.job_id}`));
    const publishable = pairs.filter(
      (p) =>
        members.has(p.participant_id) && open.has(p.job_id) && !taken.has(`${p.participant_id}:${p.job_id}`),
    );
    // Who hears of it: each coach and account manager once, with how many suggestions concern them. One
    // notification per proposal would bury everything else in their bell (a run makes a hundred at once).
    const suggestionsFor = new Map<string, number>();
    for (const p of publishable) {
      const { id: proposalId } = await trx
        .insertInto('proposals')
        .values({
          participant_id: p.participant_id,
          job_id: p.job_id,
          employer_id: p.employer_id,
          score: Number(p.score),
          batch_id: id,
          created_by: ctx.actor.userId,
          created_by_organisation_id: ctx.actor.homeOrganisationId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('proposal_events')
        .values({
          proposal_id: proposalId,
          from_status: null,
          to_status: 'suggested',
          by_user_id: ctx.actor.userId,
        })
        .execute();
      const owners = await trx
        .selectFrom('employers')
        .select('owner_user_id')
        .where('id', '=', p.employer_id)
        .executeTakeFirst();
      for (const userId of new Set([p.coach_user_id, owners?.owner_user_id])) {
        if (userId) {
          suggestionsFor.set(userId, (suggestionsFor.get(userId) ?? 0) + 1);
        }
      }
    }
    for (const [userId, count] of suggestionsFor) {
      await notificationsRepository.insertForUsers(trx, [userId], {
        kind: 'matching_batch.published',
        entityType: 'matching_batch',
        entityId: id,
        params: { count },
      });
    }
    await recordAudit(trx, ctx, {
      action: 'matching_batch.published',
      entityType: 'matching_batch',
      entityId: id,
      details: { proposals: publishable.length, skipped: pairs.length - publishable.length },
    });
  });
  invalidatePoolIndex(ctx.db);
  return presentBatch(ctx.db, id);
}

export async function discardBatch(ctx: RequestContext, id: string, version: number) {
  const updated = await ctx.db
    .updateTable('matching_batches')
    .set((eb) => ({ status: 'discarded', version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', ['ready', 'failed'])
    .returning('id')
    .executeTakeFirst();
  if (!updated) {
    const current = await ctx.db
      .selectFrom('matching_batches')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!current) {
      throw new NotFoundError();
    }
    throw new ValidationError(
      [{ path: 'version', code: 'invalid_transition', params: { status: current.status } }],
      409,
    );
  }
  await recordAudit(ctx.db, ctx, {
    action: 'matching_batch.discarded',
    entityType: 'matching_batch',
    entityId: id,
  });
  return presentBatch(ctx.db, id);
}

/** After a restart, a batch left "running" by a stopped process is marked failed (it never finished). */
export async function failAbandonedBatches(db: Kysely<DB>, system: AuditContext, olderThanMinutes = 60) {
  const rows = await db
    .updateTable('matching_batches')
    .set((eb) => ({
      status: 'failed',
      error: 'abandoned: the server stopped while computing',
      finished_at: sql`now()`,
      version: eb('version', '+', 1),
    }))
    .where('status', '=', 'running')
    .where('started_at', '<', sql<Date>`now() - make_interval(mins => ${olderThanMinutes})`)
    .returning('id')
    .execute();
  for (const r of rows) {
    await recordAudit(db, system, {
      action: 'matching_batch.abandoned',
      entityType: 'matching_batch',
      entityId: r.id,
    });
  }
  return rows.length;
}
