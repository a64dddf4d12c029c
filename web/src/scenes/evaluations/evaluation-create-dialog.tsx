import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { EvaluationDetail, ParticipantItem } from '../../api/types';
import { errorMessage } from '../../components/forms';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { participantOption } from '../referrals/referral-create-dialog';

/** Plans an evaluation on request for a participant of the organisation (one under way per participant). */
export function EvaluationCreateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [participant, setParticipant] = useState<Option | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async () => {
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      const created = await api.post<EvaluationDetail>('/evaluations', {
        participantId: participant?.value,
        dueOn,
      });
      onClose();
      await navigate(`/evaluations/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      } else {
        setMessage(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('evaluations.newEvaluation')}>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <RemoteSelect<ParticipantItem>
          path="/participants"
          label={t('evaluations.participant')}
          required
          toOption={participantOption}
          value={participant?.value ?? null}
          selected={participant}
          onChange={setParticipant}
          error={errors.participantId ?? errors.measure}
        />
        <TextInput
          type="date"
          label={t('evaluations.dueOn')}
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={errors.dueOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={isBusy}>
            {t('evaluations.newEvaluation')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
