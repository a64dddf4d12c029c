import type { JobKind, JobStatus } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import type { FieldIssue } from '../../lib/errors';
import { canWorkWithEmployer, type EmployerRelation, type EmployerView } from '../employers/employers.policy';
import { isDimensionKey } from '../profiles/dimensions';

/**
 * A job's course: a draft is opened (or dropped); an open job gets filled, closed, or goes back to draft to be
 * reworked; a filled job can open again when a position frees up; a closed job can be reworked as a draft.
 */
export const JOB_TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  draft: ['open', 'closed'],
  open: ['filled', 'closed', 'draft'],
  filled: ['open', 'closed'],
  closed: ['draft'],
};

export function canMoveJob(from: JobStatus, to: JobStatus): boolean {
  return JOB_TRANSITIONS[from].includes(to);
}

/** Hours are counted in half hours: 4 or 4.5, not 4.25. */
export function isHalfHour(hours: number): boolean {
  return Number.isInteger(hours * 2);
}

/** The field issues for keys that are not matching dimensions (`path.index`). */
export function dimensionIssues(path: string, keys: readonly string[]): FieldIssue[] {
  return keys.flatMap((key, index) =>
    isDimensionKey(key)
      ? []
      : [{ path: `${path}.${index}`, code: 'unknown_dimension' as const, params: { value: key } }],
  );
}

/**
 * The tasks of a job may not take more hours than the job itself (they may take fewer: not every minute of a job
 * needs to be a listed task). Returns the total when it exceeds the job's hours, else null.
 */
export function excessTaskHours(jobHours: number, taskHours: readonly number[]): number | null {
  const total = Math.round(taskHours.reduce((sum, h) => sum + h, 0) * 10) / 10;
  return total > jobHours ? total : null;
}

/**
 * Kinds are chosen on creation; a carved job is only made by carving (its tasks come from other jobs), and a kind
 * can change except to or from a carved job, or away from an internship place that has its sheet.
 */
export function kindChangeIssue(
  from: JobKind | null,
  to: JobKind,
  hasInternshipSheet: boolean,
): FieldIssue['code'] | null {
  if (from === to) {
    return null;
  }
  if (to === 'carved_job') {
    return 'carved_job_via_carving';
  }
  if (from === 'carved_job' || (from === 'internship_place' && hasInternshipSheet)) {
    return 'kind_change_not_allowed';
  }
  return null;
}

export function jobAbilities(
  actor: Actor,
  employer: EmployerRelation,
  view: EmployerView,
  job: { status: JobStatus; kind: JobKind },
) {
  const canWrite = view === 'network' && canWorkWithEmployer(actor, employer);
  return {
    update: canWrite,
    manageTasks: canWrite,
    nextStatuses: canWrite ? [...JOB_TRANSITIONS[job.status]] : [],
    delete: canWrite && job.status === 'draft',
    carve: canWrite,
    editInternshipSheet: canWrite && job.kind === 'internship_place',
    acceptInternshipSheet: view === 'own' && job.kind === 'internship_place',
  };
}
