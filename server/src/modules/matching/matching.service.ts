import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { loadEmployerAccess } from '../employers/employers.service';
import { findProfileGrounds, loadParticipantAccess } from '../participants/participants.service';
import {
  DIMENSION_INDEX,
  DIMENSIONS,
  type DimensionKey,
  type Level,
  type Profile,
} from '../profiles/dimensions';
import { jobsFrom } from './engine/builders';
import { MatchingIndex } from './engine/matching-index';
import { JOB_KINDS } from './engine/model';
import { emptyExplanation, scorePair } from './engine/score';
import { jobInput, loadJobs, loadPersons, loadSupports, poolIndex } from './matching.data';
import { presentExplanation } from './matching.presenter';
import { matchingRepository } from './matching.repository';
import type {
  CarvingQuery,
  ExplanationDto,
  PairQuery,
  TopJobsQuery,
  TopPersonsQuery,
} from './matching.schemas';

const today = () => brusselsDate(new Date());

/** Records that capability-based explanations of these participants were shown (health-derived data). */
export async function auditComparisons(
  ctx: RequestContext,
  shown: Map<string, string>,
  context: Record<string, unknown>,
) {
  for (const [participantId, ground] of shown) {
    await recordAudit(ctx.db, ctx, {
      action: 'matching.profile_compared',
      entityType: 'participant',
      entityId: participantId,
      participantId,
      details: { ground, ...context },
    });
  }
}

function openProposalOf(rows: { id: string; participant_id: string; job_id: string; status: string }[]) {
  const byPair = new Map(
    rows.map((r) => [`${r.participant_id}:${r.job_id}`, { id: r.id, status: r.status }]),
  );
  return (participantId: string, jobId: string) => byPair.get(`${participantId}:${jobId}`) ?? null;
}

/**
 * The best jobs for a participant, each with its explanation. A participant outside the pool (no consent, not
 * looking) is still matched, so the coach sees what would fit, but every job carries the reason it cannot be
 * proposed. Previously declined pairs and jobs that are no longer open are left out.
 */
export async function findJobsForParticipant(
  ctx: RequestContext,
  participantId: string,
  query: TopJobsQuery,
) {
  await loadParticipantAccess(ctx.db, ctx.actor, participantId);
  const day = today();
  const pool = await poolIndex(ctx.db, ctx.locale, day);
  const isInPool = (await matchingRepository.findPoolMembers(ctx.db, [participantId])).has(participantId);
  let index = pool.index;
  let i = pool.personAt.get(participantId);
  let outside: ExplanationDto['excluded'] = [];
  if (i === undefined || !isInPool) {
    // Not (yet) in the cached pool: matched on their own, so the coach sees what would fit and why not.
    const one = await loadPersons(ctx.db, { ids: [participantId], includeOutsidePool: true }, day);
    if (one.persons.count === 0) {
      return { isInPool, items: [] };
    }
    index = new MatchingIndex(one.persons, pool.jobs.jobs, pool.index.supports);
    i = 0;
    if (!isInPool) {
      outside = one.rows[0]!.has_pool_consent ? ['not_in_pool'] : ['no_pool_consent'];
    }
  }
  const kind = query.kind ? JOB_KINDS.indexOf(query.kind) : -1;
  const accept = (j: number) =>
    (kind < 0 || pool.jobs.jobs.kind[j] === kind) &&
    (!query.employerId || pool.jobs.rows[j]!.employer_id === query.employerId);
  const hits = index.topJobs(i, query.limit * 3, accept);
  const jobIds = hits.map((h) => pool.jobs.jobs.ids[h.index]!);
  const [open, declined, proposals, grounds] = await Promise.all([
    matchingRepository.findOpenJobIds(ctx.db, jobIds),
    matchingRepository.findDeclinedPairs(ctx.db, { participantIds: [participantId], jobIds }),
    matchingRepository.findOpenProposals(ctx.db, { participantIds: [participantId], jobIds }),
    findProfileGrounds(ctx.db, ctx.actor, [participantId]),
  ]);
  const declinedJobs = new Set(declined.map((d) => d.job_id));
  const proposalOf = openProposalOf(proposals);
  const ground = grounds.get(participantId);
  const items = hits
    .filter((h) => open.has(pool.jobs.jobs.ids[h.index]!) && !declinedJobs.has(pool.jobs.jobs.ids[h.index]!))
    .slice(0, query.limit)
    .map((h) => {
      const row = pool.jobs.rows[h.index]!;
      const explain = emptyExplanation();
      scorePair(index.persons, index.jobs, index.supports, i!, h.index, explain);
      return {
        job: {
          id: row.id,
          title: row.title,
          employer: { id: row.employer_id, name: row.employer_name },
          kind: row.kind,
          hoursPerWeek: Number(row.hours_per_week),
          municipality: row.municipality_name,
          positionsLeft: pool.jobs.jobs.positions[h.index]!,
        },
        openProposal: proposalOf(participantId, row.id),
        explanation: presentExplanation(explain, outside, !!ground, ctx.locale),
      };
    });
  if (ground && items.length) {
    await auditComparisons(ctx, new Map([[participantId, ground]]), { jobs: items.length });
  }
  return { isInPool, items };
}

