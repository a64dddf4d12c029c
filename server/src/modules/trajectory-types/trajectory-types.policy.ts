import { type Actor, isNetworkAdmin } from '../../lib/actor';
import type { FieldIssue } from '../../lib/errors';

/** Trajectory types are the network's configuration: network admins keep them. */
export function canManageTrajectoryTypes(actor: Actor): boolean {
  return isNetworkAdmin(actor);
}

/** Each phase key once: a trajectory's phases are found by their key (transition: internship, aftercare, …). */
export function phaseKeyIssues(phases: readonly { key: string }[]): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  phases.forEach((p, i) => {
    if (seen.has(p.key)) {
      issues.push({ path: `phases.${i}.key`, code: 'duplicate_item' });
    }
    seen.add(p.key);
  });
  return issues;
}
