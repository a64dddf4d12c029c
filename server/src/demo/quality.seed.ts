/**
 * Quality (issue 8) in the demo: the recognition register (some ending soon, one expired, one renewed), answered
 * satisfaction surveys with differences between organisations (one too small to show), open surveys for the
 * participant and employer contact demo accounts, quality reviews with history for the coaching organisations
 * (one still in progress), and two member survey rounds (one closed, one open). Drawn from its own seeded faker,
 * so it never reshuffles the rest of the demo, and inserted with the modules' own repositories.
 */
import { type Faker, fakerNL_BE } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { memberSurveysRepository } from '../modules/member-surveys/member-surveys.repository';
import { qualityReviewsRepository } from '../modules/quality-reviews/quality-reviews.repository';
import { recognitionsRepository } from '../modules/recognitions/recognitions.repository';
import { surveysRepository } from '../modules/surveys/surveys.repository';
import { type DemoClock, type DemoNetwork, officeMinute, organisationId, staffOf } from './demo-context';

const QUALITY_SEED = 8008;
const DWSE = 'Departement Werk en Sociale Economie';

export interface QualitySummary {
  recognitions: number;
  surveyInvitations: number;
  surveysAnswered: number;
  reviews: number;
  memberSurveyRounds: number;
}

/** How each organisation's respondents tend to answer (mean score) and how many answered: CAW is too small to show. */
const SURVEY_PROFILE: Record<string, { respondents: number; mean: number }> = {
  leiewerf: { respondents: 34, mean: 4.3 },
  dendervallei: { respondents: 27, mean: 3.5 },
  scheldeland: { respondents: 19, mean: 4.0 },
  caw: { respondents: 3, mean: 3.2 },
};

const COMMENTS = [
  'Meer uitleg over wat werken doet met mijn uitkering.',
  'Soms moet ik lang wachten op een antwoord.',
  'Mijn coach neemt echt tijd voor mij.',
  'Ik wil graag sneller op een echte werkplek starten.',
  'Alles is goed zo.',
];

function score(faker: Faker, mean: number): number {
  const v = Math.round(mean + (faker.number.float() - 0.5) * 2.4);
  return Math.min(5, Math.max(1, v));
}

