/**
 * Demo transition evaluations (issue 7), with the evaluations module's own rule and schedule. For the participants
 * on a measure at the social-economy organisations, their evaluation history since registration, every interval
 * of their measure: decided ones (scores with evidence, the participant's view — mostly entered by the coach with
 * them —, the conversation, the rule's proposal, the decision and a colleague's sign-off), then the schedule plans
 * what is due now, and a share of those is under way. Realistic variation: De Leiewerf deviates from the rule's
 * proposal far more often (it keeps good workers: "stay" instead of moving on), Dendervallei scores stricter, and
 * Scheldeland decides slower. The participant demo account has an evaluation at De Leiewerf with Charlotte Coach
 * that waits for his own view.
 */
import type { Faker } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type {
  DB,
  EvaluationOutcome,
  EvaluationParticipantViewsTable,
  EvaluationScoresTable,
  EvaluationsTable,
  Measure,
  ParticipantWish,
} from '../db/schema';
import { addToDate, brusselsDate, daysBetween } from '../lib/dates';
import { evaluationsRepository } from '../modules/evaluations/evaluations.repository';
import { proposeOutcome } from '../modules/evaluations/evaluations.rule';
import {
  ensureDefaultTemplate,
  loadDefinition,
  planDueEvaluations,
} from '../modules/evaluations/evaluations.service';
import {
  chance,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  organisationId,
  skewedDays,
  staffOf,
} from './demo-context';

interface OrgStyle {
  /** Added to every score: negative is a stricter organisation. */
  shift: number;
  /** How often the decision departs from the rule's proposal. */
  deviation: number;
  /** Median days from the due date to the decision. */
  leadMedian: number;
}

const STYLES: Record<string, OrgStyle> = {
  leiewerf: { shift: 0, deviation: 0.45, leadMedian: 12 },
  dendervallei: { shift: -0.7, deviation: 0.08, leadMedian: 14 },
  scheldeland: { shift: 0.1, deviation: 0.1, leadMedian: 40 },
};

const INTERVAL: Partial<Record<Measure, number>> = {
  cmw: 12,
  imw: 12,
  ama: 12,
  reintegration: 6,
  transition: 6,
};

const RATIONALE: Record<EvaluationOutcome, string[]> = {
  stay: [
    'Je werk gaat goed hier. Je hebt nog steun nodig. Daarom blijf je nu nog.',
    'Je wil zelf hier blijven. Dat is nu ook de beste plek voor jou.',
  ],
  transition: [
    'Je werkt zelfstandig en je komt je afspraken na. Je wil graag verder.',
    'Je doet je taken goed en in een goed tempo. Er zijn jobs die bij jou passen.',
  ],
  imw: [
    'Je kan bij een gewone werkgever werken. Je hebt daar nog wat hulp bij nodig.',
    'Je werkt goed. Met een coach op het werk lukt het bij een gewone werkgever.',
  ],
  other_measure: [
    'Het werk is nu te zwaar voor jou. Een andere vorm van hulp past beter.',
    'Je gezondheid vraagt nu meer rust. We zoeken samen wat beter past.',
  ],
  re_evaluate: [
    'Je bent goed bezig, maar het is nog te vroeg om te kiezen. We kijken later opnieuw.',
    'Je wil graag verder. We oefenen eerst nog een paar dingen. Daarna praten we opnieuw.',
  ],
};

const NEXT_STEPS: Record<EvaluationOutcome, string> = {
  stay: 'Je blijft in je huidige job. Je coach blijft je helpen. Over een jaar praten we opnieuw.',
  transition: 'Je coach zoekt met jou een stageplaats bij een werkgever. Eerst maken we samen een plan.',
  imw: 'We zoeken samen een werkgever. Je krijgt een coach op het werk. Je loon blijft zeker.',
  other_measure: 'Je coach maakt een afspraak met een nieuwe begeleider. Je hoort binnen twee weken meer.',
  re_evaluate: 'Je werkt aan je werkpunten. Je coach helpt je daarbij. Op de nieuwe datum praten we opnieuw.',
};

const DEVIATION_MOTIVATION = [
  'De deelnemer wil nog niet veranderen; de ploeg steunt hem goed en een overstap nu zou het evenwicht breken.',
  'De werkpost is net aangepast; we willen eerst zien of dit stabiel blijft.',
  'Er loopt een gezondheidsonderzoek; we wachten de uitslag af voor we een stap zetten.',
  'De werkgever in de buurt biedt een mentor aan, waardoor meer mogelijk is dan de scores aangeven.',
];

const CONVERSATION = [
  'Samen de scores overlopen. De deelnemer herkent zich in de sterke punten en vertelde zelf wat moeilijk is.',
  'Gesprek op de werkvloer. De wens van de deelnemer en de mogelijke stappen besproken.',
  'De deelnemer had het formulier vooraf ingevuld; we bespraken zijn antwoorden en de scores.',
];

