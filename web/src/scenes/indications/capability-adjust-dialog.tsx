import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CapabilityProfile } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { applyServerErrors } from '../../components/forms';

/** The coach sets one dimension's level with a reason; the derived level and the history stay visible. */
export function CapabilityAdjustDialog({
  participantId,
  version,
  level,
  onClose,
}: {
  participantId: string;
  version: number;
  level: CapabilityProfile['levels'][number];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['capability-profile', participantId];
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { level: level.level === null ? null : String(level.level), reason: '' },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await api.post<CapabilityProfile>(
        `/participants/${participantId}/capability-profile/adjustments`,
        {
          version,
          dimension: level.dimension,
          level: values.level === null ? null : Number(values.level),
          reason: values.reason,
        },
      );
      queryClient.setQueryData(key, saved);
      notifications.show({ color: 'green', message: t('capabilities.adjusted') });
      onClose();
    } catch (error) {
      if (await handleConflict(error, queryClient, key)) {
        onClose();
      } else {
        setMessage(applyServerErrors(form, error));
      }
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('capabilities.adjustTitle', { dimension: level.label })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <Text size="sm">{t('capabilities.adjustHelp')}</Text>
          <Text size="sm" c="dimmed">
            {t('capabilities.derived')}:{' '}
            {level.derivedLevel === null
              ? t('capabilities.notAssessed')
              : t(`capabilities.levels.l${level.derivedLevel}`)}
          </Text>
          <Select
            label={t('capabilities.newLevel')}
            required
            allowDeselect={false}
            data={[0, 1, 2, 3, 4].map((l) => ({ value: String(l), label: t(`capabilities.levels.l${l}`) }))}
            {...form.getInputProps('level')}
          />
          <Textarea
            label={t('capabilities.reason')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
