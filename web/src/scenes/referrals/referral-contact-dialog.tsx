import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useReferralAction } from './use-referral-action';

/** The receiving organisation reached the person: record the date of the first contact. */
export function ReferralContactDialog({
  referral,
  opened,
  onClose,
}: {
  referral: Referral;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { firstContactOn: dayjs().format('YYYY-MM-DD') } });
  const { submit, message, busy } = useReferralAction(form, referral, {
    path: '/contact',
    body: (v) => ({ firstContactOn: v.firstContactOn }),
    saved: t('referrals.contactDialog.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('referrals.contactDialog.title')}
      submitLabel={t('referrals.actions.recordContact')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">
        {t('referrals.contactDialog.intro', {
          name: `${referral.participant.firstName} ${referral.participant.lastName}`,
        })}
      </Text>
      <TextInput
        label={t('referrals.contactDialog.date')}
        type="date"
        required
        {...form.getInputProps('firstContactOn')}
      />
    </FormDialog>
  );
}
