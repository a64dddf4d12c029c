import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../reference/reference.loader';
import { capabilityFromQualifier, DIMENSION_GROUPS, DIMENSION_KEYS, DIMENSIONS, gap } from './dimensions';

describe('matching dimensions', () => {
  const icfCodes = new Set(
    fs
      .readFileSync(path.join(REFERENCE_DIR, 'icf/icf_categories.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]),
  );

  it('should link every dimension only to ICF categories that exist', () => {
    const unknown = DIMENSIONS.flatMap((d) =>
      d.icf.filter((code) => !icfCodes.has(code)).map((c) => `${d.key}:${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('should have about forty unique dimensions, in every group', () => {
    expect(new Set(DIMENSION_KEYS).size).toBe(DIMENSIONS.length);
    expect(DIMENSIONS.length).toBeGreaterThanOrEqual(40);
    for (const group of DIMENSION_GROUPS) {
      expect(DIMENSIONS.some((d) => d.group === group)).toBe(true);
    }
  });

  it('should turn an ICF qualifier into a capability and ignore 8 and 9', () => {
    expect([0, 1, 2, 3, 4].map(capabilityFromQualifier)).toEqual([4, 3, 2, 1, 0]);
    expect(capabilityFromQualifier(8)).toBeNull();
    expect(capabilityFromQualifier(9)).toBeNull();
  });

  it('should count a gap only where the demand exceeds the capability', () => {
    expect(gap(3, 1)).toBe(2);
    expect(gap(1, 3)).toBe(0);
  });
});
