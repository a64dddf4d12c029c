import { describe, expect, it } from 'vitest';
import { type JobInput, jobsFrom, type PersonInput, personsFrom } from './builders';
import { buildSupports } from './model';
import { emptyExplanation, scorePair } from './score';

const GENT = { lat: 51.0543, lon: 3.7174 };
const supports = buildSupports([{ key: 'lift', name: 'Tilhulp', dimensions: ['lifting'] }]);

const person = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  id: 'p',
  ...GENT,
  capability: { lifting: 4, standing: 4 },
  hoursPerWeek: 30,
  shifts: ['day', 'early'],
  dutchLevel: 'B2',
  modes: ['car'],
  advice: 'regular_work',
  interests: ['9112'],
  ...overrides,
});

const job = (overrides: Partial<JobInput> = {}): JobInput => ({
  id: 'j',
  ...GENT,
  demand: { lifting: 3, standing: 3 },
  hoursPerWeek: 30,
  shifts: ['day'],
  dutchLevel: 'A2',
  kind: 'regular_vacancy',
  isco: '9112',
  ...overrides,
});

function score(p: PersonInput, j: JobInput) {
  const explain = emptyExplanation();
  const value = scorePair(personsFrom([p]), jobsFrom([j]), supports, 0, 0, explain);
  return { value, explain };
}

describe(scorePair.name, () => {
  it('should give 100 to a person who meets every demand, close by, in a wished occupation', () => {
    const { value, explain } = score(person(), job());
    expect(value).toBe(100);
    expect(explain.parts).toEqual({ profile: 1, interest: 1, commute: 1, hours: 1, dutch: 1, schedule: 1 });
  });

  it('should weigh an open gap fully: lifting 3 demanded, 1 able → profile 1 − 2/6', () => {
    const { value, explain } = score(person({ capability: { lifting: 1, standing: 4 } }), job());
    // Demand sum 3 + 3 = 6, penalty 2: profile 0.667 → 40 × 0.667 + 60.
    expect(value).toBeCloseTo(40 * (1 - 2 / 6) + 60, 5);
    expect(explain.dimensions.find((d) => d.dimension === 'lifting')).toMatchObject({
      demand: 3,
      capability: 1,
      gap: 2,
      closedBy: null,
    });
  });

  it('should count a gap an offered adaptation closes at half, and name the adaptation', () => {
    const { value, explain } = score(
      person({ capability: { lifting: 1, standing: 4 } }),
      job({ offers: ['adaptPhysical'] }),
    );
    expect(value).toBeCloseTo(40 * (1 - 1 / 6) + 60, 5);
    expect(explain.dimensions.find((d) => d.dimension === 'lifting')).toMatchObject({
      closedBy: 'adaptPhysical',
      adaptations: [{ key: 'lift', name: 'Tilhulp' }],
    });
  });

  it('should exclude a gap of two on an essential dimension unless a support closes it', () => {
    const p = person({ capability: { lifting: 1, standing: 4 } });
    const excluded = score(p, job({ essential: ['lifting'] }));
    expect(excluded.value).toBe(-1);
    expect(excluded.explain.excluded).toEqual(['essential_gap']);
    expect(score(p, job({ essential: ['lifting'], offers: ['adaptPhysical'] })).value).toBeGreaterThan(0);
    // A gap of one on an essential dimension does not exclude.
    expect(
      score(person({ capability: { lifting: 2, standing: 4 } }), job({ essential: ['lifting'] })).value,
    ).toBeGreaterThan(0);
  });

  it('should exclude a job kind the advice does not allow, and a person without advice from CMW and AMA', () => {
    expect(score(person({ advice: 'ama' }), job()).explain.excluded).toEqual(['advice_incompatible']);
    expect(score(person({ advice: 'ama' }), job({ kind: 'ama_activity' })).value).toBeGreaterThan(0);
    expect(score(person({ advice: null }), job({ kind: 'cmw_workplace' })).value).toBe(-1);
    expect(score(person({ advice: 'care_first' }), job()).value).toBe(-1);
  });

  it('should exclude a commute beyond the maximum and lower the commute part with the travel time', () => {
    // Aalst is about 24 km (straight) from Gent: 31 road km, 39 minutes by car.
    const aalst = { lat: 50.9378, lon: 4.0403 };
    const far = score(person({ maxCommuteKm: 20 }), job(aalst));
    expect(far.value).toBe(-1);
    expect(far.explain.excluded).toEqual(['commute_too_far']);
    const ok = score(person({ maxCommuteMinutes: 60 }), job(aalst));
    expect(ok.explain.commute.mode).toBe('car');
    const expected = 1 - (ok.explain.commute.minutes - 15) / 45;
    expect(ok.explain.parts.commute).toBeCloseTo(expected, 1);
    expect(score(person({ modes: ['public_transport'], maxCommuteMinutes: 45 }), job(aalst)).value).toBe(-1);
  });

  it('should score hours, Dutch and schedule by their documented rules', () => {
    expect(score(person({ hoursPerWeek: 20 }), job()).explain.parts.hours).toBe(0.5);
    expect(score(person({ hoursPerWeek: null }), job()).explain.parts.hours).toBe(0.7);
    const short = person({ dutchLevel: 'A2' });
    expect(score(short, job({ dutchLevel: 'B1' })).explain.parts.dutch).toBe(0.3);
    expect(score(short, job({ dutchLevel: 'B1', isDutchWaivable: true })).explain.parts.dutch).toBe(0.7);
    expect(score(short, job({ dutchLevel: 'B2' })).explain.parts.dutch).toBe(0);
    expect(
      score(person({ shifts: ['early'] }), job({ shifts: ['early', 'late'] })).explain.parts.schedule,
    ).toBe(0.5);
  });

  it('should match occupations by shared ISCO digits, a wished group fully', () => {
    const interest = (wishes: string[]) => score(person({ interests: wishes }), job()).explain.parts.interest;
    expect(interest(['9112'])).toBe(1);
    expect(interest(['91'])).toBe(1);
    expect(interest(['9111'])).toBe(0.6);
    expect(interest(['9121'])).toBe(0.3);
    expect(interest(['8111'])).toBe(0);
    expect(interest([])).toBe(0.4);
  });

  it('should count a capability that was not assessed as a quarter of the demand', () => {
    const { explain } = score(person({ capability: { standing: 4 } }), job());
    // Lifting (demand 3) not assessed: penalty 0.75 of a demand sum of 6.
    expect(explain.parts.profile).toBeCloseTo(1 - 0.75 / 6, 3);
    expect(explain.dimensions.find((d) => d.dimension === 'lifting')?.capability).toBeNull();
  });
});
