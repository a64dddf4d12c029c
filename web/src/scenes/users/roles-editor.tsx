import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Employer, Organisation, Page, ParticipantItem, Role } from '../../api/types';
import { type Option, RemoteSelect } from '../../components/remote-select';

/** One role grant as edited: the role and the organisation, employer or participant it applies to. */
export interface GrantDraft {
  role: Role;
  organisation: Option | null;
  employer: Option | null;
  participant: Option | null;
}

const ORGANISATION_ROLES: Role[] = [
  'network_admin',
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
  'analyst',
];

export function scopeOf(role: Role): 'organisation' | 'employer' | 'participant' {
  if (role === 'employer_contact' || role === 'mentor') {
    return 'employer';
  }
  return role === 'participant' ? 'participant' : 'organisation';
}

export function grantToInput(grant: GrantDraft) {
  const scope = scopeOf(grant.role);
  return {
    role: grant.role,
    organisationId: scope === 'organisation' ? (grant.organisation?.value ?? null) : null,
    employerId: scope === 'employer' ? (grant.employer?.value ?? null) : null,
    participantId: scope === 'participant' ? (grant.participant?.value ?? null) : null,
  };
}

/** The organisations the signed-in user may grant roles in: all for a network admin, their own for an org admin. */
export function useGrantableOrganisations(): Option[] {
  const me = useCurrentUser();
  const networkAdmin = me.roles.some((g) => g.role === 'network_admin');
  const all = useQuery({
    queryKey: ['organisations', 'options'],
    queryFn: () => api.get<Page<Organisation>>('/organisations', { pageSize: 200 }),
    enabled: networkAdmin,
    staleTime: 60_000,
  });
  if (networkAdmin) {
    return (all.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  }
  const own = new Map<string, string>();
  for (const grant of me.roles) {
    if (grant.role === 'org_admin' && grant.organisation) {
      own.set(grant.organisation.id, grant.organisation.name);
    }
  }
  return [...own].map(([value, label]) => ({ value, label }));
}

/** Edits a user's role grants; errors from the server arrive per row (roles.<i>…). */
export function RolesEditor({
  value,
  onChange,
  errors,
}: {
  value: GrantDraft[];
  onChange: (value: GrantDraft[]) => void;
  errors: Record<string, React.ReactNode>;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const networkAdmin = me.roles.some((g) => g.role === 'network_admin');
  const organisations = useGrantableOrganisations();
  const roles = networkAdmin ? ROLES : ORGANISATION_ROLES.filter((r) => r !== 'network_admin');

  const setRow = (index: number, changes: Partial<GrantDraft>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  const rowError = (index: number) =>
    errors[`roles.${index}`] ??
    errors[`roles.${index}.organisationId`] ??
    errors[`roles.${index}.employerId`] ??
    errors[`roles.${index}.participantId`];

  return (
    <Stack gap="xs">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('users.noRoles')}
        </Text>
      )}
      {value.map((grant, index) => {
        const scope = scopeOf(grant.role);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <Stack key={index} gap={2}>
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t('users.role')}
                allowDeselect={false}
                value={grant.role}
                data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                onChange={(role) => role && setRow(index, { role: role as Role })}
                w={230}
              />
              {scope === 'organisation' && (
                <Select
                  label={t('users.organisation')}
                  searchable
                  value={grant.organisation?.value ?? null}
                  data={organisations}
                  onChange={(id) =>
                    setRow(index, { organisation: organisations.find((o) => o.value === id) ?? null })
                  }
                  w={280}
                />
              )}
              {scope === 'employer' && (
                <RemoteSelect<Employer>
                  label={t('users.employer')}
                  path="/employers"
                  value={grant.employer?.value ?? null}
                  selected={grant.employer}
                  toOption={(e) => ({ value: e.id, label: e.name })}
                  onChange={(employer) => setRow(index, { employer })}
                />
              )}
              {scope === 'participant' && (
                <RemoteSelect<ParticipantItem>
                  label={t('users.participant')}
                  path="/participants"
                  value={grant.participant?.value ?? null}
                  selected={grant.participant}
                  toOption={(p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })}
                  onChange={(participant) => setRow(index, { participant })}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('users.removeRole', { role: t(`roles.${grant.role}`) })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            {rowError(index) && (
              <Text size="sm" c="red.9" role="alert">
                {rowError(index)}
              </Text>
            )}
          </Stack>
        );
      })}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        w="fit-content"
        onClick={() =>
          onChange([
            ...value,
            { role: 'coach', organisation: organisations[0] ?? null, employer: null, participant: null },
          ])
        }
      >
        {t('users.addRole')}
      </Button>
    </Stack>
  );
}
