import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS } from '../../../../server/src/db/schema';
import type { DeclinedBy, DeclineReason, ProposalDetail } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useProposalAction } from './use-proposal-action';

/**
 * Declines a proposal for whoever said no (the sides `abilities.declineAs` allows), with a reason from the
 * network's list and a text (required for "other"). The pair stays out of later matching.
 */
export function ProposalDeclineDialog({
  proposal,
  opened,
  onClose,
}: {
  proposal: ProposalDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const declineAs = proposal.abilities.declineAs;
  const form = useForm<{
    declineReason: DeclineReason | null;
    declineText: string;
    declinedBy: DeclinedBy | null;
  }>({
    initialValues: {
      declineReason: null,
      declineText: '',
      declinedBy: declineAs.length === 1 ? declineAs[0]! : null,
    },
  });
  const { submit, message, busy } = useProposalAction(form, proposal, {
    body: (v) => ({
      to: 'declined',
      declineReason: v.declineReason ?? undefined,
      declineText: v.declineText,
      declinedBy: v.declinedBy ?? undefined,
    }),
    saved: t('proposals.decline.saved'),
    onClose,
  });
  const isOther = form.getValues().declineReason === 'other';
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('proposals.decline.title')}
      submitLabel={t('proposals.actions.decline')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text size="sm">{t('proposals.decline.intro')}</Text>
      <Select
        label={t('proposals.decline.by')}
        required
        data={declineAs.map((d) => ({ value: d, label: t(`proposals.declinedByOptions.${d}`) }))}
        {...form.getInputProps('declinedBy')}
      />
      <Select
        label={t('proposals.decline.reason')}
        required
        data={DECLINE_REASONS.map((r) => ({ value: r, label: t(`proposals.reasons.${r}`) }))}
        {...form.getInputProps('declineReason')}
      />
      <Textarea
        label={t('proposals.decline.text')}
        description={t('proposals.decline.textHelp')}
        required={isOther}
        autosize
        minRows={2}
        {...form.getInputProps('declineText')}
      />
    </FormDialog>
  );
}
