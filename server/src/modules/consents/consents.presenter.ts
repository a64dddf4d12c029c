import type { ConsentRecord } from './consents.repository';
import type { ConsentDto } from './consents.schemas';

export function presentConsent(row: ConsentRecord, canWithdraw: boolean): ConsentDto {
  return {
    id: row.id,
    purpose: row.purpose,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
    basis: row.basis,
    givenOn: row.given_on,
    note: row.note,
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name ?? '' },
    recordedByOrganisation: row.recorded_by_organisation_id
      ? { id: row.recorded_by_organisation_id, name: row.recorded_by_organisation_name ?? '' }
      : null,
    recordedAt: row.recorded_at.toISOString(),
    isActive: row.withdrawn_at === null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawnBy: row.withdrawn_by ? { id: row.withdrawn_by, name: row.withdrawn_by_name ?? '' } : null,
    withdrawalNote: row.withdrawal_note,
    version: row.version,
    abilities: { withdraw: canWithdraw && row.withdrawn_at === null },
  };
}