/** Loads a job the actor may see as network staff (employer contacts search no candidates). */
async function loadJobForMatching(ctx: RequestContext, jobId: string) {
  const job = (await matchingRepository.findJobs(ctx.db, { ids: [jobId], includeNotOpen: true }))[0];
  if (!job) {
    throw new NotFoundError();
  }
  const access = await loadEmployerAccess(ctx, job.employer_id);
  if (access.view !== 'network') {
    throw new ForbiddenError();
  }
  return job;
}

/**
 * The best people in the pool for a job, each with the explanation; the capability comparison is shown only for
 * people whose profile the actor may see (audited), the rest get the score and counts.
 */
export async function findParticipantsForJob(ctx: RequestContext, jobId: string, query: TopPersonsQuery) {
  const job = await loadJobForMatching(ctx, jobId);
  if (job.status !== 'open') {
    throw new ValidationError([{ path: 'jobId', code: 'job_not_open', params: { status: job.status } }], 409);
  }
  const day = today();
  const pool = await poolIndex(ctx.db, ctx.locale, day);
  const j = pool.jobAt.get(jobId);
  if (j === undefined) {
    return { items: [] };
  }
  const hits = pool.index.topPersons(j, query.limit * 2);
  const ids = hits.map((h) => pool.persons.persons.ids[h.index]!);
  const [members, declined, proposals, grounds] = await Promise.all([
    matchingRepository.findPoolMembers(ctx.db, ids),
    matchingRepository.findDeclinedPairs(ctx.db, { participantIds: ids, jobIds: [jobId] }),
    matchingRepository.findOpenProposals(ctx.db, { participantIds: ids, jobIds: [jobId] }),
    findProfileGrounds(ctx.db, ctx.actor, ids),
  ]);
  const declinedPersons = new Set(declined.map((d) => d.participant_id));
  const proposalOf = openProposalOf(proposals);
  const chosen = hits
    .filter((h) => {
      const id = pool.persons.persons.ids[h.index]!;
      return members.has(id) && !declinedPersons.has(id);
    })
    .slice(0, query.limit);
  const organisations = await matchingRepository.findOrganisationNames(
    ctx.db,
    chosen.map((h) => pool.persons.rows[h.index]!.organisation_id),
  );
  const shown = new Map<string, string>();
  const items = chosen.map((h) => {
    const row = pool.persons.rows[h.index]!;
    const explain = emptyExplanation();
    scorePair(pool.index.persons, pool.index.jobs, pool.index.supports, h.index, j, explain);
    const ground = grounds.get(row.id);
    if (ground) {
      shown.set(row.id, ground);
    }
    return {
      participant: {
        id: row.id,
        firstName: row.first_name,
        lastName: row.last_name,
        municipality: row.municipality_name,
        organisation: row.organisation_id
          ? { id: row.organisation_id, name: organisations.get(row.organisation_id) ?? '' }
          : null,
        waitingDays: pool.persons.persons.waitingDays[h.index]!,
      },
      openProposal: proposalOf(row.id, jobId),
      explanation: presentExplanation(explain, [], !!ground, ctx.locale),
    };
  });
  await auditComparisons(ctx, shown, { jobId });
  return { items };
}

/**
 * The explanation of one pair without access checks (callers check): every hard constraint named, including the
 * live ones (no consent, job closed, declined before); capabilities shown only with `showDimensions`.
 */
