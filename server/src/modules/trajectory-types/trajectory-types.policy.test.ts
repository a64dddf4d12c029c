import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import { canManageTrajectoryTypes, phaseKeyIssues } from './trajectory-types.policy';

describe('trajectory types policy', () => {
  it('should let only network admins manage the types', () => {
    expect(canManageTrajectoryTypes(buildActor([['network_admin', 'org-a']]))).toBe(true);
    expect(canManageTrajectoryTypes(buildActor([['org_admin', 'org-a']]))).toBe(false);
  });

  it('should name a phase key given twice', () => {
    expect(phaseKeyIssues([{ key: 'a' }, { key: 'b' }])).toEqual([]);
    expect(phaseKeyIssues([{ key: 'a' }, { key: 'b' }, { key: 'a' }])).toEqual([
      { path: 'phases.2.key', code: 'duplicate_item' },
    ]);
  });
});
