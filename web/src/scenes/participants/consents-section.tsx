import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Consent, Participant } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { QueryView } from '../../components/page';
import { ConsentRecordDialog } from './consent-record-dialog';
import { ConsentWithdrawDialog } from './consent-withdraw-dialog';

/** A participant's consents per purpose, active and withdrawn, with who recorded them; record and withdraw. */
export function ConsentsSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const can = useCan();
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const query = useQuery({
    queryKey: ['participants', participant.id, 'consents'],
    queryFn: () => api.get<Consent[]>(`/participants/${participant.id}/consents`),
  });
  const canRecord = participant.abilities.manageConsents && can('consent.manage');
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('consents.intro')}
        </Text>
        {canRecord && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)}>
            {t('consents.record')}
          </Button>
        )}
      </Group>
      <QueryView query={query}>
        {(consents) =>
          consents.length === 0 ? (
            <Text c="dimmed">{t('consents.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label={t('consents.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('consents.purpose')}</Table.Th>
                    <Table.Th>{t('consents.basis')}</Table.Th>
                    <Table.Th>{t('consents.givenOn')}</Table.Th>
                    <Table.Th>{t('consents.recordedBy')}</Table.Th>
                    <Table.Th>{t('consents.state')}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t('consents.withdraw')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {consents.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        {t(`consents.purposes.${c.purpose}`)}
                        {c.organisation && (
                          <Text size="sm" c="dimmed">
                            {c.organisation.name}
                          </Text>
                        )}
                        {c.note && <Text size="sm">{c.note}</Text>}
                      </Table.Td>
                      <Table.Td>{t(`consents.bases.${c.basis}`)}</Table.Td>
                      <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                      <Table.Td>
                        {t('consents.recordedAt', {
                          name: c.recordedBy.name,
                          date: formatDateTime(c.recordedAt),
                        })}
                        {c.recordedByOrganisation && (
                          <Text size="sm" c="dimmed">
                            {c.recordedByOrganisation.name}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {c.isActive ? (
                          <Badge color="green">{t('consents.active')}</Badge>
                        ) : (
                          <Stack gap={2}>
                            <Badge color="gray">{t('consents.withdrawn')}</Badge>
                            <Text size="sm">
                              {t('consents.withdrawnBy', {
                                date: formatDateTime(c.withdrawnAt),
                                name: c.withdrawnBy?.name ?? '—',
                              })}
                            </Text>
                            {c.withdrawalNote && <Text size="sm">{c.withdrawalNote}</Text>}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {c.abilities.withdraw && can('consent.manage') && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('consents.withdrawNamed', {
                              purpose: t(`consents.purposes.${c.purpose}`),
                            })}
                            onClick={() => setWithdrawing(c)}
                          >
                            {t('consents.withdraw')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {canRecord && (
        <ConsentRecordDialog
          participantId={participant.id}
          opened={recording}
          onClose={() => setRecording(false)}
        />
      )}
      <ConsentWithdrawDialog
        participantId={participant.id}
        consent={withdrawing}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