export async function explainForPair(
  ctx: RequestContext,
  participantId: string,
  jobId: string,
  showDimensions: boolean,
) {
  const day = today();
  const [personRows, person, jobs, supports, members, declined] = await Promise.all([
    matchingRepository.findPersons(ctx.db, { ids: [participantId], includeOutsidePool: true }, day),
    loadPersons(ctx.db, { ids: [participantId], includeOutsidePool: true }, day),
    loadJobs(ctx.db, { ids: [jobId], includeNotOpen: true }),
    loadSupports(ctx.db, ctx.locale),
    matchingRepository.findPoolMembers(ctx.db, [participantId]),
    matchingRepository.findDeclinedPairs(ctx.db, { participantIds: [participantId], jobIds: [jobId] }),
  ]);
  const personRow = personRows[0];
  const jobRow = (await matchingRepository.findJobs(ctx.db, { ids: [jobId], includeNotOpen: true }))[0];
  if (!personRow || !jobRow) {
    throw new NotFoundError();
  }
  const extra: ExplanationDto['excluded'] = [];
  if (!personRow.has_pool_consent) {
    extra.push('no_pool_consent');
  } else if (!members.has(participantId)) {
    extra.push('not_in_pool');
  }
  if (jobRow.status !== 'open' || jobRow.positions - jobRow.accepted <= 0) {
    extra.push('job_not_open');
  }
  if (declined.length) {
    extra.push('declined_before');
  }
  let explanation: ExplanationDto;
  if (person.persons.count === 0 || jobs.jobs.count === 0) {
    explanation = presentExplanation(emptyExplanation(), [...extra, 'no_location'], false, ctx.locale);
  } else {
    const explain = emptyExplanation();
    scorePair(person.persons, jobs.jobs, supports, 0, 0, explain);
    explanation = presentExplanation(explain, extra, showDimensions, ctx.locale);
  }
  return { personRow, jobRow, explanation };
}

/**
 * "Why" or "why not" for one person and one job, from either side: the participant's staff, or network staff
 * looking from the job (then only for someone in the pool). Every hard constraint is named.
 */
export async function explainPair(ctx: RequestContext, query: PairQuery) {
  await loadJobForMatching(ctx, query.jobId);
  const participantAccess = await loadParticipantAccess(ctx.db, ctx.actor, query.participantId).catch(
    () => null,
  );
  const members = await matchingRepository.findPoolMembers(ctx.db, [query.participantId]);
  if (!participantAccess && !members.has(query.participantId)) {
    throw new NotFoundError();
  }
  const [grounds, proposals] = await Promise.all([
    findProfileGrounds(ctx.db, ctx.actor, [query.participantId]),
    matchingRepository.findOpenProposals(ctx.db, {
      participantIds: [query.participantId],
      jobIds: [query.jobId],
    }),
  ]);
  const ground = grounds.get(query.participantId);
  const {
    personRow,
    jobRow: job,
    explanation,
  } = await explainForPair(ctx, query.participantId, query.jobId, !!ground);
  if (ground) {
    await auditComparisons(ctx, new Map([[query.participantId, ground]]), { jobId: query.jobId });
  }
  return {
    participant: { id: personRow.id, firstName: personRow.first_name, lastName: personRow.last_name },
    job: {
      id: job.id,
      title: job.title,
      employer: { id: job.employer_id, name: job.employer_name },
      kind: job.kind,
      hoursPerWeek: Number(job.hours_per_week),
      municipality: job.municipality_name,
      positionsLeft: Math.max(0, job.positions - job.accepted),
    },
    openProposal: proposals[0] ? { id: proposals[0].id, status: proposals[0].status } : null,
    explanation,
  };
}

/** Half hours: task hours are kept to the half hour, so the knapsack works in whole units. */
const toHalfHours = (hours: number) => Math.round(hours * 2);

/**
 * Chooses, among doable tasks, the set whose hours come closest to the target without exceeding it, and among
 * those the one with the fewest gaps left to support (0/1 knapsack over half hours; an employer has few tasks).
 */
export function chooseTasks(tasks: { hours: number; cost: number }[], targetHours: number): number[] {
  const capacity = toHalfHours(targetHours);
  // best[c] = [hours, −cost] reached with exactly c half hours used, and the chosen tasks.
  const best: ({ value: number; cost: number; chosen: number[] } | null)[] = new Array(capacity + 1).fill(
    null,
  );
  best[0] = { value: 0, cost: 0, chosen: [] };
  tasks.forEach((task, t) => {
    const w = toHalfHours(task.hours);
    for (let c = capacity; c >= w; c--) {
      const from = best[c - w];
      if (!from) {
        continue;
      }
      const candidate = { value: from.value + w, cost: from.cost + task.cost, chosen: [...from.chosen, t] };
      const current = best[c];
      if (!current || candidate.cost < current.cost) {
        best[c] = candidate;
      }
    }
  });
  for (let c = capacity; c >= 0; c--) {
    if (best[c]) {
      return best[c]!.chosen;
    }
  }
  return [];
}