const WISH_FOR: Record<EvaluationOutcome, ParticipantWish[]> = {
  stay: ['stay', 'stay', 'not_sure'],
  transition: ['regular_job', 'regular_job', 'other_work'],
  imw: ['regular_job', 'not_sure'],
  other_measure: ['other_work', 'not_sure', 'stay'],
  re_evaluate: ['regular_job', 'not_sure'],
};

const clamp = (v: number) => Math.max(1, Math.min(4, Math.round(v)));

function gaussian(faker: Faker) {
  const u1 = 1 - faker.number.float();
  const u2 = faker.number.float();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A different outcome, the one a deviating organisation tends to choose (keeping people in place). */
function deviate(faker: Faker, proposed: EvaluationOutcome): EvaluationOutcome {
  if (proposed === 'stay') {
    return faker.helpers.arrayElement(['re_evaluate', 'imw'] as const);
  }
  return faker.helpers.arrayElement(
    ['stay', 'stay', 're_evaluate'].filter((o) => o !== proposed),
  ) as EvaluationOutcome;
}

export interface EvaluationSeedSummary {
  decided: number;
  open: number;
}

export async function seedEvaluations(
  trx: Kysely<DB>,
  faker: Faker,
  network: DemoNetwork,
  clock: DemoClock,
  participantAccountId: string,
): Promise<EvaluationSeedSummary> {
  const template = await ensureDefaultTemplate(trx);
  const definition = await loadDefinition(trx, template.id);
  const names = new Map(
    (await trx.selectFrom('users').select(['id', 'display_name']).execute()).map((u) => [
      u.id,
      u.display_name,
    ]),
  );
  let decided = 0;
  const evaluationRows: Insertable<EvaluationsTable>[] = [];
  const scoreRows: Insertable<EvaluationScoresTable>[] = [];
  const viewRows: Insertable<EvaluationParticipantViewsTable>[] = [];
  for (const [key, style] of Object.entries(STYLES)) {
    const orgId = organisationId(network, key);
    const coaches = staffOf(network, key, ['coach']);
    const signers = staffOf(network, key, ['coach', 'org_admin']);
    const participants = await trx
      .selectFrom('participants')
      .select(['id', 'first_name', 'coach_user_id', 'current_measure', 'created_at'])
      .where('organisation_id', '=', orgId)
      .where('current_measure', 'is not', null)
      .where('status', 'not in', ['closed', 'merged'])
      .orderBy('id')
      .execute();
    for (const p of participants) {
      const interval = INTERVAL[p.current_measure!];
      if (!interval) {
        continue;
      }
      const evaluator =
        p.coach_user_id && coaches.includes(p.coach_user_id)
          ? p.coach_user_id
          : faker.helpers.arrayElement(coaches);
      let ability = 2.4 + 0.6 * gaussian(faker);
      let due = addToDate(brusselsDate(p.created_at), { months: interval });
      while (true) {
        const lead = skewedDays(faker, style.leadMedian, 0.6, 1);
        const decidedOn = addToDate(due, { days: lead });
        if (decidedOn >= clock.today) {
          break;
        }
        const scores = new Map(
          definition.criteria.map((c) => [c.key, clamp(ability + style.shift + 0.55 * gaussian(faker))]),
        );
        const proposal = proposeOutcome(definition.rule, definition.criteria, scores)!;
        const isDeviation = chance(faker, style.deviation);
        const outcome = isDeviation ? deviate(faker, proposal.outcome) : proposal.outcome;
        const reEvaluateOn =
          outcome === 're_evaluate' ? addToDate(decidedOn, { months: proposal.reEvaluateMonths ?? 6 }) : null;
        const signer = faker.helpers.arrayElement(signers.filter((s) => s !== evaluator));
        const talkedOn = addToDate(decidedOn, { days: -faker.number.int({ min: 1, max: 6 }) });
        const daysAgo = daysBetween(decidedOn, clock.today);
        const row = { id: faker.string.uuid() };
        evaluationRows.push({
          id: row.id,
          participant_id: p.id,
          organisation_id: orgId,
          coach_user_id: evaluator,
          template_id: template.id,
          measure: p.current_measure!,
          reason: decided % 7 === 0 ? 're_evaluation' : 'periodic',
          due_on: due,
          status: 'decided',
          conversation_on: talkedOn,
          conversation_present: [names.get(evaluator) ?? 'Coach', p.first_name],
          conversation_summary: faker.helpers.arrayElement(CONVERSATION),
          proposed_outcome: proposal.outcome,
          proposed_rule_key: proposal.ruleKey,
          outcome,
          re_evaluate_on: reEvaluateOn,
          deviation_motivation:
            outcome === proposal.outcome ? null : faker.helpers.arrayElement(DEVIATION_MOTIVATION),
          rationale: faker.helpers.arrayElement(RATIONALE[outcome]),
          next_steps: NEXT_STEPS[outcome],
          proposed_by: evaluator,
          proposed_at: clock.at(daysAgo + 1, officeMinute(faker)),
          signed_off_by: signer,
          signed_off_at: clock.at(daysAgo, officeMinute(faker)),
          decided_on: decidedOn,
          created_at: clock.at(daysBetween(due, clock.today) + 30, officeMinute(faker)),
          updated_at: clock.at(daysAgo, officeMinute(faker)),
        });
        for (const c of definition.criteria) {
          scoreRows.push({
            evaluation_id: row.id,
            criterion_key: c.key,
            score: scores.get(c.key)!,
            evidence_kinds: [faker.helpers.arrayElement(c.requiredEvidence)],
            evidence: 'Zie werkpostobservatie en coachingsgesprekken van de voorbije periode.',
            updated_by: evaluator,
            updated_at: clock.at(daysAgo + 1, officeMinute(faker)),
          });
        }
        viewRows.push({
          evaluation_id: row.id,
          feeling: clamp(ability + 0.8 * gaussian(faker)),
          going_well: faker.helpers.arrayElement([
            'Het werk zelf.',
            'De collega’s.',
            'Ik kom altijd op tijd.',
            null,
          ]),
          difficult: faker.helpers.arrayElement([
            'Snel werken.',
            'Nieuwe taken.',
            'Drukte in de ploeg.',
            null,
          ]),
          wish: faker.helpers.arrayElement(WISH_FOR[outcome]),
          support_wanted: null,
          other_remarks: null,
          entered_by: evaluator,
          entered_on_behalf: true,
          entered_at: clock.at(daysAgo + 3, officeMinute(faker)),
        });
        decided++;
        ability += 0.25;
        due = reEvaluateOn ?? addToDate(decidedOn, { months: interval });
      }
    }
  }

  await insertChunked(evaluationRows, 500, (chunk) => trx.insertInto('evaluations').values(chunk).execute());
  await insertChunked(scoreRows, 1000, (chunk) =>
    trx.insertInto('evaluation_scores').values(chunk).execute(),
  );
  await insertChunked(viewRows, 1000, (chunk) =>
    trx.insertInto('evaluation_participant_views').values(chunk).execute(),
  );

  // What falls due now, by the schedule rules; then a share of it is under way.
  const audit = { actor: null, ip: null, userAgent: null };
  await planDueEvaluations(trx, audit, clock.today);
  const open = await trx
    .selectFrom('evaluations')
    .select(['id', 'coach_user_id', 'organisation_id', 'due_on'])
    .where('status', '=', 'planned')
    .orderBy('due_on')
    // Planned rows get random ids: order by the (seeded) participant so every run picks the same ones.
    .orderBy('participant_id')
    .execute();
  const charlotte = network.demoUsers.get('coach')!;
  const leiewerf = organisationId(network, 'leiewerf');
  let k = 0;
  for (const e of open) {
    // Charlotte Coach gets a share of De Leiewerf's open evaluations, so her lists are not empty.
    if (e.organisation_id === leiewerf && k % 3 === 0) {
      await trx.updateTable('evaluations').set({ coach_user_id: charlotte }).where('id', '=', e.id).execute();
      e.coach_user_id = charlotte;
    }
    const stage = k++ % 4;
    if (stage === 0 || !e.coach_user_id) {
      continue; // planned, nothing done yet (due or overdue)
    }
    const some = definition.criteria.slice(0, stage === 1 ? 3 : definition.criteria.length);
    await evaluationsRepository.upsertScores(
      trx,
      e.id,
      e.coach_user_id,
      some.map((c) => ({
        criterion: c.key,
        score: faker.number.int({ min: 2, max: 4 }),
        evidenceKinds: [c.requiredEvidence[0]!],
        evidence: 'Observatie op de werkvloer deze maand.',
      })),
    );
    await trx
      .updateTable('evaluations')
      .set({ status: 'in_preparation', version: 2 })
      .where('id', '=', e.id)
      .execute();
  }

  // The participant demo account: his evaluation at De Leiewerf, prepared by Charlotte Coach, waits for his view.
  const own = await trx
    .selectFrom('participants')
    .select(['current_measure'])
    .where('id', '=', participantAccountId)
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('evaluations').where('participant_id', '=', participantAccountId).execute();
  const mine = await evaluationsRepository.insertEvaluation(trx, {
    participantId: participantAccountId,
    organisationId: leiewerf,
    coachUserId: charlotte,
    templateId: template.id,
    measure: own.current_measure ?? 'cmw',
    reason: 'periodic',
    trajectoryId: null,
    phaseId: null,
    dueOn: addToDate(clock.today, { days: 10 }),
    createdBy: null,
  });
  await evaluationsRepository.upsertScores(
    trx,
    mine!.id,
    charlotte,
    definition.criteria.slice(0, -1).map((c, i) => ({
      criterion: c.key,
      score: [4, 3, 4, 4, 3, 2, 4][i] ?? 3,
      evidenceKinds: [c.requiredEvidence[0]!],
      evidence: 'Observatie op de werkvloer en gesprek met de ploegbaas.',
    })),
  );
  await trx
    .updateTable('evaluations')
    .set({ status: 'in_preparation', version: 2 })
    .where('id', '=', mine!.id)
    .execute();
  const count = await trx
    .selectFrom('evaluations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'not in', ['decided', 'cancelled'])
    .executeTakeFirstOrThrow();
  return { decided, open: count.n };
}
