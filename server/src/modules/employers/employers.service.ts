import { type Actor, employerIdsWith, hasAnyRole } from '../../lib/actor';
import { formatEnterpriseNumber } from '../../lib/checksums';
import type { RequestContext } from '../../lib/context';
import { NotFoundError } from '../../lib/errors';
import { PERMISSIONS } from '../../lib/permissions';
import { type EmployerRecord, employersRepository } from './employers.repository';
import type { EmployerQuery } from './employers.schemas';

/**
 * The employer register is shared by the whole network; an employer contact sees only their own employer.
 */
function visibleEmployerIds(actor: Actor): string[] | null {
  const networkRoles = PERMISSIONS['employer.read'].filter((r) => r !== 'employer_contact');
  return hasAnyRole(actor, networkRoles) ? null : employerIdsWith(actor, ['employer_contact']);
}

function present(row: EmployerRecord) {
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
    version: row.version,
  };
}

export async function findEmployers(ctx: RequestContext, query: EmployerQuery) {
  const { rows, total } = await employersRepository.findMany(ctx.db, visibleEmployerIds(ctx.actor), query);
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function getEmployer(ctx: RequestContext, id: string) {
  const only = visibleEmployerIds(ctx.actor);
  const row = only && !only.includes(id) ? undefined : await employersRepository.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return present(row);
}
