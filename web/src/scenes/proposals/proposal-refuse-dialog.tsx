import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DeclineReason, ProposalDetail } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { PARTICIPANT_REASONS } from './proposal-reasons';
import { useProposalAction } from './use-proposal-action';

/** "Nee, dit wil ik niet": the participant says no to a proposal with a simple reason, in plain Dutch. */
export function ProposalRefuseDialog({
  proposal,
  opened,
  onClose,
}: {
  proposal: ProposalDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ declineReason: DeclineReason | null; declineText: string }>({
    initialValues: { declineReason: null, declineText: '' },
  });
  const { submit, message, busy } = useProposalAction(form, proposal, {
    body: (v) => ({
      to: 'declined',
      declinedBy: 'participant',
      declineReason: v.declineReason ?? undefined,
      declineText: v.declineText,
    }),
    saved: t('myProposals.refused'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('myProposals.refuseTitle')}
      submitLabel={t('myProposals.refuseSubmit')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text>{t('myProposals.refuseIntro')}</Text>
      <Radio.Group label={t('myProposals.refuseReason')} required {...form.getInputProps('declineReason')}>
        <Stack gap="xs" mt={6}>
          {PARTICIPANT_REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`myProposals.reasons.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {form.getValues().declineReason === 'other' && (
        <Textarea
          label={t('myProposals.otherText')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('declineText')}
        />
      )}
    </FormDialog>
  );
}
