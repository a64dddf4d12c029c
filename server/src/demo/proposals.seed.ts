/**
 * Demo proposals, made by the matching engine itself on the seeded network: for a share of the pool, one of their
 * best open jobs becomes a proposal in some stage of its course (suggested, proposed, interview, accepted,
 * declined with a reason and by whom), made by their coach or by the employer's account manager. The participant
 * demo account has one proposed to him and one he declined; the employer contact's employer has proposals sent to
 * it for people who consented to employer proposals.
 */
import type { Faker } from '@faker-js/faker';
import { type Kysely, sql } from 'kysely';
import type { DB, DeclinedBy, DeclineReason, ProposalStatus } from '../db/schema';
import { MatchingIndex } from '../modules/matching/engine/matching-index';
import { loadJobs, loadPersons, loadSupports } from '../modules/matching/matching.data';
import { type DemoClock, type DemoNetwork, officeMinute } from './demo-context';

interface PlannedProposal {
  participantId: string;
  jobId: string;
  employerId: string;
  score: number;
  status: ProposalStatus;
  createdBy: string;
  daysAgo: number;
  declineReason?: DeclineReason;
  declinedBy?: DeclinedBy;
  declineText?: string;
  interviewInDays?: number;
}

const DECLINES: [DeclineReason, DeclinedBy, string | undefined][] = [
  ['schedule', 'participant', undefined],
  ['commute', 'participant', undefined],
  ['candidate_not_suitable', 'employer', undefined],
  ['tasks_too_demanding', 'coach', undefined],
  ['found_other_job', 'participant', undefined],
  ['job_filled', 'account_manager', undefined],
  ['other', 'employer', 'Werkgever zoekt toch iemand met rijbewijs C.'],
];

