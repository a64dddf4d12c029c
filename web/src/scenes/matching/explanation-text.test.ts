import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchExplanation } from '../../api/types';
import { en } from '../../i18n/en';
import { nlBE } from '../../i18n/nl-BE';
import {
  dimensionNote,
  exclusionSentences,
  isOverridable,
  PARTS,
  partPoints,
  partSentences,
  plainReasons,
} from './explanation-text';

async function translator(lng: 'nl-BE' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'nl-BE': { translation: nlBE }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const WEIGHTS = { profile: 40, interest: 20, commute: 15, hours: 10, dutch: 10, schedule: 5 };

/** An explanation as the server sends it, with a lifting gap a lifting aid bridges and a mentor for the rest. */
function explanation(changes: Partial<MatchExplanation> = {}): MatchExplanation {
  return {
    score: 92.5,
    isExcluded: false,
    excluded: [],
    parts: { profile: 0.907, interest: 1, commute: 0.75, hours: 1, dutch: 1, schedule: 1 },
    weights: WEIGHTS,
    dimensions: [
      {
        dimension: 'lifting',
        label: 'Tillen',
        demand: 2,
        capability: 1,
        gap: 1,
        closedBy: 'adaptPhysical',
        adaptations: [{ key: 'lifting_aid', name: 'Tilhulp (vacuümheffer, hefwagen)' }],
        isEssential: false,
      },
      {
        dimension: 'working_independently',
        label: 'Zelfstandig werken',
        demand: 4,
        capability: 3,
        gap: 1,
        closedBy: 'mentor',
        adaptations: [],
        isEssential: false,
      },
      {
        dimension: 'reading',
        label: 'Lezen',
        demand: 3,
        capability: 4,
        gap: 0,
        closedBy: null,
        adaptations: [],
        isEssential: true,
      },
      {
        dimension: 'calculating',
        label: 'Rekenen',
        demand: 2,
        capability: null,
        gap: 0,
        closedBy: null,
        adaptations: [],
        isEssential: false,
      },
    ],
    profileSummary: { gaps: 0, closable: 2, notAssessed: 1 },
    commute: { km: 8.4, minutes: 21, mode: 'public_transport', maxMinutes: 45, maxKm: null },
    hours: { job: 30, person: 30 },
    dutch: { required: 'A2', person: 'B1', isWaivable: false },
    interest: { level: 4 },
    schedule: { jobShifts: ['day'], personShifts: ['day', 'early'] },
    ...changes,
  };
}

describe(partSentences.name, () => {
  it('should put every part of the score in a sentence a coach understands', async () => {
    const t = await translator('nl-BE');
    const s = partSentences(t, explanation(), 'nl-BE');
    expect(s.commute).toBe('Woont op 21 minuten met het openbaar vervoer, 8,4 km (maximum 45 minuten).');
    expect(s.hours).toBe('Wil 30 uur werken; de job is 30 uur.');
    expect(s.dutch).toBe('Nederlands B1, gevraagd A2.');
    expect(s.interest).toBe('Gewenst beroep.');
    expect(s.schedule).toBe('De job werkt in dagwerk; de persoon aanvaardt dagwerk, vroege ploeg.');
    expect(s.profile).toBe(
      '2 verschillen te overbruggen met ondersteuning, 1 vereiste niet beoordeeld in het profiel.',
    );
  });

  it('should say what is unknown, a related occupation, a waivable level and a maximum distance', async () => {
    const t = await translator('nl-BE');
    const s = partSentences(
      t,
      explanation({
        parts: { profile: 1, interest: 0.6, commute: 1, hours: 0.7, dutch: 0.7, schedule: 0.7 },
        profileSummary: { gaps: 1, closable: 0, notAssessed: 0 },
        commute: { km: 12.3, minutes: 17, mode: 'car', maxMinutes: 45, maxKm: 35 },
        hours: { job: 37.5, person: null },
        dutch: { required: 'B1', person: 'A2', isWaivable: true },
        interest: { level: 3 },
        schedule: { jobShifts: ['day'], personShifts: [] },
      }),
      'nl-BE',
    );
    expect(s.interest).toBe('Verwant beroep (zelfde subgroep).');
    expect(s.commute).toBe('Woont op 17 minuten met de auto, 12,3 km (maximum 45 minuten en 35 km).');
    expect(s.hours).toBe('Gewenste uren niet bekend; de job is 37,5 uur.');
    expect(s.dutch).toBe(
      'Nederlands A2, gevraagd B1. De werkgever vangt een lager niveau op met ondersteuning.',
    );
    expect(s.schedule).toBe('Welke uurroosters de persoon aanvaardt, is niet bekend.');
    expect(s.profile).toBe('1 vereiste boven wat de persoon kan.');
  });

  it('should word every part in English too, without a translation key left', async () => {
    const t = await translator('en');
    const s = partSentences(t, explanation({ interest: { level: -1 } }), 'en');
    expect(s.hours).toBe('Wants to work 30 hours; the job is 30 hours.');
    expect(s.interest).toBe('No occupation wishes stated.');
    for (const part of PARTS) {
      expect(s[part]).not.toMatch(/matching\.\w|\{\{/);
    }
  });

  it('should give each part its points: the weight times the part', () => {
    const e = explanation();
    expect(partPoints(e, 'profile')).toBe(36.3);
    expect(partPoints(e, 'commute')).toBe(11.3);
    expect(PARTS.reduce((sum, part) => sum + partPoints(e, part), 0)).toBeCloseTo(e.score, 0);
  });
});

describe(exclusionSentences.name, () => {
  it('should say why not for every exclusion, naming the essential dimension and the commute', async () => {
    const t = await translator('nl-BE');
    const e = explanation({
      isExcluded: true,
      score: 0,
      excluded: [
        'no_pool_consent',
        'job_not_open',
        'declined_before',
        'advice_incompatible',
        'commute_too_far',
        'essential_gap',
      ],
      commute: { km: 46.1, minutes: 57, mode: 'car', maxMinutes: 45, maxKm: null },
      dimensions: [
        {
          dimension: 'lifting',
          label: 'Tillen',
          demand: 4,
          capability: 1,
          gap: 3,
          closedBy: null,
          adaptations: [],
          isEssential: true,
        },
      ],
    });
    const sentences = exclusionSentences(t, e, 'nl-BE', 'ama_activity');
    expect(sentences.map((s) => s.reason)).toEqual(e.excluded);
    const text = Object.fromEntries(sentences.map((s) => [s.reason, s.text]));
    expect(text.advice_incompatible).toBe(
      'Het advies van de indicering laat dit soort job niet toe: Arbeidszorg (AMA).',
    );
    expect(text.commute_too_far).toBe('Te ver: 57 minuten met de auto, 46,1 km; het maximum is 45 minuten.');
    expect(text.essential_gap).toContain(': Tillen.');
    for (const s of sentences) {
      expect(s.text).not.toMatch(/matching\.\w|\{\{/);
    }
    // Consent and a closed job cannot be overridden; the engine's constraints alone can.
    expect(isOverridable(e)).toBe(false);
    expect(isOverridable(explanation({ excluded: ['commute_too_far', 'essential_gap'] }))).toBe(true);
    expect(isOverridable(explanation())).toBe(false);
  });

  it('should word every exclusion without the dimensions when the profile may not be shown', async () => {
    const t = await translator('en');
    const [line] = exclusionSentences(
      t,
      explanation({ excluded: ['essential_gap'], dimensions: null }),
      'en',
    );
    expect(line!.text).toBe(
      'A demand the employer marks essential is two or more levels above what the person can do, and no support bridges it.',
    );
  });
});

describe(dimensionNote.name, () => {
  it('should name the adaptation or support that bridges a gap, and mark what excludes', async () => {
    const t = await translator('nl-BE');
    const [lifting, independent, reading, calculating] = explanation().dimensions!;
    expect(dimensionNote(t, lifting!)).toBe('Te overbruggen met tilhulp (vacuümheffer, hefwagen)');
    expect(dimensionNote(t, independent!)).toBe('Te overbruggen met een mentor');
    expect(dimensionNote(t, reading!)).toBe('Gehaald');
    expect(dimensionNote(t, calculating!)).toBe('Niet beoordeeld');
    expect(dimensionNote(t, { ...lifting!, closedBy: null, adaptations: [], gap: 1 })).toBe(
      'Open verschil van 1 niveau',
    );
    expect(
      dimensionNote(t, { ...lifting!, closedBy: null, adaptations: [], gap: 2, isEssential: true }),
    ).toBe('Open verschil op een essentiële vereiste: sluit de job uit');
  });
});

describe(plainReasons.name, () => {
  it('should tell the participant why a job suits them in short sentences, without numbers about health', async () => {
    const t = await translator('nl-BE');
    const e = explanation({
      profileSummary: { gaps: 1, closable: 2, notAssessed: 1 },
      hours: { job: 24, person: 30 },
    });
    const { fits, goodToKnow } = plainReasons(t, e, 'nl-BE');
    expect(fits).toEqual([
      'Dit is werk dat je graag wil doen.',
      'Je bent er in ongeveer 21 minuten met de bus of de trein.',
      'Je Nederlands is goed genoeg voor deze job.',
      'De werkuren passen bij wanneer je kan werken.',
    ]);
    expect(goodToKnow).toEqual([
      'Deze job is 24 uur per week. Jij wil 30 uur werken.',
      'Een collega helpt je op het werk.',
      'De werkgever past je werkplek aan.',
      'Sommige taken kunnen moeilijk zijn. Praat erover met je jobcoach.',
    ]);
    const all = [...fits, ...goodToKnow];
    // Never a dimension, a level or a count of gaps: only minutes and hours are numbers here.
    for (const text of all) {
      expect(text).not.toMatch(/Tillen|Zelfstandig|Lezen|Rekenen|niveau|verschil/i);
      for (const sentence of text.split(/[.!?]\s*/).filter(Boolean)) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(15);
      }
    }
    expect(all.join(' ').match(/\d+/g)).toEqual(['21', '24', '30']);
  });

  it('should say the work suits them when nothing is left open, and speak English too', async () => {
    const t = await translator('en');
    const { fits } = plainReasons(
      t,
      explanation({ profileSummary: { gaps: 0, closable: 0, notAssessed: 0 } }),
      'en',
    );
    expect(fits).toContain('The work suits what you do well.');
    expect(fits).toContain('The hours suit what you want: 30 hours a week.');
  });
});
