import { Alert, Loader, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Duplicate, Participant } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate, formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { statusLabel } from './participant-status';

/**
 * Merge a likely duplicate pair: the user sees both files side by side and chooses the one to keep. Both
 * versions are sent, so a file changed in the meantime is not merged blindly.
 */
export function ParticipantMergeDialog({ pair, onClose }: { pair: Duplicate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const ids = pair ? [pair.a.id, pair.b.id] : [];
  const records = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['participants', id],
      queryFn: () => api.get<Participant>(`/participants/${id}`),
    })),
  });
  const [a, b] = records.map((r) => r.data);
  const form = useForm<{ survivor: 'a' | 'b' }>({ initialValues: { survivor: 'a' } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: ({ survivor }) => {
      const [keep, drop] = survivor === 'a' ? [a!, b!] : [b!, a!];
      return api.post<Participant>(`/participants/${keep.id}/merge`, {
        version: keep.version,
        duplicateId: drop.id,
        duplicateVersion: drop.version,
      });
    },
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('duplicates.merged') });
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      form.reset();
      onClose();
    },
    conflictKey: ['participants'],
    onConflict: onClose,
  });
  const failed = records.find((r) => r.isError);

  return (
    <FormDialog
      opened={pair !== null}
      onClose={onClose}
      title={t('duplicates.mergeTitle')}
      submitLabel={t('duplicates.confirm')}
      onSubmit={(event) => (a && b ? submit(event) : event?.preventDefault())}
      busy={busy}
      message={message}
      size="xl"
    >
      <Text size="sm">{t('duplicates.mergeIntro')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(failed.error)}
        </Alert>
      )}
      {!a || !b ? (
        !failed && <Loader aria-label={t('common.loading')} />
      ) : (
        <Radio.Group label={t('duplicates.survivor')} {...form.getInputProps('survivor')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {(
              [
                ['a', a],
                ['b', b],
              ] as const
            ).map(([letter, p]) => (
              <Radio.Card key={letter} value={letter} p="md" radius="sm" withBorder>
                <Stack gap={4}>
                  <Radio.Indicator aria-hidden />
                  <Text fw={700}>{t('duplicates.keep', { letter: letter.toUpperCase() })}</Text>
                  <Text>
                    {p.firstName} {p.lastName}
                  </Text>
                  <Text size="sm">
                    {formatDate(p.birthDate)} · {p.nationalNumber}
                  </Text>
                  <Text size="sm">{p.organisation?.name ?? '—'}</Text>
                  <Text size="sm">
                    {t('duplicates.status')}: {statusLabel(t, p.status)}
                  </Text>
                  <Text size="sm">
                    {[p.street, p.postcode, p.municipality?.name].filter(Boolean).join(' ') || '—'}
                  </Text>
                  <Text size="sm">{p.email ?? '—'}</Text>
                  <Text size="sm" c="dimmed">
                    {t('participantRecord.lastActivityAt')}: {formatDateTime(p.lastActivityAt)}
                  </Text>
                </Stack>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      )}
    </FormDialog>
  );
}