/**
 * Job carving for a person at an employer: every task of the employer's jobs judged on its own (its demands, the
 * job's supports, the site's commute), the doable ones, and the set of them that best reaches the person's wanted
 * hours — ready to be composed into a carved job (POST /carved-jobs).
 */
export async function suggestCarving(ctx: RequestContext, query: CarvingQuery) {
  await loadParticipantAccess(ctx.db, ctx.actor, query.participantId);
  const employer = await loadEmployerAccess(ctx, query.employerId);
  if (employer.view !== 'network') {
    throw new ForbiddenError();
  }
  const day = today();
  const [person, supports, { tasks, demands }, grounds] = await Promise.all([
    loadPersons(ctx.db, { ids: [query.participantId], includeOutsidePool: true }, day),
    loadSupports(ctx.db, ctx.locale),
    matchingRepository.findEmployerTasks(ctx.db, query.employerId),
    findProfileGrounds(ctx.db, ctx.actor, [query.participantId]),
  ]);
  const jobRows = await matchingRepository.findJobs(ctx.db, {
    ids: [...new Set(tasks.map((t) => t.job_id))],
    includeNotOpen: true,
  });
  const jobOf = new Map(jobRows.map((r) => [r.id, r]));
  const demandOf = new Map<string, Profile>();
  for (const d of demands) {
    const profile = demandOf.get(d.task_id) ?? {};
    profile[d.dimension as DimensionKey] = d.level as Level;
    demandOf.set(d.task_id, profile);
  }
  const target = person.rows[0]?.hours_per_week ?? 38;
  const ground = grounds.get(query.participantId);
  const judged = tasks.map((task) => {
    const row = jobOf.get(task.job_id)!;
    let openGaps = 0;
    let gaps: { dimension: string; label: string; gap: number; closedBy: string | null }[] = [];
    let isDoable = false;
    if (person.persons.count > 0 && row.lat !== null) {
      const one = jobsFrom([
        jobInput(row, demandOf.get(task.id) ?? {}, {
          id: task.id,
          hoursPerWeek: Math.round(Number(task.hours_per_week)),
          kind: 'carved_job',
          essential: [],
        }),
      ]);
      const explain = emptyExplanation();
      scorePair(person.persons, one, supports, 0, 0, explain);
      gaps = explain.dimensions
        .filter((d) => d.gap > 0)
        .map((d) => {
          const dim = DIMENSIONS[DIMENSION_INDEX.get(d.dimension as DimensionKey)!]!;
          return {
            dimension: d.dimension,
            label: ctx.locale === 'en' ? dim.en : dim.nl,
            gap: d.gap,
            closedBy: d.closedBy,
          };
        });
      openGaps = gaps.filter((g) => !g.closedBy).length;
      isDoable = explain.excluded.length === 0 && openGaps === 0;
    }
    return { task, isDoable, gaps, openGaps, closable: gaps.length - openGaps };
  });
  const doable = judged.filter((j) => j.isDoable);
  const chosen = new Set(
    chooseTasks(
      doable.map((d) => ({ hours: Number(d.task.hours_per_week), cost: d.closable })),
      target,
    ).map((k) => doable[k]!.task.id),
  );
  const siteCounts = new Map<string, number>();
  for (const j of judged.filter((x) => chosen.has(x.task.id))) {
    siteCounts.set(j.task.site_id, (siteCounts.get(j.task.site_id) ?? 0) + 1);
  }
  if (ground) {
    await auditComparisons(ctx, new Map([[query.participantId, ground]]), {
      employerId: query.employerId,
      carving: true,
    });
  }
  return {
    targetHours: target,
    chosenHours: judged
      .filter((j) => chosen.has(j.task.id))
      .reduce((s, j) => s + Number(j.task.hours_per_week), 0),
    siteId: [...siteCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
    tasks: judged.map((j) => ({
      id: j.task.id,
      name: j.task.name,
      hoursPerWeek: Number(j.task.hours_per_week),
      job: { id: j.task.job_id, title: j.task.job_title },
      isDoable: j.isDoable,
      isChosen: chosen.has(j.task.id),
      gaps: ground ? j.gaps : null,
      openGaps: j.openGaps,
    })),
  };
}
