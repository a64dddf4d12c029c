import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken, NewApiToken } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { applyServerErrors, errorMessage } from '../../components/forms';
import { EmptyState, QueryView } from '../../components/page';

const KEY = ['me', 'tokens'];

/** Personal API tokens for integrations: limited to the user's own rights, shown once, revocable. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const query = useQuery({ queryKey: KEY, queryFn: () => api.get<ApiToken[]>('/me/tokens') });
  const form = useForm<{ name: string; expiresInDays: number | string }>({
    initialValues: { name: '', expiresInDays: 90 },
  });
  const create = useMutation({
    mutationFn: (values: { name: string; expiresInDays: number | null }) =>
      api.post<NewApiToken>('/me/tokens', values),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/me/tokens/${id}`),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('account.tokenRevoked') });
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  return (
    <Stack>
      <Text size="sm">{t('account.tokensIntro')}</Text>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setMessage(null);
          create.mutate(
            {
              name: values.name,
              expiresInDays: values.expiresInDays === '' ? null : Number(values.expiresInDays),
            },
            {
              onSuccess: async (token) => {
                setCreated(token);
                form.reset();
                await queryClient.invalidateQueries({ queryKey: KEY });
              },
              onError: (error) => setMessage(applyServerErrors(form, error)),
            },
          );
        })}
      >
        <Group align="flex-start">
          <TextInput label={t('account.tokenName')} required {...form.getInputProps('name')} />
          <NumberInput
            label={t('account.tokenExpiresInDays')}
            description={t('account.tokenExpiresHelp')}
            min={1}
            max={366}
            {...form.getInputProps('expiresInDays')}
          />
          <Button type="submit" mt={24} loading={create.isPending}>
            {t('account.tokenCreate')}
          </Button>
        </Group>
      </form>
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      {created && (
        <Alert
          color="green"
          title={t('account.tokenCreated')}
          withCloseButton
          onClose={() => setCreated(null)}
          closeButtonLabel={t('common.close')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('account.tokenOnce')}</Text>
            <Code block data-testid="new-token">
              {created.token}
            </Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" w="fit-content" onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      <QueryView query={query}>
        {(tokens) =>
          tokens.length === 0 ? (
            <EmptyState>{t('account.noTokens')}</EmptyState>
          ) : (
            <Table aria-label={t('account.tokens')} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.tokenName')}</Table.Th>
                  <Table.Th>{t('account.tokenPrefix')}</Table.Th>
                  <Table.Th>{t('account.tokenCreatedAt')}</Table.Th>
                  <Table.Th>{t('account.tokenExpiresAt')}</Table.Th>
                  <Table.Th>{t('account.tokenLastUsed')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                    <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                    <Table.Td>{formatDateTime(token.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      {token.revokedAt ? (
                        <Badge color="gray">{t('account.tokenRevokedBadge')}</Badge>
                      ) : (
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="light"
                          loading={revoke.isPending && revoke.variables === token.id}
                          onClick={() => revoke.mutate(token.id)}
                          aria-label={t('account.tokenRevokeNamed', { name: token.name })}
                        >
                          {t('account.tokenRevoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
    </Stack>
  );
}
