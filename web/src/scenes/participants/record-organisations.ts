import { useCurrentUser } from '../../api/session';
import type { Role } from '../../api/types';
import { useActiveOrganisations } from '../../components/organisation-select';

/** Roles that keep participants' records in their organisation (server: participants.policy EDIT_ROLES). */
const EDIT_ROLES: Role[] = ['org_admin', 'coach', 'indication_consultant'];

/**
 * The organisations where the signed-in user may keep (and refer from) a participant's record: every active one
 * for a network admin, else those where they hold a casework role; the default is their home organisation.
 */
export function useRecordOrganisations() {
  const me = useCurrentUser();
  const isNetworkAdmin = me.roles.some((g) => g.role === 'network_admin');
  const all = useActiveOrganisations();
  const own = new Map<string, string>();
  for (const grant of me.roles) {
    if (grant.organisation && EDIT_ROLES.includes(grant.role)) {
      own.set(grant.organisation.id, grant.organisation.name);
    }
  }
  const options = isNetworkAdmin
    ? (all.data ?? [])
    : [...own].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const home = me.homeOrganisation?.id;
  const defaultId = home && options.some((o) => o.value === home) ? home : (options[0]?.value ?? null);
  return { options, defaultId };
}
