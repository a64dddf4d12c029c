import { describe, expect, it } from 'vitest';
import { nlBE } from './nl-BE';

/**
 * Pages written for participants use plain Dutch (B1): short sentences and none of the professionals' jargon.
 * The participant reads these texts without a coach beside them.
 */
const PARTICIPANT_TEXTS = {
  myIndication: nlBE.myIndication,
  myProposals: nlBE.myProposals,
  surveyAnswer: nlBE.quality.answer,
};
const MAX_WORDS_PER_SENTENCE = 15;
const JARGON = [
  'icf',
  'indicering',
  'kwalificatie',
  'validatie',
  'gevalideerd',
  'maatregel',
  'dimensie',
  'capaciteitenprofiel',
  'arbeidsmatig',
  'doorstroom',
  'traject',
  'imw',
  'cmw',
  'ama',
  'gtb',
];

function texts(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') {
    return [[prefix, value]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    texts(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('participant pages in plain language', () => {
  const all = texts(PARTICIPANT_TEXTS);

  it('should keep every sentence short', () => {
    const long = all.flatMap(([key, text]) =>
      text
        .split(/[.!?]\s+/)
        .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > MAX_WORDS_PER_SENTENCE)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('should use none of the jargon words', () => {
    const found = all.flatMap(([key, text]) =>
      JARGON.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text)).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});
