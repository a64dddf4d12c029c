import { describe, expect, it } from 'vitest';
import { MatchingIndex } from './matching-index';
import { buildSupports } from './model';
import { scorePair } from './score';
import { flemishPlaces, syntheticJobs, syntheticPersons } from './synthetic';

describe(MatchingIndex.name, () => {
  const places = flemishPlaces();
  const persons = syntheticPersons(3000, 11, places);
  const jobs = syntheticJobs(1500, 12, places);
  const supports = buildSupports([{ key: 'lift', name: 'Tilhulp', dimensions: ['lifting', 'carrying'] }]);
  const sut = new MatchingIndex(persons, jobs, supports);

  /** Every score above the k-th best must be found, and the k best scores must be the same. */
  function expectSameTop(
    found: { index: number; score: number }[],
    all: { index: number; score: number }[],
    k: number,
  ) {
    const best = all.sort((a, b) => b.score - a.score).slice(0, k);
    expect(found.map((h) => h.score)).toEqual(best.map((h) => h.score));
    const kth = best.at(-1)?.score ?? -1;
    expect(new Set(found.filter((h) => h.score > kth).map((h) => h.index))).toEqual(
      new Set(best.filter((h) => h.score > kth).map((h) => h.index)),
    );
  }

  it('should find the same top 20 jobs as scoring every job, for many persons', () => {
    for (let i = 0; i < persons.count; i += 97) {
      const all = [];
      for (let j = 0; j < jobs.count; j++) {
        const score = scorePair(persons, jobs, supports, i, j);
        if (score >= 0) {
          all.push({ index: j, score });
        }
      }
      expectSameTop(sut.topJobs(i, 20), all, 20);
    }
  });

  it('should find the same top 20 persons as scoring every person, for many jobs', () => {
    for (let j = 0; j < jobs.count; j += 53) {
      const all = [];
      for (let i = 0; i < persons.count; i++) {
        const score = scorePair(persons, jobs, supports, i, j);
        if (score >= 0) {
          all.push({ index: i, score });
        }
      }
      expectSameTop(sut.topPersons(j, 20), all, 20);
    }
  });

  it('should leave out what the filter refuses (a withdrawn consent)', () => {
    const j = 7;
    const first = sut.topPersons(j, 5);
    const refused = new Set(first.map((h) => h.index));
    const again = sut.topPersons(j, 5, (i) => !refused.has(i));
    expect(again.some((h) => refused.has(h.index))).toBe(false);
  });
});
