import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Indication, ParticipantItem } from '../../api/types';
import { errorMessage } from '../../components/forms';
import { type Option, RemoteSelect } from '../../components/remote-select';

/**
 * Starts an indication for a participant the consultant can see; the server ties it to the participant's latest
 * referral. With `participant` given (from the participant's page) the choice is fixed.
 */
export function IndicationCreateDialog({
  opened,
  onClose,
  participant,
}: {
  opened: boolean;
  onClose: () => void;
  participant?: Option;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Option | null>(participant ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (!chosen) {
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const created = await api.post<Indication>('/indications', { participantId: chosen.value });
      onClose();
      await navigate(`/indications/${created.id}`);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('indications.new')}>
      <Stack>
        <Text size="sm">{t('indications.newDescription')}</Text>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <RemoteSelect<ParticipantItem>
          path="/participants"
          label={t('indications.participant')}
          value={chosen?.value ?? null}
          selected={chosen}
          disabled={!!participant}
          onChange={setChosen}
          toOption={(p) => ({
            value: p.id,
            label: `${p.lastName}, ${p.firstName} (${p.nationalNumberMasked})`,
          })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start} loading={busy} disabled={!chosen}>
            {t('indications.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
