import { Alert, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { MatchExplanation, ProposalDetail } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { isOverridable } from '../matching/explanation-text';
import { WhyNot } from '../matching/match-explanation';

export interface ProposalTarget {
  participant: { id: string; name: string };
  job: { id: string; title: string; employerName: string };
  /** The explanation the user saw: an excluded pair asks for the motivation at once. */
  explanation?: MatchExplanation;
}

/**
 * Makes a match a proposal: kept as a suggestion (internal) or proposed to both parties at once. A pair a hard
 * constraint excludes needs a motivation: the field shows when the explanation says so, or when the server
 * answers 409 `match_excluded`, and the proposal is then sent again with it.
 */
export function ProposalCreateDialog({
  target,
  opened,
  onClose,
  onCreated,
}: {
  target: ProposalTarget;
  opened: boolean;
  onClose: () => void;
  onCreated?: (proposal: ProposalDetail) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [needsOverride, setNeedsOverride] = useState(
    !!target.explanation && isOverridable(target.explanation),
  );
  const form = useForm({
    initialValues: { mode: 'propose' as 'suggest' | 'propose', note: '', overrideReason: '' },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<ProposalDetail>('/proposals', {
        participantId: target.participant.id,
        jobId: target.job.id,
        propose: v.mode === 'propose',
        note: v.note,
        ...(v.overrideReason.trim() && { overrideReason: v.overrideReason }),
      }),
    onSuccess: async (created) => {
      queryClient.setQueryData(['proposals', created.id], created);
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
      await queryClient.invalidateQueries({ queryKey: ['matching'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      notifications.show({ color: 'green', message: t('proposals.create.created') });
      form.reset();
      onCreated?.(created);
      onClose();
    },
    onRefused: (error) => {
      // The pair is excluded: ask for the motivation on its field and let the user send again.
      if (
        error instanceof ApiError &&
        error.status === 409 &&
        error.errors.some((e) => e.code === 'match_excluded')
      ) {
        setNeedsOverride(true);
        form.setFieldError('overrideReason', error.errors.find((e) => e.code === 'match_excluded')!.message);
        return true;
      }
      return false;
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('proposals.create.title')}
      submitLabel={t('proposals.create.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text>
        {t('proposals.create.intro', {
          participant: target.participant.name,
          job: target.job.title,
          employer: target.job.employerName,
        })}
      </Text>
      {target.explanation && <WhyNot explanation={target.explanation} />}
      <Radio.Group label={t('proposals.create.mode')} {...form.getInputProps('mode')}>
        <Stack gap="xs" mt={4}>
          <Radio
            value="propose"
            label={t('proposals.create.propose')}
            description={t('proposals.create.proposeHelp')}
          />
          <Radio
            value="suggest"
            label={t('proposals.create.suggest')}
            description={t('proposals.create.suggestHelp')}
          />
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('proposals.create.note')}
        description={t('proposals.create.noteHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
      {needsOverride && (
        <Alert color="orange" title={t('proposals.create.overrideTitle')} role="note">
          <Textarea
            label={t('proposals.create.overrideReason')}
            description={t('proposals.create.overrideHelp')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('overrideReason')}
          />
        </Alert>
      )}
    </FormDialog>
  );
}
