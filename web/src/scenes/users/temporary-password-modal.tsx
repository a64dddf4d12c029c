import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shows a temporary password once, to pass on to the user by a safe channel. */
export function TemporaryPasswordModal({
  password,
  email,
  onClose,
}: {
  password: string | null;
  email: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={password !== null} onClose={onClose} title={t('users.temporaryPasswordTitle')}>
      <Stack>
        <Text size="sm">{t('users.temporaryPasswordHelp', { email })}</Text>
        <Code block fz="lg" data-testid="temporary-password">
          {password}
        </Code>
        <Alert color="orange">{t('users.temporaryPasswordOnce')}</Alert>
        <Group justify="flex-end">
          <CopyButton value={password ?? ''}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
