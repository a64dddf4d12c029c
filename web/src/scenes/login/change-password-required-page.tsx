import { Box, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../api/session';
import { PasswordForm } from '../account/password-form';

/** After a temporary password, nothing else is reachable until the user has chosen their own. */
export function ChangePasswordRequiredPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${t('account.mustChangeTitle')} · Werkbrug`;
  }, [t]);
  return (
    <Box bg="gray.0" mih="100vh" py="xl" component="main">
      <Center>
        <Paper withBorder p="lg" w={480} maw="94vw">
          <Stack>
            <Title order={1} size="h3">
              {t('account.mustChangeTitle')}
            </Title>
            <Text size="sm">{t('account.mustChangeHelp')}</Text>
            <PasswordForm />
            <Button
              variant="subtle"
              w="fit-content"
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
            >
              {t('shell.logout')}
            </Button>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
