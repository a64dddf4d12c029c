import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useLogin, useMe } from '../../api/session';
import type { DemoAccounts } from '../../api/types';
import { setUiLocale, type UiLocale } from '../../i18n';

/** Only same-site paths are followed after login (never an absolute URL from the query string). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const login = useLogin();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const demo = useQuery({
    queryKey: ['demo-accounts'],
    queryFn: () => api.get<DemoAccounts>('/auth/demo-accounts'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const form = useForm({ initialValues: { email: '', password: '', totp: '' } });

  useEffect(() => {
    document.title = `${t('login.title')} · Werkbrug`;
  }, [t]);

  if (me) {
    return <Navigate to={safeNext(params.get('next'))} replace />;
  }

  const submit = form.onSubmit((values) => {
    setMessage(null);
    login.mutate(
      { email: values.email, password: values.password, totp: needsTotp ? values.totp : undefined },
      {
        onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'totp_required') {
            setNeedsTotp(true);
            setMessage(t('login.totpNeeded'));
            return;
          }
          setMessage(error.message);
        },
      },
    );
  });

  const fillDemoAccount = (email: string) => {
    form.setValues({ email, password: demo.data?.password ?? '', totp: '' });
    setNeedsTotp(false);
  };

  return (
    <Box bg="gray.0" mih="100vh" py="xl" component="main">
      <Center>
        <Stack w={560} maw="94vw" gap="lg">
          <Group justify="space-between">
            <Title order={1} size="h2" c="blue.9">
              Werkbrug
            </Title>
            <SegmentedControl
              size="xs"
              aria-label={t('shell.language')}
              value={i18n.language === 'en' ? 'en' : 'nl-BE'}
              onChange={(value) => void setUiLocale(value as UiLocale)}
              data={[
                { value: 'nl-BE', label: 'NL' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
          <Text c="dimmed">{t('login.tagline')}</Text>
          <Paper withBorder p="lg" radius="md" shadow="xs">
            <form onSubmit={submit} noValidate>
              <Stack>
                <Title order={2} size="h3">
                  {t('login.title')}
                </Title>
                {message && (
                  <Alert color={needsTotp && !login.isError ? 'blue' : 'red'} role="alert">
                    {message}
                  </Alert>
                )}
                <TextInput
                  label={t('login.email')}
                  type="email"
                  autoComplete="username"
                  required
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label={t('login.password')}
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('password')}
                />
                {needsTotp && (
                  <TextInput
                    label={t('login.totp')}
                    description={t('login.totpHelp')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    autoFocus
                    {...form.getInputProps('totp')}
                  />
                )}
                <Button type="submit" loading={login.isPending}>
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
          {demo.data?.enabled && (
            <Paper withBorder p="lg" radius="md">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('login.demoTitle')}
                </Title>
                <Text size="sm">{t('login.demoHelp', { password: demo.data.password })}</Text>
                <Table striped fz="sm" aria-label={t('login.demoTitle')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('login.role')}</Table.Th>
                      <Table.Th>{t('login.account')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {demo.data.accounts.map((account) => (
                      <Table.Tr key={account.email}>
                        <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            onClick={() => fillDemoAccount(account.email)}
                          >
                            {account.email}
                          </Anchor>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Paper>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
