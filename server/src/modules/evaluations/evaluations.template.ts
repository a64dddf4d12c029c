/**
 * What an evaluation template is (the schema its versions are checked against) and the default template the
 * network starts with (version 1). Scores are 1–4 on every shipped criterion; higher always means "closer to
 * moving on" (for support needed: less support needed).
 */
import { z } from 'zod';
import { EVIDENCE_KINDS } from '../../db/schema';
import { DecisionRule, unknownRuleReferences } from './evaluations.rule';

const Key = z.string().regex(/^[a-z][a-z0-9_]*$/);
const Text = z.object({ nl: z.string().trim().min(1).max(600), en: z.string().trim().min(1).max(600) });

export const THEMES = [
  'work_skills',
  'work_attitude',
  'functioning_change',
  'support_needed',
  'readiness_wish',
  'labour_market',
] as const;

export const ScaleLevel = z.object({
  value: z.number().int().min(0).max(10),
  label: Text,
  description: Text,
});

export const Criterion = z.object({
  key: Key,
  theme: Key,
  name: Text,
  /** The name the participant reads in their summary: plain language (B1), no jargon. */
  plainName: Text.optional(),
  question: Text,
  /** Every level is described (an anchored scale); values ascend without gaps. */
  levels: z.array(ScaleLevel).min(2).max(10),
  /** At least one of these kinds of evidence is required with a score, with a note; empty: none required. */
  requiredEvidence: z.array(z.enum(EVIDENCE_KINDS)).default([]),
});
export type Criterion = z.infer<typeof Criterion>;

export const TemplateDefinition = z
  .object({
    themes: z.array(z.object({ key: Key, name: Text })).min(1),
    criteria: z.array(Criterion).min(1),
    rule: DecisionRule,
  })
  .superRefine((d, ctx) => {
    const themes = d.themes.map((t) => t.key);
    const keys = d.criteria.map((c) => c.key);
    if (new Set(themes).size !== themes.length) {
      ctx.addIssue({ code: 'custom', path: ['themes'], message: 'duplicate theme' });
    }
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'duplicate criterion' });
    }
    d.criteria.forEach((c, i) => {
      if (!themes.includes(c.theme)) {
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'theme'], message: `unknown theme ${c.theme}` });
      }
      const values = c.levels.map((l) => l.value);
      if (values.some((v, k) => k > 0 && v !== values[k - 1]! + 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'levels'],
          message: 'levels must ascend by one',
        });
      }
    });
    for (const bad of unknownRuleReferences(d.rule, themes, keys)) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: `unknown theme or criterion ${bad}` });
    }
  });
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;

const lv = (value: number, nl: string, en: string, dnl: string, den: string) => ({
  value,
  label: { nl, en },
  description: { nl: dnl, en: den },
});

/** The anchored labels shared by the shipped criteria; each criterion describes its own levels. */
const L = {
  1: ['Nog niet', 'Not yet'],
  2: ['Deels', 'Partly'],
  3: ['Grotendeels', 'Mostly'],
  4: ['Volledig', 'Fully'],
} as const;
const levels = (d: [string, string][]) =>
  d.map(([nl, en], i) => lv(i + 1, L[(i + 1) as 1 | 2 | 3 | 4][0], L[(i + 1) as 1 | 2 | 3 | 4][1], nl, en));

