/**
 * Plain Dutch (B1) for participant pages: sentences of at most MAX_WORDS_PER_SENTENCE words and none of the
 * professionals' jargon. Checked on the catalogue (plain-language.test.ts) and on the rendered participant pages
 * in the browser tests.
 */
export const MAX_WORDS_PER_SENTENCE = 15;
export const JARGON = [
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
  'criterium',
  'criteria',
  'beslisregel',
  'motivering',
  'afwijking',
  'aftekening',
  'evidentie',
];

/** The sentences that are too long and the jargon words found in a text. */
export function plainLanguageIssues(text: string): { longSentences: string[]; jargon: string[] } {
  const longSentences = text
    .split(/[.!?]\s+|\n+/)
    .map((s) => s.trim())
    .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > MAX_WORDS_PER_SENTENCE);
  const jargon = JARGON.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
  return { longSentences, jargon };
}
