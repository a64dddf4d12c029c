import type { Actor } from '../../lib/actor';
import { maskNationalNumber } from '../../lib/checksums';
import { daysBetween } from '../../lib/dates';
import { type ReferralFacts, referralAbilities } from './referrals.policy';
import type { ReferralRecord } from './referrals.repository';
import type { ReferralDto } from './referrals.schemas';

export function referralFacts(row: ReferralRecord): ReferralFacts {
  return {
    status: row.status,
    referrerOrganisationId: row.referrer_organisation_id,
    targetOrganisationId: row.target_organisation_id,
    participantOrganisationId: row.participant_organisation_id,
    createdBy: row.created_by,
  };
}

export function presentReferral(row: ReferralRecord, actor: Actor, today: string): ReferralDto {
  return {
    id: row.id,
    participant: {
      id: row.participant_id,
      firstName: row.first_name,
      lastName: row.last_name,
      birthDate: row.birth_date,
      nationalNumberMasked: maskNationalNumber(row.national_number),
    },
    channel: row.channel,
    referrerOrganisation: row.referrer_organisation_id
      ? { id: row.referrer_organisation_id, name: row.referrer_organisation_name ?? '' }
      : null,
    referrerUser: row.referrer_user_id
      ? { id: row.referrer_user_id, name: row.referrer_user_name ?? '' }
      : null,
    referrerName: row.referrer_name,
    referrerContact: row.referrer_contact,
    measure: row.measure,
    targetOrganisation: { id: row.target_organisation_id, name: row.target_organisation_name },
    motivation: row.motivation,
    referredOn: row.referred_on,
    firstContactOn: row.first_contact_on,
    startedOn: row.started_on,
    noStartReason: row.no_start_reason,
    noStartText: row.no_start_text,
    status: row.status,
    daysWaiting: row.status === 'pending' ? Math.max(0, daysBetween(row.referred_on, today)) : 0,
    reminderSentAt: row.reminder_sent_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: referralAbilities(actor, referralFacts(row)),
  };
}
