import {
  Alert,
  Button,
  Code,
  Group,
  Image,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ME_KEY, useCan, useCurrentUser } from '../../api/session';
import type { Locale, Me, TotpSetup } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { applyServerErrors } from '../../components/forms';
import { PageHeader } from '../../components/page';
import { setUiLocale } from '../../i18n';
import { CalendarFeedSection } from '../trajectories/calendar-feed-section';
import { ApiTokensSection } from './api-tokens-section';
import { PasswordForm } from './password-form';

function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<{ displayName: string; locale: Locale }>({
    initialValues: { displayName: me.displayName, locale: me.locale },
  });
  const save = useMutation({
    mutationFn: (data: typeof form.values) => api.patch('/me', { version: me.version, data }),
  });
  const submit = form.onSubmit((values) => {
    setMessage(null);
    save.mutate(values, {
      onSuccess: async () => {
        await setUiLocale(values.locale);
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
        notifications.show({ color: 'green', message: t('common.saved') });
      },
      onError: async (error) => {
        if (!(await handleConflict(error, queryClient, ME_KEY))) {
          setMessage(applyServerErrors(form, error));
        }
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <TextInput label={t('users.displayName')} required {...form.getInputProps('displayName')} />
        <TextInput label={t('users.email')} value={me.email} readOnly description={t('account.emailHelp')} />
        <Select
          label={t('users.language')}
          allowDeselect={false}
          data={[
            { value: 'nl-BE', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          {...form.getInputProps('locale')}
        />
        <Button type="submit" w="fit-content" loading={save.isPending} disabled={!form.isDirty()}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function TotpSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const codeForm = useForm({ initialValues: { code: '' } });
  const disableForm = useForm({ initialValues: { password: '' } });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ME_KEY });

  const start = useMutation({
    mutationFn: () => api.post<TotpSetup>('/me/totp/setup'),
    onSuccess: setSetup,
    onError: (error) => setMessage(error.message),
  });
  const enable = useMutation({ mutationFn: (code: string) => api.post('/me/totp/enable', { code }) });
  const disable = useMutation({
    mutationFn: (password: string) => api.post('/me/totp/disable', { password }),
  });

  if (me.totpEnabled) {
    return (
      <form
        noValidate
        onSubmit={disableForm.onSubmit((values) =>
          disable.mutate(values.password, {
            onSuccess: async () => {
              disableForm.reset();
              notifications.show({ color: 'green', message: t('account.totpDisabled') });
              await refresh();
            },
            onError: (error) => setMessage(applyServerErrors(disableForm, error)),
          }),
        )}
      >
        <Stack maw={420}>
          <Alert color="green">{t('account.totpOn')}</Alert>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            {...disableForm.getInputProps('password')}
          />
          <Button type="submit" color="red" w="fit-content" loading={disable.isPending}>
            {t('account.totpDisable')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack maw={520}>
      <Text size="sm">{t('account.totpIntro')}</Text>
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      {!setup ? (
        <Button w="fit-content" onClick={() => start.mutate()} loading={start.isPending}>
          {t('account.totpStart')}
        </Button>
      ) : (
        <form
          noValidate
          onSubmit={codeForm.onSubmit((values) =>
            enable.mutate(values.code, {
              onSuccess: async () => {
                setSetup(null);
                codeForm.reset();
                notifications.show({ color: 'green', message: t('account.totpEnabled') });
                await refresh();
              },
              onError: (error) => setMessage(applyServerErrors(codeForm, error)),
            }),
          )}
        >
          <Stack>
            <Text size="sm">{t('account.totpScan')}</Text>
            <Image src={svgDataUrl(setup.qrSvg)} alt={t('account.totpQrAlt')} w={200} h={200} />
            <Text size="sm">
              {t('account.totpSecret')} <Code data-testid="totp-secret">{setup.secret}</Code>
            </Text>
            <TextInput
              label={t('account.totpCode')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              {...codeForm.getInputProps('code')}
            />
            <Group>
              <Button type="submit" loading={enable.isPending}>
                {t('account.totpConfirm')}
              </Button>
              <Button variant="default" onClick={() => setSetup(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** Your own account: name and language, password, two-step verification, personal API tokens, calendar feed. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('account.title')} description={me.email} />
      <Paper withBorder p="lg">
        <Tabs defaultValue="profile" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="profile">{t('account.profile')}</Tabs.Tab>
            <Tabs.Tab value="password">{t('account.password')}</Tabs.Tab>
            <Tabs.Tab value="totp">{t('account.totp')}</Tabs.Tab>
            <Tabs.Tab value="tokens">{t('account.tokens')}</Tabs.Tab>
            {can('calendar.feed') && <Tabs.Tab value="calendar">{t('calendarFeed.title')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="profile">
            <Title order={2} size="h4" mb="sm">
              {t('account.profile')}
            </Title>
            <ProfileSection key={me.version} me={me} />
          </Tabs.Panel>
          <Tabs.Panel value="password">
            <Title order={2} size="h4" mb="sm">
              {t('account.password')}
            </Title>
            <PasswordForm />
          </Tabs.Panel>
          <Tabs.Panel value="totp">
            <Title order={2} size="h4" mb="sm">
              {t('account.totp')}
            </Title>
            <TotpSection me={me} />
          </Tabs.Panel>
          <Tabs.Panel value="tokens">
            <Title order={2} size="h4" mb="sm">
              {t('account.tokens')}
            </Title>
            <ApiTokensSection />
          </Tabs.Panel>
          <Tabs.Panel value="calendar">
            <Title order={2} size="h4" mb="sm">
              {t('calendarFeed.title')}
            </Title>
            <CalendarFeedSection />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
