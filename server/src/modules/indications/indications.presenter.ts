import type { Locale } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { daysBetween } from '../../lib/dates';
import type { SensitiveGround } from '../participants/participants.policy';
import { icfTitle } from '../reference/reference.service';
import { indicationAbilities } from './indications.policy';
import type { IndicationRecord, indicationsRepository } from './indications.repository';
import type { IndicationDetailDto } from './indications.schemas';

type ItemRow = Awaited<ReturnType<typeof indicationsRepository.findItems>>[number];
type ReviewRow = Awaited<ReturnType<typeof indicationsRepository.findReviews>>[number];

/** A list row: who, where and how far, never the advice or the ICF items (those are read one by one, audited). */
export function presentIndicationListItem(row: IndicationRecord, today: string) {
  return {
    id: row.id,
    participant: { id: row.participant_id, firstName: row.first_name, lastName: row.last_name },
    referral:
      row.referral_id && row.referral_channel && row.referred_on
        ? { id: row.referral_id, channel: row.referral_channel, referredOn: row.referred_on }
        : null,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    consultant: { id: row.consultant_user_id, name: row.consultant_name },
    channel: row.channel,
    status: row.status,
    itemCount: Number(row.item_count ?? 0),
    startedAt: row.started_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    validatedAt: row.validated_at?.toISOString() ?? null,
    validUntil: row.valid_until,
    isExpired: row.status === 'approved' && row.valid_until !== null && row.valid_until < today,
    daysWaitingForValidation:
      row.status === 'submitted' && row.submitted_at
        ? Math.max(0, daysBetween(row.submitted_at.toISOString().slice(0, 10), today))
        : null,
  };
}

export function presentIndication(
  row: IndicationRecord,
  items: ItemRow[],
  reviews: ReviewRow[],
  ground: SensitiveGround,
  actor: Actor,
  locale: Locale,
  today: string,
): IndicationDetailDto {
  return {
    ...presentIndicationListItem(row, today),
    advice: row.advice,
    adviceMotivation: row.advice_motivation,
    items: items.map((i) => ({
      code: i.code,
      title: icfTitle(i, locale),
      titleEn: i.title_en,
      component: i.component as 'b' | 'd' | 'e',
      qualifier: i.qualifier,
      note: i.note,
      source: i.source,
    })),
    firstSubmittedAt: row.first_submitted_at?.toISOString() ?? null,
    validator:
      row.validator_user_id && row.validator_name
        ? { id: row.validator_user_id, name: row.validator_name }
        : null,
    validationRemarks: row.validation_remarks,
    reviews: reviews.map((r) => ({
      id: r.id,
      decision: r.decision,
      remarks: r.remarks,
      validator: { id: r.validator_user_id, name: r.validator_name },
      decidedAt: r.decided_at.toISOString(),
    })),
    version: row.version,
    ground,
    abilities: indicationAbilities(actor, { consultantUserId: row.consultant_user_id, status: row.status }),
  };
}
