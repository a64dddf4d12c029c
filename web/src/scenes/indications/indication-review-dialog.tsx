import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Indication } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { applyServerErrors } from '../../components/forms';

/** The validator's decision: approve (with the advice's validity) or return with remarks for the consultant. */
export function IndicationReviewDialog({
  indication,
  decision,
  onClose,
}: {
  indication: Indication;
  decision: 'approved' | 'returned';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { remarks: '', validMonths: 24 as number | string } });
  const isApproval = decision === 'approved';

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setMessage(null);
    try {
      const reviewed = await api.post<Indication>(`/indications/${indication.id}/review`, {
        version: indication.version,
        decision,
        remarks: values.remarks,
        ...(isApproval && { validMonths: Number(values.validMonths) }),
      });
      queryClient.setQueryData(['indications', indication.id], reviewed);
      await queryClient.invalidateQueries({ queryKey: ['indications'] });
      notifications.show({
        color: 'green',
        message: t(isApproval ? 'indications.review.approved' : 'indications.review.returned'),
      });
      onClose();
    } catch (error) {
      if (await handleConflict(error, queryClient, ['indications', indication.id])) {
        onClose();
      } else {
        setMessage(applyServerErrors(form, error));
      }
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(isApproval ? 'indications.review.approveTitle' : 'indications.review.returnTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          {isApproval && <Text size="sm">{t('indications.review.approveHelp')}</Text>}
          {isApproval && (
            <NumberInput
              label={t('indications.review.validMonths')}
              min={1}
              max={60}
              {...form.getInputProps('validMonths')}
            />
          )}
          <Textarea
            label={t('indications.review.remarks')}
            required={!isApproval}
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('remarks')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={isApproval ? 'green' : undefined}>
              {t(isApproval ? 'indications.review.approve' : 'indications.review.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
