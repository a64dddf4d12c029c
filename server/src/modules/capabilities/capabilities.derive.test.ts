import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICF_SUGGESTED_SET } from '../indications/icf-suggested-set';
import { DIMENSION_KEYS, DIMENSIONS } from '../profiles/dimensions';
import { REFERENCE_DIR } from '../reference/reference.loader';
import { deriveCapabilities, toProfile } from './capabilities.derive';

describe(deriveCapabilities.name, () => {
  it('should turn a qualifier into the capability of every dimension the code is linked to', () => {
    // d430 (lifting and carrying) informs both lifting and carrying; a moderate problem (2) gives "limited" (2).
    const sut = toProfile(deriveCapabilities([{ code: 'd430', qualifier: 2 }]));
    expect(sut).toEqual({ lifting: 2, carrying: 2 });
  });

  it('should let the most limiting item decide, and name it', () => {
    const sut = deriveCapabilities([
      { code: 'd430', qualifier: 1 },
      { code: 'd4300', qualifier: 3 },
    ]);
    expect(sut.get('lifting')).toEqual({ level: 1, basedOn: ['d4300'] });
    // d4300 is linked to lifting only: carrying keeps what d430 says.
    expect(sut.get('carrying')).toEqual({ level: 3, basedOn: ['d430'] });
  });

  it('should not carry a specific code over to its siblings', () => {
    const sut = toProfile(deriveCapabilities([{ code: 'd4154', qualifier: 4 }]));
    expect(sut).toEqual({ standing: 0 });
    expect(sut.sitting).toBeUndefined();
  });

  it('should ignore qualifiers 8 and 9 and leave dimensions without information unknown', () => {
    const sut = toProfile(
      deriveCapabilities([
        { code: 'd310', qualifier: 8 },
        { code: 'd330', qualifier: 9 },
        { code: 'd166', qualifier: 0 },
      ]),
    );
    expect(sut).toEqual({ reading: 4 });
  });

  it('should read environmental factors as the size of the barrier', () => {
    const sut = toProfile(deriveCapabilities([{ code: 'e260', qualifier: 3 }]));
    expect(sut.dust_fumes).toBe(1);
  });

  it('should give a full profile from an indication that rates the whole suggested set', () => {
    const sut = deriveCapabilities(ICF_SUGGESTED_SET.map((s) => ({ code: s.code, qualifier: 1 })));
    expect([...sut.keys()].sort()).toEqual([...DIMENSION_KEYS].sort());
  });
});

describe('ICF suggested set', () => {
  const csv = (file: string) =>
    fs
      .readFileSync(path.join(REFERENCE_DIR, file), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
  const categories = new Set(csv('icf/icf_categories.csv'));
  const dutch = new Set(csv('icf/icf_titles_nl.csv'));

  it('should hold between 20 and 43 unique, existing categories', () => {
    const codes = ICF_SUGGESTED_SET.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(20);
    expect(codes.length).toBeLessThanOrEqual(43);
    expect(codes.filter((code) => !categories.has(code))).toEqual([]);
  });

  it('should have a Dutch title for every suggested and every dimension-linked code', () => {
    const needed = new Set([...ICF_SUGGESTED_SET.map((s) => s.code), ...DIMENSIONS.flatMap((d) => d.icf)]);
    expect([...needed].filter((code) => !dutch.has(code))).toEqual([]);
  });
});
