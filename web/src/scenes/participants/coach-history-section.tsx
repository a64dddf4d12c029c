import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CoachHistoryEntry, Participant } from '../../api/types';
import { formatDate } from '../../components/format';
import { QueryView } from '../../components/page';
import { CoachChangeDialog } from './coach-change-dialog';

/** Reasons the server records itself (as codes); anything else is what a user wrote. */
const REASON_CODES = ['referral_started'];

/** Every coach and organisation the participant has had, newest first, and the hand-over to another one. */
export function CoachHistorySection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const query = useQuery({
    queryKey: ['participants', participant.id, 'coach-history', participant.version],
    queryFn: () => api.get<CoachHistoryEntry[]>(`/participants/${participant.id}/coach-history`),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('coaches.formerCoachAccess')}
        </Text>
        {participant.abilities.changeCoach && (
          <Button leftSection={<IconUserShare size={16} />} onClick={() => setChanging(true)}>
            {t('coaches.change')}
          </Button>
        )}
      </Group>
      <QueryView query={query}>
        {(history) =>
          history.length === 0 ? (
            <Text c="dimmed">{t('coaches.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={t('coaches.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('coaches.organisation')}</Table.Th>
                    <Table.Th>{t('coaches.coach')}</Table.Th>
                    <Table.Th>{t('coaches.from')}</Table.Th>
                    <Table.Th>{t('coaches.until')}</Table.Th>
                    <Table.Th>{t('coaches.readAccessUntil')}</Table.Th>
                    <Table.Th>{t('coaches.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.map((h) => (
                    <Table.Tr key={h.id}>
                      <Table.Td>{h.organisation?.name ?? '—'}</Table.Td>
                      <Table.Td>{h.coach?.name ?? t('coaches.none')}</Table.Td>
                      <Table.Td>{formatDate(h.startedAt)}</Table.Td>
                      <Table.Td>
                        {h.endedAt ? (
                          formatDate(h.endedAt)
                        ) : (
                          <Badge color="blue">{t('coaches.current')}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{formatDate(h.readAccessUntil)}</Table.Td>
                      <Table.Td>
                        {h.reason
                          ? REASON_CODES.includes(h.reason)
                            ? t(`coaches.reasons.${h.reason}`)
                            : h.reason
                          : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {participant.abilities.changeCoach && (
        <CoachChangeDialog
          key={participant.version}
          participant={participant}
          opened={changing}
          onClose={() => setChanging(false)}
        />
      )}
    </Stack>
  );
}
