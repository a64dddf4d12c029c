import type { Actor } from '../../lib/actor';
import { daysBetween } from '../../lib/dates';
import { recognitionAbilities, recognitionStatus } from './recognitions.policy';
import type { RecognitionRecord } from './recognitions.repository';
import type { RecognitionDto } from './recognitions.schemas';

export function presentRecognition(
  row: RecognitionRecord,
  actor: Actor,
  today: string,
  expiringDays: number,
): RecognitionDto {
  const subject = {
    subjectKind: row.subject_kind,
    organisationId: row.organisation_id,
    coachUserId: row.coach_user_id,
  };
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    coach: row.coach_user_id ? { id: row.coach_user_id, name: row.coach_name ?? '' } : null,
    scheme: row.scheme,
    authority: row.authority,
    referenceNumber: row.reference_number,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    documentReference: row.document_reference,
    note: row.note,
    withdrawnOn: row.withdrawn_on,
    withdrawalReason: row.withdrawal_reason,
    status: recognitionStatus(
      { validFrom: row.valid_from, validUntil: row.valid_until, withdrawnOn: row.withdrawn_on },
      today,
      expiringDays,
    ),
    daysLeft: row.valid_until === null ? null : daysBetween(today, row.valid_until),
    renewedBy:
      row.renewed_by_id && row.renewed_by_from
        ? { id: row.renewed_by_id, validFrom: row.renewed_by_from }
        : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: recognitionAbilities(actor, { ...subject, isWithdrawn: row.withdrawn_on !== null }),
  };
}