export async function seedProposals(
  trx: Kysely<DB>,
  faker: Faker,
  network: DemoNetwork,
  clock: DemoClock,
  participantAccountId: string,
  contactEmployerId: string,
): Promise<number> {
  const [persons, jobs, supports] = await Promise.all([
    loadPersons(trx, {}, clock.today),
    loadJobs(trx, {}),
    loadSupports(trx, 'nl-BE'),
  ]);
  const index = new MatchingIndex(persons.persons, jobs.jobs, supports);
  const consented = new Set(
    (
      await trx
        .selectFrom('participant_consents')
        .select('participant_id')
        .where('purpose', '=', 'employer_proposals')
        .where('withdrawn_at', 'is', null)
        .execute()
    ).map((r) => r.participant_id),
  );
  const owners = new Map(
    (await trx.selectFrom('employers').select(['id', 'owner_user_id']).execute()).map((e) => [
      e.id,
      e.owner_user_id,
    ]),
  );
  const planned: PlannedProposal[] = [];
  const taken = new Set<string>();
  const positionsLeft = Int32Array.from(jobs.jobs.positions);
  const plan = (
    i: number,
    j: number,
    score: number,
    status: ProposalStatus,
    extra: Partial<PlannedProposal> = {},
  ) => {
    const personRow = persons.rows[i]!;
    const jobRow = jobs.rows[j]!;
    const key = `${personRow.id}:${jobRow.id}`;
    if (taken.has(key) || (status === 'accepted' && positionsLeft[j]! <= 0)) {
      return false;
    }
    taken.add(key);
    if (status === 'accepted') {
      positionsLeft[j]!--;
    }
    const byCoach = personRow.coach_user_id && faker.datatype.boolean(0.6);
    planned.push({
      participantId: personRow.id,
      jobId: jobRow.id,
      employerId: jobRow.employer_id,
      score: Math.round(score * 10) / 10,
      status,
      createdBy:
        (byCoach ? personRow.coach_user_id : owners.get(jobRow.employer_id)) ??
        network.demoUsers.get('coach')!,
      daysAgo: faker.number.int({ min: 2, max: 60 }),
      ...extra,
    });
    return true;
  };

  // The participant demo account: his best job proposed to him, the second he declined (the hours did not suit).
  const pieter = persons.persons.ids.indexOf(participantAccountId);
  if (pieter >= 0) {
    const best = index.topJobs(pieter, 2);
    if (best[0]) {
      plan(pieter, best[0].index, best[0].score, 'proposed', { daysAgo: 3 });
    }
    if (best[1]) {
      plan(pieter, best[1].index, best[1].score, 'declined', {
        daysAgo: 20,
        declineReason: 'schedule',
        declinedBy: 'participant',
      });
    }
  }
  // The employer contact's employer: its open jobs sent to the best consenting candidates.
  for (let j = 0; j < jobs.jobs.count; j++) {
    if (jobs.rows[j]!.employer_id !== contactEmployerId) {
      continue;
    }
    const best = index.topPersons(j, 3, (i) => consented.has(persons.persons.ids[i]!));
    best.slice(0, 2).forEach((hit, k) => {
      plan(hit.index, j, hit.score, k === 0 ? 'interview' : 'proposed', { interviewInDays: 6 });
    });
  }
  // A share of the pool, in every stage.
  const statuses: [ProposalStatus, number][] = [
    ['suggested', 3],
    ['proposed', 3],
    ['interview', 2],
    ['accepted', 1],
    ['declined', 2],
  ];
  for (let i = 0; i < persons.persons.count; i++) {
    if (!faker.datatype.boolean(0.22)) {
      continue;
    }
    const best = index.topJobs(i, 3);
    if (best.length === 0) {
      continue;
    }
    const hit = faker.helpers.arrayElement(best);
    const status = faker.helpers.weightedArrayElement(statuses.map(([value, weight]) => ({ value, weight })));
    const decline = faker.helpers.arrayElement(DECLINES);
    plan(i, hit.index, hit.score, status, {
      ...(status === 'declined' && {
        declineReason: decline[0],
        declinedBy: decline[1],
        declineText: decline[2],
      }),
      interviewInDays: faker.number.int({ min: -5, max: 12 }),
    });
  }

  for (const p of planned) {
    const created = clock.at(p.daysAgo, officeMinute(faker));
    // A coach who declines a suggestion never sent it; every other stage past "suggested" was sent first.
    const wasSent = p.status !== 'suggested' && !(p.status === 'declined' && p.declinedBy === 'coach');
    const proposedAt = wasSent ? clock.at(Math.max(1, p.daysAgo - 2), officeMinute(faker)) : null;
    const isDecided = p.status === 'accepted' || p.status === 'declined';
    const decidedAt = isDecided ? clock.at(Math.max(1, p.daysAgo - 8), officeMinute(faker)) : null;
    const hadInterview = p.status === 'interview' || p.status === 'accepted';
    const { id } = await trx
      .insertInto('proposals')
      .values({
        participant_id: p.participantId,
        job_id: p.jobId,
        employer_id: p.employerId,
        status: p.status,
        score: p.score,
        created_by: p.createdBy,
        created_at: created,
        updated_at: decidedAt ?? proposedAt ?? created,
        proposed_at: proposedAt,
        decided_at: decidedAt,
        interview_on: hadInterview ? clock.date(-(p.interviewInDays ?? 5)) : null,
        decline_reason: p.declineReason ?? null,
        decline_text: p.declineText ?? null,
        declined_by: p.declinedBy ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course: [ProposalStatus, Date][] = [['suggested', created]];
    if (proposedAt) {
      course.push(['proposed', proposedAt]);
    }
    if (hadInterview) {
      course.push(['interview', proposedAt ?? created]);
    }
    if (isDecided) {
      course.push([p.status, decidedAt!]);
    }
    await trx
      .insertInto('proposal_events')
      .values(
        course.map(([to, at], k) => ({
          proposal_id: id,
          from_status: k === 0 ? null : course[k - 1]![0],
          to_status: to,
          by_user_id: p.createdBy,
          at,
        })),
      )
      .execute();
  }
  // A job whose positions are all taken by accepted proposals is filled.
  await sql`update jobs set status = 'filled' where status = 'open'
    and positions <= (select count(*) from proposals p where p.job_id = jobs.id and p.status = 'accepted')`.execute(
    trx,
  );
  return planned.length;
}
