import { describe, expect, it } from 'vitest';
import { addToDate, daysBetween } from './dates';

describe(addToDate.name, () => {
  it('should move by days across months and years', () => {
    expect(addToDate('2026-12-30', { days: 5 })).toBe('2027-01-04');
    expect(addToDate('2026-03-01', { days: -1 })).toBe('2026-02-28');
  });

  it('should stay within the target month when the day does not exist there', () => {
    expect(addToDate('2026-03-31', { months: -1 })).toBe('2026-02-28');
    expect(addToDate('2028-03-31', { months: -1 })).toBe('2028-02-29');
    expect(addToDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(addToDate('2026-08-31', { months: 24 })).toBe('2028-08-31');
    expect(addToDate('2026-11-29', { months: -12 })).toBe('2025-11-29');
  });

  it('should count whole days between dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});