export const DEFAULT_TEMPLATE: { name: { nl: string; en: string }; definition: TemplateDefinition } = {
  name: { nl: 'Uniforme doorstroomevaluatie', en: 'Uniform transition evaluation' },
  definition: {
    themes: [
      { key: 'work_skills', name: { nl: 'Werkvaardigheden', en: 'Work skills' } },
      { key: 'work_attitude', name: { nl: 'Arbeidsattitude', en: 'Work attitude' } },
      {
        key: 'functioning_change',
        name: { nl: 'Verandering in het functioneringsprofiel', en: 'Change in the functioning profile' },
      },
      { key: 'support_needed', name: { nl: 'Nodige ondersteuning', en: 'Support needed' } },
      {
        key: 'readiness_wish',
        name: { nl: 'Bereidheid en wens van de deelnemer', en: 'Readiness and wish of the participant' },
      },
      { key: 'labour_market', name: { nl: 'Mogelijkheden op de arbeidsmarkt', en: 'Labour-market options' } },
    ],
    criteria: [
      {
        key: 'task_execution',
        theme: 'work_skills',
        name: { nl: 'Taken uitvoeren', en: 'Carrying out tasks' },
        plainName: { nl: 'Je taken goed doen', en: 'Doing your tasks well' },
        question: {
          nl: 'Voert de deelnemer de kerntaken van de job zelfstandig en correct uit?',
          en: "Does the participant carry out the job's core tasks independently and correctly?",
        },
        levels: levels([
          [
            'Voert kerntaken enkel uit met voortdurende sturing.',
            'Carries out core tasks only with constant guidance.',
          ],
          [
            'Voert vertrouwde taken zelf uit; nieuwe taken vragen veel uitleg.',
            'Carries out familiar tasks alone; new tasks need much explanation.',
          ],
          [
            'Voert de meeste taken zelfstandig uit; af en toe een controle nodig.',
            'Carries out most tasks independently; an occasional check is needed.',
          ],
          [
            'Voert alle kerntaken zelfstandig en correct uit, ook onder wisselende omstandigheden.',
            'Carries out all core tasks independently and correctly, also when circumstances change.',
          ],
        ]),
        requiredEvidence: ['observation', 'mentor_feedback', 'work_sample', 'internship_evaluation'],
      },
      {
        key: 'pace_and_quality',
        theme: 'work_skills',
        name: { nl: 'Tempo en kwaliteit', en: 'Pace and quality' },
        plainName: { nl: 'Snel en goed werken', en: 'Working fast and well' },
        question: {
          nl: 'Haalt de deelnemer het tempo en de kwaliteit die een reguliere werkgever verwacht?',
          en: 'Does the participant reach the pace and quality a regular employer expects?',
        },
        levels: levels([
          ['Tempo en kwaliteit liggen ver onder de norm.', 'Pace and quality are far below the norm.'],
          [
            'Haalt de kwaliteit, maar het tempo ligt duidelijk lager.',
            'Reaches the quality, but the pace is clearly lower.',
          ],
          ['Benadert de norm; kleine schommelingen.', 'Comes close to the norm; small variations.'],
          [
            'Haalt de norm van een reguliere werkplek stabiel.',
            'Reaches the norm of a regular workplace steadily.',
          ],
        ]),
        requiredEvidence: ['observation', 'mentor_feedback', 'work_sample'],
      },
      {
        key: 'reliability',
        theme: 'work_attitude',
        name: { nl: 'Stiptheid en betrouwbaarheid', en: 'Punctuality and reliability' },
        plainName: { nl: 'Op tijd komen en afspraken nakomen', en: 'Being on time and keeping agreements' },
        question: {
          nl: 'Komt de deelnemer afspraken na (aanwezigheid, op tijd, verwittigen)?',
          en: 'Does the participant keep agreements (attendance, on time, giving notice)?',
        },
        levels: levels([
          ['Vaak afwezig of te laat zonder te verwittigen.', 'Often absent or late without giving notice.'],
          ['Soms afwezig of te laat; verwittigt meestal.', 'Sometimes absent or late; usually gives notice.'],
          ['Zelden afwezig; verwittigt altijd.', 'Rarely absent; always gives notice.'],
          [
            'Altijd aanwezig en op tijd over een periode van minstens drie maanden.',
            'Always present and on time over at least three months.',
          ],
        ]),
        requiredEvidence: ['observation', 'coaching_log', 'mentor_feedback'],
      },
      {
        key: 'cooperation',
        theme: 'work_attitude',
        name: { nl: 'Samenwerken en feedback', en: 'Cooperation and feedback' },
        plainName: { nl: 'Samenwerken met collega’s', en: 'Working with colleagues' },
        question: {
          nl: 'Werkt de deelnemer vlot samen en gaat hij of zij om met feedback?',
          en: 'Does the participant cooperate well and deal with feedback?',
        },
        levels: levels([
          [
            'Conflicten of terugtrekken; feedback wordt niet aanvaard.',
            'Conflicts or withdrawal; feedback is not accepted.',
          ],
          [
            'Werkt samen met vertrouwde collega’s; feedback vraagt begeleiding.',
            'Cooperates with familiar colleagues; feedback needs guidance.',
          ],
          [
            'Werkt met de meeste collega’s vlot samen; past feedback toe.',
            'Cooperates well with most colleagues; applies feedback.',
          ],
          [
            'Werkt met iedereen samen, vraagt zelf feedback en past die toe.',
            'Cooperates with everyone, asks for feedback and applies it.',
          ],
        ]),
        requiredEvidence: ['observation', 'mentor_feedback'],
      },
      {
        key: 'functioning_progress',
        theme: 'functioning_change',
        name: {
          nl: 'Evolutie van het functioneren (ICF/capaciteitenprofiel)',
          en: 'Change in functioning (ICF/capability profile)',
        },
        plainName: { nl: 'Hoe het met je gaat op het werk', en: 'How you are doing at work' },
        question: {
          nl: 'Hoe evolueerde het functioneren sinds de indicering of de vorige evaluatie?',
          en: 'How did functioning change since the indication or the previous evaluation?',
        },
        levels: levels([
          ['Het functioneren ging duidelijk achteruit.', 'Functioning clearly declined.'],
          ['Het functioneren bleef gelijk.', 'Functioning stayed the same.'],
          ['Vooruitgang op enkele werkrelevante domeinen.', 'Progress on some work-relevant domains.'],
          [
            'Duidelijke vooruitgang op de meeste werkrelevante domeinen.',
            'Clear progress on most work-relevant domains.',
          ],
        ]),
        requiredEvidence: ['indication', 'observation', 'test'],
      },
      {
        key: 'support_intensity',
        theme: 'support_needed',
        name: { nl: 'Nodige begeleiding op de werkvloer', en: 'Guidance needed on the work floor' },
        plainName: { nl: 'Zelfstandig werken', en: 'Working on your own' },
        question: {
          nl: 'Hoeveel begeleiding heeft de deelnemer nog nodig om goed te functioneren?',
          en: 'How much guidance does the participant still need to function well?',
        },
        levels: levels([
          ['Dagelijks intensieve begeleiding nodig.', 'Needs intensive guidance every day.'],
          [
            'Wekelijkse begeleiding en aangepaste taken blijvend nodig.',
            'Needs weekly guidance and adapted tasks for good.',
          ],
          [
            'Af en toe begeleiding; een mentor bij een werkgever volstaat.',
            'Occasional guidance; a mentor at an employer is enough.',
          ],
          ['Geen bijzondere begeleiding meer nodig.', 'No special guidance needed any more.'],
        ]),
        requiredEvidence: ['observation', 'coaching_log', 'mentor_feedback'],
      },
      {
        key: 'participant_readiness',
        theme: 'readiness_wish',
        name: { nl: 'Wens en bereidheid om door te stromen', en: 'Wish and readiness to move on' },
        plainName: { nl: 'Zin om een stap te zetten', en: 'Wanting to take a step' },
        question: {
          nl: 'Wil de deelnemer zelf de stap zetten, en voelt hij of zij zich er klaar voor?',
          en: 'Does the participant want to take the step, and do they feel ready for it?',
        },
        levels: levels([
          ['Wil niet doorstromen.', 'Does not want to move on.'],
          ['Twijfelt; ziet vooral risico’s.', 'Doubts; mainly sees risks.'],
          ['Wil doorstromen met de juiste ondersteuning.', 'Wants to move on with the right support.'],
          ['Wil doorstromen en neemt zelf initiatief.', 'Wants to move on and takes initiative.'],
        ]),
        requiredEvidence: ['participant_statement'],
      },
      {
        key: 'market_options',
        theme: 'labour_market',
        name: { nl: 'Passende vacatures of jobs', en: 'Suitable vacancies or jobs' },
        plainName: { nl: 'Jobs die bij je passen', en: 'Jobs that suit you' },
        question: {
          nl: 'Zijn er in de regio jobs die passen bij het profiel, de mobiliteit en de uren van de deelnemer?',
          en: "Are there jobs in the region that fit the participant's profile, mobility and hours?",
        },
        levels: levels([
          ['Geen passende jobs gevonden.', 'No suitable jobs found.'],
          ['Enkel met grote aanpassingen of jobcarving.', 'Only with large adaptations or job carving.'],
          ['Enkele passende jobs, mits kleine aanpassingen.', 'Some suitable jobs, with small adaptations.'],
          ['Meerdere passende vacatures beschikbaar.', 'Several suitable vacancies available.'],
        ]),
        requiredEvidence: ['labour_market_scan'],
      },
    ],
    rule: {
      rules: [
        {
          key: 'measure_no_longer_fits',
          outcome: 'other_measure',
          all: [
            { theme: 'work_skills', stat: 'avg', op: 'lt', value: 2 },
            { theme: 'functioning_change', stat: 'min', op: 'lte', value: 1 },
          ],
          any: [],
          explanation: {
            nl: 'Het functioneren ging achteruit en de werkvaardigheden zijn laag: deze maatregel past niet meer.',
            en: 'Functioning declined and work skills are low: this measure no longer fits.',
          },
        },
        {
          key: 'ready_for_regular_work',
          outcome: 'transition',
          all: [
            { theme: 'work_skills', stat: 'avg', op: 'gte', value: 3 },
            { theme: 'work_attitude', stat: 'min', op: 'gte', value: 3 },
            { theme: 'support_needed', stat: 'min', op: 'gte', value: 3 },
            { theme: 'readiness_wish', stat: 'min', op: 'gte', value: 3 },
            { theme: 'labour_market', stat: 'min', op: 'gte', value: 3 },
          ],
          any: [],
          explanation: {
            nl: 'Sterke werkvaardigheden en attitude, weinig begeleiding nodig, de deelnemer wil het en er zijn passende jobs: start een doorstroomtraject.',
            en: 'Strong skills and attitude, little guidance needed, the participant wants it and suitable jobs exist: start a transition trajectory.',
          },
        },
        {
          key: 'regular_work_with_support',
          outcome: 'imw',
          all: [
            { theme: 'work_skills', stat: 'avg', op: 'gte', value: 2.5 },
            { theme: 'work_attitude', stat: 'min', op: 'gte', value: 3 },
            { theme: 'readiness_wish', stat: 'min', op: 'gte', value: 3 },
            { theme: 'labour_market', stat: 'min', op: 'gte', value: 2 },
          ],
          any: [],
          explanation: {
            nl: 'De deelnemer kan en wil bij een reguliere werkgever werken, maar blijft begeleiding nodig hebben: individueel maatwerk.',
            en: 'The participant can and wants to work at a regular employer but keeps needing support: individual tailored work (IMW).',
          },
        },
        {
          key: 'growing',
          outcome: 're_evaluate',
          all: [],
          any: [
            { theme: 'readiness_wish', stat: 'min', op: 'gte', value: 3 },
            { theme: 'functioning_change', stat: 'min', op: 'gte', value: 3 },
          ],
          reEvaluateMonths: 6,
          explanation: {
            nl: 'Er is groei of een duidelijke wens, maar nog niet genoeg om nu over te stappen: opnieuw evalueren over zes maanden.',
            en: 'There is growth or a clear wish, but not enough to move now: evaluate again in six months.',
          },
        },
      ],
      fallback: {
        outcome: 'stay',
        explanation: {
          nl: 'De huidige maatregel past nog het best.',
          en: 'The current measure still fits best.',
        },
      },
    },
  },
};
