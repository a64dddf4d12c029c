import type { Actor } from '../../lib/actor';
import { formatEnterpriseNumber } from '../../lib/checksums';
import { canEndJointAction } from '../approaches/approaches.policy';
import {
  type EmployerRelation,
  type EmployerView,
  employerAbilities,
  isJointSide,
  isOwnerSide,
} from './employers.policy';
import type {
  ContactPersonRecord,
  EmployerRecord,
  JointActionRecord,
  SiteRecord,
} from './employers.repository';
import type { ContactPersonDto, EmployerDetailDto, EmployerDto, EmployerSiteDto } from './employers.schemas';

export function presentEmployer(row: EmployerRecord): EmployerDto {
  return {
    id: row.id,
    enterpriseNumber: formatEnterpriseNumber(row.enterprise_number),
    name: row.name,
    naceCode: row.nace_code,
    sizeClass: row.size_class,
    street: row.street,
    postcode: row.postcode,
    municipality: row.municipality_nis
      ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
      : null,
    website: row.website,
    owner:
      row.owner_organisation_id && row.owner_since
        ? {
            organisation: {
              id: row.owner_organisation_id,
              name: row.owner_organisation_name ?? '',
              email: row.owner_organisation_email,
              phone: row.owner_organisation_phone,
            },
            accountManager: row.owner_user_id
              ? { id: row.owner_user_id, name: row.owner_user_name ?? '', email: row.owner_user_email ?? '' }
              : null,
            since: row.owner_since.toISOString(),
          }
        : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentSite(row: SiteRecord): EmployerSiteDto {
  return {
    id: row.id,
    employerId: row.employer_id,
    name: row.name,
    street: row.street,
    postcode: row.postcode,
    municipality: row.municipality_nis
      ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
      : null,
    isMain: row.is_main,
    jobCount: Number(row.job_count ?? 0),
    version: row.version,
  };
}

export function presentContactPerson(row: ContactPersonRecord): ContactPersonDto {
  return {
    id: row.id,
    employerId: row.employer_id,
    firstName: row.first_name,
    lastName: row.last_name,
    jobTitle: row.job_title,
    email: row.email,
    phone: row.phone,
    isLegalSignatory: row.is_legal_signatory,
    user: row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null,
    version: row.version,
  };
}

export function relationOf(row: {
  owner_organisation_id: string | null;
  owner_user_id: string | null;
  joint_organisation_ids: string[];
}): EmployerRelation {
  return {
    ownerOrganisationId: row.owner_organisation_id,
    ownerUserId: row.owner_user_id,
    jointOrganisationIds: row.joint_organisation_ids,
  };
}

/**
 * The employer's page. Employer contacts see their employer, its sites, contact persons and account owner, but
 * not which other organisations work with it, and no abilities.
 */
export function presentEmployerDetail(
  row: EmployerRecord,
  extra: {
    sites: SiteRecord[];
    contactPersons: ContactPersonRecord[];
    jointActions: JointActionRecord[];
    pendingApproaches: { id: string; requesting_organisation_id: string }[];
  },
  actor: Actor,
  view: EmployerView,
): EmployerDetailDto {
  const relation: EmployerRelation = {
    ownerOrganisationId: row.owner_organisation_id,
    ownerUserId: row.owner_user_id,
    jointOrganisationIds: extra.jointActions.map((j) => j.organisation_id),
  };
  const isNetwork = view === 'network';
  const pendingOrganisationIds = extra.pendingApproaches.map((p) => p.requesting_organisation_id);
  const mine = new Set(actor.grants.map((g) => g.organisationId).filter((id): id is string => !!id));
  return {
    ...presentEmployer(row),
    sites: extra.sites.map(presentSite),
    contactPersons: extra.contactPersons.map(presentContactPerson),
    jointActions: isNetwork
      ? extra.jointActions.map((j) => ({
          organisation: { id: j.organisation_id, name: j.organisation_name },
          since: j.since.toISOString(),
          reason: j.reason,
          approachRequestId: j.approach_request_id,
          canEnd: canEndJointAction(actor, relation, j.organisation_id),
        }))
      : [],
    relation: {
      isOwner: isNetwork && isOwnerSide(actor, relation),
      isInJointAction: isNetwork && isJointSide(actor, relation),
      pendingApproachRequestId: isNetwork
        ? (extra.pendingApproaches.find((p) => mine.has(p.requesting_organisation_id))?.id ?? null)
        : null,
    },
    abilities: employerAbilities(actor, relation, view, pendingOrganisationIds),
  };
}
