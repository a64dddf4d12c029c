import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NO_START_REASONS } from '../../../../server/src/db/schema';
import type { NoStartReason, Referral } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useReferralAction } from './use-referral-action';

/** The person did not start: a reason from the network's list, with an explanation (required for "other"). */
export function ReferralNoStartDialog({
  referral,
  opened,
  onClose,
}: {
  referral: Referral;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ noStartReason: NoStartReason | null; noStartText: string; firstContactOn: string }>({
    initialValues: { noStartReason: null, noStartText: '', firstContactOn: '' },
  });
  const { submit, message, busy } = useReferralAction(form, referral, {
    path: '/no-start',
    body: (v) => ({
      noStartReason: v.noStartReason ?? undefined,
      noStartText: v.noStartText,
      ...(v.firstContactOn && { firstContactOn: v.firstContactOn }),
    }),
    saved: t('referrals.noStartDialog.saved'),
    onClose,
  });
  const isOther = form.getValues().noStartReason === 'other';
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('referrals.noStartDialog.title')}
      submitLabel={t('referrals.noStartDialog.title')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('referrals.noStartDialog.intro')}</Text>
      <Select
        label={t('referrals.noStartReason')}
        required
        data={NO_START_REASONS.map((r) => ({ value: r, label: t(`referrals.noStartReasons.${r}`) }))}
        {...form.getInputProps('noStartReason')}
      />
      <Textarea
        label={t('referrals.noStartDialog.text')}
        description={t('referrals.noStartDialog.textHelp')}
        required={isOther}
        autosize
        minRows={2}
        {...form.getInputProps('noStartText')}
      />
      {!referral.firstContactOn && (
        <TextInput
          label={t('referrals.noStartDialog.firstContactOn')}
          type="date"
          {...form.getInputProps('firstContactOn')}
        />
      )}
    </FormDialog>
  );
}
