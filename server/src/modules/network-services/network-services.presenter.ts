import type { Locale } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import type { EmployerRelation } from '../employers/employers.policy';
import { canManageCatalogue, serviceRequestAbilities } from './network-services.policy';
import type { NetworkServiceRecord, ServiceRequestRecord } from './network-services.repository';
import type { NetworkServiceDto, ServiceRequestDto } from './network-services.schemas';

export function presentService(
  row: NetworkServiceRecord,
  providers: { organisation_id: string; name: string }[],
  actor: Actor,
  locale: Locale,
): NetworkServiceDto {
  return {
    key: row.key,
    name: locale === 'en' ? row.name_en : row.name_nl,
    description: locale === 'en' ? row.description_en : row.description_nl,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    descriptionNl: row.description_nl,
    descriptionEn: row.description_en,
    isActive: row.is_active,
    providers: providers.map((p) => ({ id: p.organisation_id, name: p.name })),
    version: row.version,
    abilities: { update: canManageCatalogue(actor) },
  };
}

export function presentServiceRequest(
  row: ServiceRequestRecord,
  employer: EmployerRelation,
  actor: Actor,
  locale: Locale,
): ServiceRequestDto {
  return {
    id: row.id,
    employer: { id: row.employer_id, name: row.employer_name },
    service: { key: row.service_key, name: locale === 'en' ? row.service_name_en : row.service_name_nl },
    handlingOrganisation: { id: row.handling_organisation_id, name: row.handling_organisation_name },
    requestedBy: row.requested_by ? { id: row.requested_by, name: row.requested_by_name ?? '' } : null,
    requestedByOrganisation: row.requested_by_organisation_id
      ? { id: row.requested_by_organisation_id, name: row.requested_by_organisation_name ?? '' }
      : null,
    status: row.status,
    requestedOn: row.requested_on,
    startedOn: row.started_on,
    doneOn: row.done_on,
    cancelledOn: row.cancelled_on,
    note: row.note,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: serviceRequestAbilities(
      actor,
      { status: row.status, handlingOrganisationId: row.handling_organisation_id },
      employer,
    ),
  };
}
