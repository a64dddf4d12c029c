import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSION_KEYS } from '../profiles/dimensions';
import { deriveJobProfile, type TaskDemands } from './jobs.profile';

const task = (id: string, hoursPerWeek: number, demands: Record<string, number>): TaskDemands => ({
  id,
  name: `Taak ${id}`,
  hoursPerWeek,
  demands: new Map(Object.entries(demands)),
});

describe('job profile derivation', () => {
  it('should demand per dimension the maximum over the tasks, with the demanding tasks and their share of the hours', () => {
    const profile = deriveJobProfile(
      [
        task('a', 30, { standing: 2, fine_hand_use: 3 }),
        task('b', 6, { lifting: 4, standing: 3 }),
        task('c', 2, { customer_contact: 1, standing: 0 }),
      ],
      ['lifting'],
    );
    expect(profile.taskHoursPerWeek).toBe(38);
    expect(profile.dimensions.map((d) => [d.dimension, d.level])).toEqual([
      ['lifting', 4],
      ['standing', 3],
      ['fine_hand_use', 3],
      ['customer_contact', 1],
    ]);
    const lifting = profile.dimensions[0]!;
    expect(lifting).toEqual({
      dimension: 'lifting',
      level: 4,
      isEssential: true,
      demandingHoursPerWeek: 6,
      hoursShare: 0.16,
      tasks: [{ id: 'b', name: 'Taak b', level: 4, hoursPerWeek: 6 }],
    });
    const standing = profile.dimensions[1]!;
    expect(standing).toMatchObject({ isEssential: false, demandingHoursPerWeek: 36, hoursShare: 0.95 });
    expect(standing.tasks.map((t) => [t.id, t.level])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('should leave out dimensions no task demands, and give an empty profile without tasks', () => {
    expect(deriveJobProfile([task('a', 10, { noise: 0 })]).dimensions).toEqual([]);
    expect(deriveJobProfile([])).toEqual({ taskHoursPerWeek: 0, dimensions: [] });
  });

  it('should lower the demand when the most demanding task is carved out (the point of job carving)', () => {
    const full = deriveJobProfile([task('a', 20, { lifting: 1 }), task('b', 5, { lifting: 4 })]);
    const carved = deriveJobProfile([task('a', 20, { lifting: 1 })]);
    expect(full.dimensions[0]!.level).toBe(4);
    expect(carved.dimensions[0]!.level).toBe(1);
  });

  it('should never demand less than any task, nor more than the most demanding one', () => {
    const levels = fc.integer({ min: 0, max: 4 });
    const demands = fc.dictionary(fc.constantFrom(...DIMENSION_KEYS), levels);
    const tasks = fc.array(fc.record({ hours: fc.integer({ min: 1, max: 40 }), demands }), { maxLength: 6 });
    fc.assert(
      fc.property(tasks, (specs) => {
        const input = specs.map((s, i) => task(String(i), s.hours, s.demands));
        const profile = deriveJobProfile(input);
        for (const d of profile.dimensions) {
          const max = Math.max(...input.map((t) => t.demands.get(d.dimension) ?? 0));
          expect(d.level).toBe(max);
          expect(d.hoursShare).toBeGreaterThan(0);
          expect(d.hoursShare).toBeLessThanOrEqual(1);
        }
        const demanded = new Set(
          input.flatMap((t) => [...t.demands].filter(([, l]) => l > 0).map(([k]) => k)),
        );
        expect(profile.dimensions.map((d) => d.dimension).sort()).toEqual([...demanded].sort());
      }),
    );
  });
});
