import { Alert, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { CoachSelect } from '../../components/coach-select';
import { FormDialog } from '../../components/form-dialog';
import { useReferralAction } from './use-referral-action';

/**
 * The person started at the receiving organisation: the start date (and the first contact, if none was recorded),
 * and the coach there. The participant's file moves to the receiving organisation with the referral's measure.
 */
export function ReferralStartDialog({
  referral,
  opened,
  onClose,
}: {
  referral: Referral;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  const needsContact = !referral.firstContactOn;
  const form = useForm<{ startedOn: string; firstContactOn: string; coachUserId: string | null }>({
    initialValues: { startedOn: today, firstContactOn: needsContact ? today : '', coachUserId: null },
  });
  const { submit, message, busy } = useReferralAction(form, referral, {
    path: '/start',
    body: (v) => ({
      startedOn: v.startedOn,
      ...(needsContact && { firstContactOn: v.firstContactOn }),
      coachUserId: v.coachUserId,
    }),
    saved: t('referrals.startDialog.saved'),
    onClose,
  });
  const organisation = referral.targetOrganisation.name;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('referrals.startDialog.title')}
      submitLabel={t('referrals.actions.start')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">
        {t('referrals.startDialog.intro', {
          name: `${referral.participant.firstName} ${referral.participant.lastName}`,
          organisation,
          measure: t(`measures.${referral.measure}`),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('referrals.startDialog.startedOn')}
          type="date"
          required
          {...form.getInputProps('startedOn')}
        />
        {needsContact && (
          <TextInput
            label={t('referrals.startDialog.firstContactOn')}
            description={t('referrals.startDialog.firstContactHelp')}
            type="date"
            required
            {...form.getInputProps('firstContactOn')}
          />
        )}
      </SimpleGrid>
      <CoachSelect
        organisationId={referral.targetOrganisation.id}
        label={t('referrals.startDialog.coach')}
        description={t('referrals.startDialog.coachHelp', { organisation })}
        emptyMessage={t('referrals.startDialog.noCoaches', { organisation })}
        {...form.getInputProps('coachUserId')}
      />
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('referrals.startDialog.formerCoach')}
      </Alert>
    </FormDialog>
  );
}
