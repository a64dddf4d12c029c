import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import { adaptationsClosing, canManageAdaptations } from './adaptations.policy';

describe('workplace adaptations policy', () => {
  it('should leave the catalogue to network admins', () => {
    expect(canManageAdaptations(buildActor([['network_admin', 'fed']]))).toBe(true);
    expect(canManageAdaptations(buildActor([['org_admin', 'org-a']]))).toBe(false);
  });

  it('should keep the adaptations that close a gap, those closing most first', () => {
    const catalogue = [
      { key: 'lift', dimensions: ['lifting', 'carrying'] },
      { key: 'quiet', dimensions: ['noise', 'attention', 'stress_handling'] },
      { key: 'headset', dimensions: ['noise'] },
    ];
    expect(adaptationsClosing(catalogue, ['noise', 'attention'])).toEqual([
      { adaptation: catalogue[1], closes: ['noise', 'attention'] },
      { adaptation: catalogue[2], closes: ['noise'] },
    ]);
    expect(adaptationsClosing(catalogue, ['reading'])).toEqual([]);
  });
});
