import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../../server/src/db/schema';
import type { Measure, Referral } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useReferralAction } from './use-referral-action';

/** The referring side edits what it wrote while the referral is open: motivation, measure, referrer details. */
export function ReferralEditDialog({
  referral,
  opened,
  onClose,
}: {
  referral: Referral;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{
    motivation: string;
    measure: Measure;
    referrerName: string;
    referrerContact: string;
  }>({
    initialValues: {
      motivation: referral.motivation ?? '',
      measure: referral.measure,
      referrerName: referral.referrerName ?? '',
      referrerContact: referral.referrerContact ?? '',
    },
  });
  const { submit, message, busy } = useReferralAction(form, referral, {
    path: '',
    method: 'patch',
    body: (v) => ({ data: v }),
    saved: t('referrals.editDialog.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('referrals.editDialog.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Select
        label={t('referrals.measure')}
        required
        allowDeselect={false}
        data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
        {...form.getInputProps('measure')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('referrals.referrerName')} {...form.getInputProps('referrerName')} />
        <TextInput
          label={t('referrals.referrerContact')}
          description={t('referrals.referrerContactHelp')}
          {...form.getInputProps('referrerContact')}
        />
      </SimpleGrid>
      <Textarea
        label={t('referrals.motivation')}
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps('motivation')}
      />
    </FormDialog>
  );
}
