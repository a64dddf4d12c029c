import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLockOpen } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { CreatedUser, Locale, User } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDateTime } from '../../components/format';
import { applyServerErrors, errorMessage } from '../../components/forms';
import { PageHeader, QueryView } from '../../components/page';
import { type GrantDraft, grantToInput, RolesEditor, useGrantableOrganisations } from './roles-editor';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { isLocked, UserStatus } from './user-status';

function toDrafts(user: User): GrantDraft[] {
  return user.roles.map((g) => ({
    role: g.role,
    organisation: g.organisation ? { value: g.organisation.id, label: g.organisation.name } : null,
    employer: g.employer ? { value: g.employer.id, label: g.employer.name } : null,
    participant: g.participantId ? { value: g.participantId, label: g.participantId.slice(0, 8) } : null,
  }));
}

function ProfileForm({ user, onSaved }: { user: User; onSaved: (user: User) => Promise<void> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useGrantableOrganisations();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<{
    displayName: string;
    email: string;
    organisationId: string | null;
    locale: Locale;
    isActive: boolean;
  }>({
    initialValues: {
      displayName: user.displayName,
      email: user.email,
      organisationId: user.organisation?.id ?? null,
      locale: user.locale,
      isActive: user.isActive,
    },
  });
  const orgOptions =
    user.organisation && !organisations.some((o) => o.value === user.organisation?.id)
      ? [{ value: user.organisation.id, label: user.organisation.name }, ...organisations]
      : organisations;
  const save = useMutation({
    mutationFn: (data: typeof form.values) =>
      api.patch<User>(`/users/${user.id}`, { version: user.version, data }),
  });
  const submit = form.onSubmit((values) => {
    setMessage(null);
    save.mutate(values, {
      onSuccess: async (saved) => {
        notifications.show({ color: 'green', message: t('common.saved') });
        await onSaved(saved);
      },
      onError: async (error) => {
        if (!(await handleConflict(error, queryClient, ['users', user.id]))) {
          setMessage(applyServerErrors(form, error));
        }
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.displayName')}
            required
            disabled={!user.abilities.update}
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            disabled={!user.abilities.update}
            {...form.getInputProps('email')}
          />
          <Select
            label={t('users.homeOrganisation')}
            searchable
            data={orgOptions}
            disabled={!user.abilities.update}
            {...form.getInputProps('organisationId')}
          />
          <Select
            label={t('users.language')}
            allowDeselect={false}
            disabled={!user.abilities.update}
            data={[
              { value: 'nl-BE', label: 'Nederlands' },
              { value: 'en', label: 'English' },
            ]}
            {...form.getInputProps('locale')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('users.isActive')}
          description={t('users.isActiveHelp')}
          disabled={!user.abilities.update}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
        {user.abilities.update && (
          <Button type="submit" w="fit-content" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        )}
      </Stack>
    </form>
  );
}

function RolesSection({ user, onSaved }: { user: User; onSaved: (user: User) => Promise<void> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<{ roles: GrantDraft[] }>({ initialValues: { roles: toDrafts(user) } });
  const save = useMutation({
    mutationFn: (roles: GrantDraft[]) =>
      api.put<User>(`/users/${user.id}/roles`, { version: user.version, roles: roles.map(grantToInput) }),
  });
  const submit = form.onSubmit((values) => {
    setMessage(null);
    save.mutate(values.roles, {
      onSuccess: async (saved) => {
        notifications.show({ color: 'green', message: t('users.rolesSaved') });
        await onSaved(saved);
      },
      onError: async (error) => {
        if (!(await handleConflict(error, queryClient, ['users', user.id]))) {
          setMessage(applyServerErrors(form, error));
        }
      },
    });
  });
  if (!user.abilities.manageRoles) {
    return (
      <Text size="sm" c="dimmed">
        {t('users.rolesReadOnly')}
      </Text>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <RolesEditor
          value={form.values.roles}
          onChange={(roles) => form.setFieldValue('roles', roles)}
          errors={form.errors}
        />
        <Button type="submit" w="fit-content" loading={save.isPending} disabled={!form.isDirty()}>
          {t('users.saveRoles')}
        </Button>
      </Stack>
    </form>
  );
}

export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['users', id];
  const query = useQuery({ queryKey: key, queryFn: () => api.get<User>(`/users/${id}`) });
  const [temporary, setTemporary] = useState<CreatedUser | null>(null);
  const onSaved = async (saved: User) => {
    queryClient.setQueryData(key, saved);
    await queryClient.invalidateQueries({ queryKey: ['users'], exact: false });
  };
  const unlock = useMutation({
    mutationFn: () => api.post<User>(`/users/${id}/unlock`),
    onSuccess: async (saved) => {
      notifications.show({ color: 'green', message: t('users.unlocked') });
      await onSaved(saved);
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  const reset = useMutation({
    mutationFn: () => api.post<CreatedUser>(`/users/${id}/reset-password`),
    onSuccess: async (result) => {
      setTemporary(result);
      await onSaved(result.user);
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  return (
    <QueryView query={query}>
      {(user) => (
        <>
          <PageHeader
            title={user.displayName}
            description={
              <Group gap="sm" component="span">
                <span>{user.email}</span>
                <UserStatus user={user} />
                <span>{t('users.lastLoginAt', { date: formatDateTime(user.lastLoginAt) })}</span>
              </Group>
            }
            actions={
              user.abilities.update && (
                <>
                  {isLocked(user) && (
                    <Button
                      leftSection={<IconLockOpen size={16} />}
                      variant="light"
                      onClick={() => unlock.mutate()}
                      loading={unlock.isPending}
                    >
                      {t('users.unlock')}
                    </Button>
                  )}
                  <Button
                    leftSection={<IconKey size={16} />}
                    variant="default"
                    loading={reset.isPending}
                    onClick={() => {
                      if (window.confirm(t('users.resetConfirm', { name: user.displayName }))) {
                        reset.mutate();
                      }
                    }}
                  >
                    {t('users.resetPassword')}
                  </Button>
                </>
              )
            }
          />
          <Stack>
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="md">
                {t('users.profile')}
              </Title>
              <ProfileForm key={user.version} user={user} onSaved={onSaved} />
            </Paper>
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="md">
                {t('users.roles')}
              </Title>
              <RolesSection key={user.version} user={user} onSaved={onSaved} />
            </Paper>
            <Anchor component={Link} to={`/audit?entityType=user&entityId=${user.id}`}>
              {t('users.auditTrail')}
            </Anchor>
          </Stack>
          <TemporaryPasswordModal
            password={temporary?.temporaryPassword ?? null}
            email={user.email}
            onClose={() => setTemporary(null)}
          />
        </>
      )}
    </QueryView>
  );
}
