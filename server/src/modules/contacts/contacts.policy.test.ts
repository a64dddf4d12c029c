import { describe, expect, it } from 'vitest';
import { isUncoordinatedContact } from './contacts.policy';

describe('contacts policy', () => {
  it('should flag only contacts outside the owner and the joint actions', () => {
    expect(isUncoordinatedContact('uncoordinated')).toBe(true);
    expect(isUncoordinatedContact('owner')).toBe(false);
    expect(isUncoordinatedContact('joint')).toBe(false);
    // Nobody holds the account yet: nothing to coordinate with, so nothing to flag.
    expect(isUncoordinatedContact('unowned')).toBe(false);
  });
});
