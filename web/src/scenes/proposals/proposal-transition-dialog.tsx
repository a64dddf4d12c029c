import { Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useProposalAction } from './use-proposal-action';

export type ProposalStep = 'proposed' | 'interview' | 'accepted';

const TITLE: Record<ProposalStep, string> = {
  proposed: 'proposals.transition.proposeTitle',
  interview: 'proposals.transition.interviewTitle',
  accepted: 'proposals.transition.acceptTitle',
};
const SUBMIT: Record<ProposalStep, string> = {
  proposed: 'proposals.actions.propose',
  interview: 'proposals.actions.interview',
  accepted: 'proposals.actions.accept',
};

/** A step forward on a proposal: propose it to both parties, plan the interview (its date), or accept it. */
export function ProposalTransitionDialog({
  proposal,
  to,
  opened,
  onClose,
}: {
  proposal: ProposalDetail;
  to: ProposalStep;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { interviewOn: proposal.interviewOn ?? '', note: '' } });
  const { submit, message, busy } = useProposalAction(form, proposal, {
    body: (v) => ({
      to,
      note: v.note,
      ...(to === 'interview' && v.interviewOn && { interviewOn: v.interviewOn }),
    }),
    saved: t('proposals.transition.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(TITLE[to])}
      submitLabel={t(SUBMIT[to])}
      size="lg"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      {to === 'proposed' && <Text size="sm">{t('proposals.transition.proposeIntro')}</Text>}
      {to === 'accepted' && <Text size="sm">{t('proposals.transition.acceptIntro')}</Text>}
      {to === 'interview' && (
        <TextInput
          label={t('proposals.transition.interviewOn')}
          type="date"
          required
          data-autofocus
          {...form.getInputProps('interviewOn')}
        />
      )}
      <Textarea label={t('proposals.transition.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
