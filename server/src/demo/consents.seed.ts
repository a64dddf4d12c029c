/**
 * Demo consents: most participants consent to the network pool and to statistics at their intake; those with an
 * indication mostly let the indicating and the holding organisation see their functioning profile; a few
 * withdrew a consent later. Each is recorded by a staff member of the organisation that held the record then.
 */
import type { Faker } from '@faker-js/faker';
import type { Insertable } from 'kysely';
import type { ConsentBasis, ConsentPurpose, ParticipantConsentsTable } from '../db/schema';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  organisationId,
  staffOf,
  weighted,
} from './demo-context';
import type { CourseFacts } from './referrals.seed';

const RECORDER_ROLES = ['coach', 'indication_consultant', 'org_admin'] as const;

const NOTES = [
  'Formulier ondertekend tijdens het intakegesprek.',
  'Toestemming besproken samen met de bewindvoerder.',
  'Uitgelegd met de beeldfiche; deelnemer begreep wat gedeeld wordt.',
];
const WITHDRAWAL_NOTES = [
  'Deelnemer wil voorlopig niet in de gedeelde pool.',
  'Deelnemer wil geen gegevens meer laten gebruiken voor cijfers.',
  'Op vraag van de deelnemer, na een gesprek met de coach.',
];

export function planConsents(
  faker: Faker,
  network: DemoNetwork,
  clock: DemoClock,
  courses: CourseFacts[],
): Insertable<ParticipantConsentsTable>[] {
  const rows: Insertable<ParticipantConsentsTable>[] = [];
  for (const course of courses) {
    const { participant, holders } = course;
    const isDemoParticipant = participant.index === 0;
    const holderAt = (daysAgo: number) =>
      [...holders].reverse().find((h) => h.fromDaysAgo >= daysAgo)?.key ?? holders[0]!.key;
    const recorder = (key: string) => faker.helpers.arrayElement(staffOf(network, key, RECORDER_ROLES));
    const basis = weighted<ConsentBasis>(faker, [
      ['signed_form', 5],
      ['verbal', 3],
      ['digital_by_participant', 2],
    ]);
    const intake = Math.max(1, participant.registeredDaysAgo - faker.number.int({ min: 0, max: 10 }));
    const add = (
      purpose: ConsentPurpose,
      givenDaysAgo: number,
      organisationKey: string | null,
      canWithdraw: number,
    ) => {
      const holder = holderAt(givenDaysAgo);
      const recordedBy = recorder(holder);
      const note = chance(faker, 0.15) ? faker.helpers.arrayElement(NOTES) : null;
      const withdrawnAgo = givenDaysAgo - faker.number.int({ min: 30, max: 300 });
      const isWithdrawn = !isDemoParticipant && chance(faker, canWithdraw) && withdrawnAgo >= 1;
      const withdrawer = recorder(holderAt(withdrawnAgo));
      const withdrawalNote = faker.helpers.arrayElement(WITHDRAWAL_NOTES);
      rows.push({
        participant_id: participant.id,
        purpose,
        organisation_id: organisationKey ? organisationId(network, organisationKey) : null,
        basis,
        given_on: clock.date(givenDaysAgo),
        note,
        recorded_by: recordedBy,
        recorded_by_organisation_id: organisationId(network, holder),
        recorded_at: clock.at(givenDaysAgo, officeMinute(faker)),
        withdrawn_at: isWithdrawn ? clock.at(withdrawnAgo, officeMinute(faker)) : null,
        withdrawn_by: isWithdrawn ? withdrawer : null,
        withdrawal_note: isWithdrawn ? withdrawalNote : null,
        version: isWithdrawn ? 2 : 1,
      });
    };
    const hasPool = chance(faker, 0.7) || isDemoParticipant;
    const hasStatistics = chance(faker, 0.85) || isDemoParticipant;
    const hasProposals = (hasPool && chance(faker, 0.7)) || isDemoParticipant;
    if (hasPool) {
      add('network_pool', intake, null, 0.05);
    }
    if (hasStatistics) {
      add('statistics', intake, null, 0.02);
    }
    if (hasProposals) {
      add('employer_proposals', intake, null, 0.03);
    }
    // The functioning profile: shared with the indicating organisation and every organisation that held the
    // record since, from the day the indication started (or the day that organisation took over).
    const indication = course.indication;
    if (indication && (chance(faker, 0.65) || isDemoParticipant)) {
      const start = indication.startedDaysAgo;
      const shares = new Map<string, number>();
      const share = (key: string, daysAgo: number) =>
        shares.set(key, Math.max(shares.get(key) ?? 0, daysAgo));
      share(indication.organisationKey, start);
      share(holderAt(start), start);
      for (const h of holders) {
        if (h.fromDaysAgo < start) {
          share(h.key, h.fromDaysAgo);
        }
      }
      for (const [key, givenDaysAgo] of shares) {
        add('share_profile', Math.max(1, givenDaysAgo), key, 0);
      }
    }
  }
  return rows;
}

export async function insertConsents(db: Db, rows: Insertable<ParticipantConsentsTable>[]) {
  await insertChunked(rows, 1000, (chunk) => db.insertInto('participant_consents').values(chunk).execute());
}
