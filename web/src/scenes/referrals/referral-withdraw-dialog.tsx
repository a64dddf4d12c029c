import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useReferralAction } from './use-referral-action';

/** The referring side takes the referral back, with an optional note. */
export function ReferralWithdrawDialog({
  referral,
  opened,
  onClose,
}: {
  referral: Referral;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { note: '' } });
  const { submit, message, busy } = useReferralAction(form, referral, {
    path: '/withdraw',
    body: (v) => ({ note: v.note }),
    saved: t('referrals.withdrawDialog.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('referrals.withdrawDialog.title')}
      submitLabel={t('referrals.withdrawDialog.confirm')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('referrals.withdrawDialog.intro')}</Text>
      <Textarea
        label={t('referrals.withdrawDialog.note')}
        description={t('referrals.withdrawDialog.noteHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
