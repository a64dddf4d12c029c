import type { Actor } from '../../lib/actor';
import { formatEnterpriseNumber } from '../../lib/checksums';
import { canManageUsersOf, canUpdateNetworkFields, canUpdateOrganisation } from './organisations.policy';
import type { OrganisationRecord } from './organisations.repository';
import type { OrganisationDto } from './organisations.schemas';

export function presentOrganisation(
  row: OrganisationRecord,
  served: { nis_code: string; name_nl: string }[],
  actor: Actor,
): OrganisationDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enterpriseNumber: formatEnterpriseNumber(row.enterprise_number),
    email: row.email,
    phone: row.phone,
    street: row.street,
    postcode: row.postcode,
    municipality: row.municipality_nis
      ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
      : null,
    municipalitiesServed: served.map((m) => ({ nisCode: m.nis_code, name: m.name_nl })),
    hasIndicationCell: row.has_indication_cell,
    isActive: row.is_active,
    userCount: Number(row.user_count ?? 0),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: {
      update: canUpdateOrganisation(actor, row.id),
      updateNetworkFields: canUpdateNetworkFields(actor),
      manageUsers: canManageUsersOf(actor, row.id),
    },
  };
}
