import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import { indicationAbilities, indicationChannelOf } from './indications.policy';

describe(indicationChannelOf.name, () => {
  it('should make VDAB, GTB and an OCMW with an indication cell indication channels, and nobody else', () => {
    expect(indicationChannelOf({ kind: 'public_employment_service', has_indication_cell: false })).toBe(
      'vdab',
    );
    expect(indicationChannelOf({ kind: 'gtb', has_indication_cell: false })).toBe('gtb');
    expect(indicationChannelOf({ kind: 'ocmw', has_indication_cell: true })).toBe('ocmw_indication_cell');
    expect(indicationChannelOf({ kind: 'ocmw', has_indication_cell: false })).toBeNull();
    expect(indicationChannelOf({ kind: 'maatwerkbedrijf', has_indication_cell: true })).toBeNull();
  });
});

describe(indicationAbilities.name, () => {
  const author = buildActor([['indication_consultant', 'o1']], { userId: 'u1' });
  const validator = buildActor([['indication_validator', 'o1']], { userId: 'u2' });
  const authorValidator = buildActor(
    [
      ['indication_consultant', 'o1'],
      ['indication_validator', 'o1'],
    ],
    { userId: 'u1' },
  );

  it('should let the author write and submit a draft or a returned indication, and nothing after', () => {
    for (const status of ['draft', 'returned'] as const) {
      expect(indicationAbilities(author, { consultantUserId: 'u1', status })).toEqual({
        update: true,
        submit: true,
        review: false,
      });
    }
    expect(indicationAbilities(author, { consultantUserId: 'u1', status: 'submitted' }).update).toBe(false);
    expect(indicationAbilities(author, { consultantUserId: 'u1', status: 'approved' }).submit).toBe(false);
  });

  it('should let a validator review a submitted indication, never their own (four eyes)', () => {
    expect(indicationAbilities(validator, { consultantUserId: 'u1', status: 'submitted' }).review).toBe(true);
    expect(indicationAbilities(validator, { consultantUserId: 'u1', status: 'draft' }).review).toBe(false);
    expect(indicationAbilities(authorValidator, { consultantUserId: 'u1', status: 'submitted' }).review).toBe(
      false,
    );
  });
});