export async function seedQuality(
  db: Kysely<DB>,
  network: DemoNetwork,
  clock: DemoClock,
  passwordHash: string,
): Promise<QualitySummary> {
  const faker = fakerNL_BE;
  faker.seed(QUALITY_SEED);
  const org = (key: string) => organisationId(network, key);
  const networkAdmin = network.demoUsers.get('network_admin')!;

  // ── Recognition register ──────────────────────────────────────────────────────────────────────────────────
  const recognitions: Parameters<typeof recognitionsRepository.insert>[1][] = [
    {
      subject_kind: 'organisation',
      organisation_id: org('leiewerf'),
      coach_user_id: null,
      scheme: 'Erkenning maatwerkbedrijf',
      authority: DWSE,
      reference_number: 'WSE/MWB/2021-014',
      valid_from: clock.date(5 * 365 - 45),
      valid_until: clock.date(-45),
      document_reference: 'MB 2021/014',
      note: null,
      created_by: networkAdmin,
    },
    {
      subject_kind: 'organisation',
      organisation_id: org('dendervallei'),
      coach_user_id: null,
      scheme: 'Erkenning maatwerkbedrijf',
      authority: DWSE,
      reference_number: 'WSE/MWB/2019-031',
      valid_from: clock.date(5 * 365 + 300),
      valid_until: clock.date(301),
      document_reference: 'MB 2019/031',
      note: null,
      created_by: networkAdmin,
    },
    {
      // The renewal of the one above, following on without a gap.
      subject_kind: 'organisation',
      organisation_id: org('dendervallei'),
      coach_user_id: null,
      scheme: 'Erkenning maatwerkbedrijf',
      authority: DWSE,
      reference_number: 'WSE/MWB/2024-102',
      valid_from: clock.date(300),
      valid_until: clock.date(-5 * 365 + 300),
      document_reference: 'MB 2024/102',
      note: null,
      created_by: networkAdmin,
    },
    {
      subject_kind: 'organisation',
      organisation_id: org('scheldeland'),
      coach_user_id: null,
      scheme: 'Erkenning begeleidingsorganisatie jobcoaching',
      authority: DWSE,
      reference_number: 'WSE/JC/2022-007',
      valid_from: clock.date(4 * 365),
      valid_until: clock.date(20),
      document_reference: null,
      note: 'Aanvraag tot verlenging ingediend, beslissing verwacht.',
      created_by: networkAdmin,
    },
    {
      subject_kind: 'organisation',
      organisation_id: org('caw'),
      coach_user_id: null,
      scheme: 'Erkenning centrum algemeen welzijnswerk',
      authority: 'Departement Welzijn, Volksgezondheid en Gezin',
      reference_number: 'WVG/CAW/2020-003',
      valid_from: clock.date(6 * 365),
      valid_until: null,
      document_reference: null,
      note: null,
      created_by: networkAdmin,
    },
  ];
  const coachSchemes = [
    ['leiewerf', 0, 'Attest jobcoach (erkende opleiding)', 'VDAB', -25],
    ['leiewerf', 1, 'Attest jobcoach (erkende opleiding)', 'VDAB', -610],
    ['dendervallei', 0, 'Attest jobcoach (erkende opleiding)', 'VDAB', -75],
    ['scheldeland', 0, 'Attest IPS-jobcoach', 'Kenniscentrum IPS Vlaanderen', -400],
  ] as const;
  for (const [key, index, scheme, authority, endsIn] of coachSchemes) {
    const coach = staffOf(network, key, ['coach'])[index];
    if (!coach) {
      continue;
    }
    recognitions.push({
      subject_kind: 'coach',
      organisation_id: org(key),
      coach_user_id: coach,
      scheme,
      authority,
      reference_number: `${authority.slice(0, 4).toUpperCase()}/${key.toUpperCase()}-${index + 1}`,
      valid_from: clock.date(3 * 365 + endsIn),
      valid_until: clock.date(endsIn),
      document_reference: null,
      note: null,
      created_by: networkAdmin,
    });
  }
  for (const r of recognitions) {
    await recognitionsRepository.insert(db, r);
  }

  // ── Satisfaction surveys ──────────────────────────────────────────────────────────────────────────────────
  const templates = await surveysRepository.findActiveTemplates(db);
  const participantTemplate = templates.find((t) => t.key === 'participant_satisfaction')!;
  const employerTemplate = templates.find((t) => t.key === 'employer_satisfaction')!;
  const questions = await surveysRepository.findQuestions(db, [participantTemplate.id, employerTemplate.id]);
  let invitations = 0;
  let answered = 0;
  type AnswerRow = { invitation_id: string; question_id: string; value: number | null; text: string | null };
  const mine = questions.filter((q) => q.template_id === participantTemplate.id);
  for (const [key, profile] of Object.entries(SURVEY_PROFILE)) {
    const organisation = org(key);
    const sender = staffOf(network, key, ['coach', 'org_admin'])[0]!;
    const respondents = await db
      .selectFrom('participants')
      .select(['id', 'first_name', 'last_name'])
      .where('organisation_id', '=', organisation)
      .orderBy('national_number')
      .limit(profile.respondents + 2)
      .execute();
    if (!respondents.length) {
      continue;
    }
    // Each respondent's own login (participants answer in the app), inserted in one go.
    const users = await db
      .insertInto('users')
      .values(
        respondents.map((p) => ({
          email: `${faker.string.alphanumeric(8).toLowerCase()}@deelnemer.demo.werkbrug.test`,
          display_name: `${p.first_name} ${p.last_name}`,
          password_hash: passwordHash,
        })),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('user_roles')
      .values(
        respondents.map((p, i) => ({
          user_id: users[i]!.id,
          role: 'participant' as const,
          participant_id: p.id,
        })),
      )
      .execute();
    const plans = respondents.map((p, i) => {
      const sentDaysAgo = faker.number.int({ min: 20, max: 300 });
      const isAnswered = i < profile.respondents;
      const answeredDaysAgo = Math.max(1, sentDaysAgo - faker.number.int({ min: 1, max: 10 }));
      return {
        template_id: participantTemplate.id,
        organisation_id: organisation,
        sent_by: sender,
        respondent_user_id: users[i]!.id,
        participant_id: p.id,
        employer_id: null,
        sent_at: clock.at(sentDaysAgo, officeMinute(faker)),
        answered_at: isAnswered ? clock.at(answeredDaysAgo, officeMinute(faker)) : null,
        version: isAnswered ? 2 : 1,
      };
    });
    const ids = await surveysRepository.insertInvitations(db, plans);
    invitations += plans.length;
    const values = plans.flatMap((plan, i): AnswerRow[] => {
      if (!plan.answered_at) {
        return [];
      }
      const id = ids[i]!.id;
      answered += 1;
      return mine.flatMap((q): AnswerRow[] => {
        if (q.kind === 'scale') {
          return [{ invitation_id: id, question_id: q.id, value: score(faker, profile.mean), text: null }];
        }
        if (q.kind === 'yes_no') {
          const yes = faker.number.float() < profile.mean / 5;
          return [{ invitation_id: id, question_id: q.id, value: yes ? 1 : 0, text: null }];
        }
        return faker.number.float() < 0.35
          ? [
              {
                invitation_id: id,
                question_id: q.id,
                value: null,
                text: faker.helpers.arrayElement(COMMENTS),
              },
            ]
          : [];
      });
    });
    await surveysRepository.insertAnswers(db, values);
  }
  // The demo accounts each have a survey waiting: the participant from his organisation, the employer contact
  // from the organisation that owns the account of their employer.
  const demoParticipant = await db
    .selectFrom('user_roles as r')
    .innerJoin('participants as p', 'p.id', 'r.participant_id')
    .select(['p.id', 'p.organisation_id'])
    .where('r.user_id', '=', network.demoUsers.get('participant')!)
    .executeTakeFirstOrThrow();
  await surveysRepository.insertInvitation(db, {
    template_id: participantTemplate.id,
    organisation_id: demoParticipant.organisation_id!,
    sent_by: network.demoUsers.get('coach')!,
    respondent_user_id: network.demoUsers.get('participant')!,
    participant_id: demoParticipant.id,
    employer_id: null,
    trajectory_id: null,
    sent_at: clock.at(3, officeMinute(faker)),
  });
  const demoEmployer = await db
    .selectFrom('user_roles as r')
    .innerJoin('employers as e', 'e.id', 'r.employer_id')
    .select(['e.id', 'e.owner_organisation_id'])
    .where('r.user_id', '=', network.demoUsers.get('employer_contact')!)
    .where('r.role', '=', 'employer_contact')
    .executeTakeFirstOrThrow();
  await surveysRepository.insertInvitation(db, {
    template_id: employerTemplate.id,
    organisation_id: demoEmployer.owner_organisation_id ?? org('leiewerf'),
    sent_by: network.demoUsers.get('account_manager')!,
    respondent_user_id: network.demoUsers.get('employer_contact')!,
    participant_id: null,
    employer_id: demoEmployer.id,
    trajectory_id: null,
    sent_at: clock.at(6, officeMinute(faker)),
  });
  invitations += 2;

  // ── Quality reviews ───────────────────────────────────────────────────────────────────────────────────────
  const scale = (await qualityReviewsRepository.findActiveScale(db))!;
  const items = await qualityReviewsRepository.findItems(db, scale.id);
  /** Reviews per organisation, oldest first: days ago and the mean item score (null total: still in progress). */
  const REVIEWS: [string, number, number, boolean][] = [
    ['leiewerf', 760, 3.1, true],
    ['leiewerf', 390, 3.7, true],
    ['leiewerf', 30, 4.4, true],
    ['dendervallei', 700, 4.1, true],
    ['dendervallei', 330, 3.8, true],
    ['dendervallei', 45, 3.3, true],
    ['scheldeland', 420, 3.0, true],
    ['scheldeland', 10, 3.6, false],
  ];
  for (const [key, daysAgo, mean, isFinal] of REVIEWS) {
    const { id } = await qualityReviewsRepository.insert(db, {
      organisation_id: org(key),
      scale_id: scale.id,
      reviewer_user_id: networkAdmin,
      reviewed_on: clock.date(daysAgo),
    });
    const scores = items.map((item, i) => ({
      review_id: id,
      item_id: item.id,
      score: !isFinal && i >= 9 ? null : score(faker, mean),
      note: i === 0 ? 'Vastgesteld op basis van de personeelslijst en de caseloads.' : null,
    }));
    await qualityReviewsRepository.upsertScores(db, scores);
    if (isFinal) {
      const total = scores.reduce((s, x) => s + x.score!, 0);
      await qualityReviewsRepository.updateVersioned(db, id, 1, {
        summary:
          'Bezoek ter plaatse met gesprekken met jobcoaches, deelnemers en twee werkgevers; steekproef van tien dossiers.',
        status: 'final',
        total,
        finalised_at: clock.at(daysAgo - 7 > 0 ? daysAgo - 7 : 1, officeMinute(faker)),
      });
    }
  }

  // ── Member survey ─────────────────────────────────────────────────────────────────────────────────────────
  const members = (await memberSurveysRepository.findMemberOrganisations(db)).map((o) => o.id);
  const quarter = (back: number) => {
    const [y, m] = clock.today.split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3) - back;
    const year = y + Math.floor(q / 4);
    const start = (((q % 4) + 4) % 4) * 3 + 1;
    const from = `${year}-${String(start).padStart(2, '0')}-01`;
    const end = new Date(Date.UTC(year, start + 2, 0)).toISOString().slice(0, 10);
    return { from, to: end, label: `Q${(((q % 4) + 4) % 4) + 1} ${year}` };
  };
  const rounds = [
    { q: quarter(2), closed: true, answering: members },
    { q: quarter(1), closed: false, answering: members.filter((id) => id !== org('leiewerf')) },
  ];
  for (const round of rounds) {
    // The open round's deadline lies ahead, whatever day the demo is created.
    const deadline = round.closed
      ? new Date(Date.parse(`${round.q.to}T00:00:00Z`) + 25 * 86_400_000).toISOString().slice(0, 10)
      : clock.date(-14);
    const answeredOn = Math.max(
      1,
      Math.round((Date.parse(clock.today) - Date.parse(round.q.to)) / 86_400_000) - 10,
    );
    const id = await memberSurveysRepository.insertRound(
      db,
      {
        title: `Ledenbevraging toeleidingen ${round.q.label}`,
        period_from: round.q.from,
        period_to: round.q.to,
        deadline,
        opened_by: networkAdmin,
      },
      members,
    );
    for (const organisationId of round.answering) {
      const received = faker.number.int({ min: 3, max: 60 });
      const started = Math.floor(received * faker.number.float({ min: 0.4, max: 0.8 }));
      const noStarts = Math.floor((received - started) * faker.number.float({ min: 0.2, max: 0.7 }));
      await memberSurveysRepository.insertAnswer(db, {
        round_id: id,
        organisation_id: organisationId,
        referrals_received: received,
        referrals_started: started,
        no_starts: noStarts,
        still_in_intake: received - started - noStarts,
        waiting_list: faker.number.int({ min: 0, max: 30 }),
        note: null,
        answered_at: clock.at(answeredOn, officeMinute(faker)),
        answered_by:
          staffOf(network, [...network.organisations.values()].find((o) => o.id === organisationId)!.key, [
            'org_admin',
            'coach',
          ])[0] ?? networkAdmin,
      });
    }
    if (round.closed) {
      await memberSurveysRepository.closeRound(db, id, 1);
    }
  }

  return {
    recognitions: recognitions.length,
    surveyInvitations: invitations,
    surveysAnswered: answered,
    reviews: REVIEWS.length,
    memberSurveyRounds: rounds.length,
  };
}
