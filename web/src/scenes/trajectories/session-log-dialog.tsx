import { MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SESSION_LOCATIONS, SESSION_TOPICS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { NewCoachingSession } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { todayIso, useTrajectoryAction } from './use-trajectory-action';

type Values = {
  sessionOn: string;
  durationMinutes: number | string;
  location: NewCoachingSession['location'] | null;
  topics: string[];
  notes: string;
  confidentialNotes: string;
};

/** Log a coaching session: when, how long, where, topics, notes and (for the coach) a confidential part. */
export function SessionLogDialog({
  trajectoryId,
  opened,
  onClose,
  allowConfidential,
}: {
  trajectoryId: string;
  opened: boolean;
  onClose: () => void;
  allowConfidential: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      sessionOn: todayIso(),
      durationMinutes: 60,
      location: null,
      topics: [],
      notes: '',
      confidentialNotes: '',
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.post(`/trajectories/${trajectoryId}/sessions`, {
        sessionOn: v.sessionOn,
        durationMinutes: v.durationMinutes === '' ? undefined : Number(v.durationMinutes),
        location: v.location ?? undefined,
        topics: v.topics,
        notes: v.notes,
        ...(allowConfidential && { confidentialNotes: v.confidentialNotes }),
      }),
    saved: t('trajectories.session.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.session.log')}
      submitLabel={t('trajectories.session.submit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <TextInput
        label={t('trajectories.session.date')}
        type="date"
        required
        {...form.getInputProps('sessionOn')}
      />
      <NumberInput
        label={t('trajectories.session.duration')}
        description={t('trajectories.session.durationHelp')}
        required
        min={5}
        max={600}
        step={15}
        {...form.getInputProps('durationMinutes')}
      />
      <Select
        label={t('trajectories.session.location')}
        required
        data={SESSION_LOCATIONS.map((l) => ({ value: l, label: t(`trajectories.session.locations.${l}`) }))}
        {...form.getInputProps('location')}
      />
      <MultiSelect
        label={t('trajectories.session.topicsLabel')}
        data={SESSION_TOPICS.map((topic) => ({
          value: topic,
          label: t(`trajectories.session.topics.${topic}`),
        }))}
        searchable
        {...form.getInputProps('topics')}
      />
      <Textarea
        label={t('trajectories.session.notes')}
        autosize
        minRows={3}
        {...form.getInputProps('notes')}
      />
      {allowConfidential && (
        <Textarea
          label={t('trajectories.session.confidential')}
          description={t('trajectories.session.confidentialHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('confidentialNotes')}
        />
      )}
    </FormDialog>
  );
}
