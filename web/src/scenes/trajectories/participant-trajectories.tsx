import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Page, Participant, TrajectoryItem } from '../../api/types';
import { QueryView } from '../../components/page';
import { TrajectoryCreateDialog } from './trajectory-create-dialog';
import { formatRange, OverdueMark, TrajectoryStatusBadge } from './trajectory-status';

/** The trajectories of one participant on their file, newest first, with "open trajectory" for the holder. */
export function ParticipantTrajectories({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const query = useQuery({
    queryKey: ['trajectories', { participantId: participant.id }],
    queryFn: () =>
      api.get<Page<TrajectoryItem>>('/trajectories', { participantId: participant.id, pageSize: 100 }),
  });
  const hasOpen = query.data?.items.some((i) => i.status === 'open') ?? true;
  const canOpen =
    can('trajectory.write') && participant.access === 'edit' && participant.status !== 'merged' && !hasOpen;
  return (
    <Stack>
      {canOpen && (
        <Group justify="flex-end">
          <Button leftSection={<IconRoute size={16} />} onClick={() => setCreating(true)}>
            {t('trajectories.create.title')}
          </Button>
        </Group>
      )}
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('trajectories.participantSection.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped aria-label={t('trajectories.participantSection.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('trajectories.type')}</Table.Th>
                    <Table.Th>{t('trajectories.period')}</Table.Th>
                    <Table.Th>{t('trajectories.currentPhases')}</Table.Th>
                    <Table.Th>{t('trajectories.terms')}</Table.Th>
                    <Table.Th>{t('trajectories.leadOrganisation')}</Table.Th>
                    <Table.Th>{t('trajectories.status')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.type.name}</Table.Td>
                      <Table.Td>{formatRange(item.startedOn, item.closedOn ?? item.plannedEndOn)}</Table.Td>
                      <Table.Td>{item.currentPhases.map((p) => p.name).join(', ') || '—'}</Table.Td>
                      <Table.Td>
                        <OverdueMark trajectory={item} />
                      </Table.Td>
                      <Table.Td>{item.leadOrganisation.name}</Table.Td>
                      <Table.Td>
                        <TrajectoryStatusBadge trajectory={item} />
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/trajectories/${item.id}`}>
                          {t('trajectories.participantSection.open')}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {canOpen && (
        <TrajectoryCreateDialog
          participant={participant}
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void navigate(`/trajectories/${created.id}`);
          }}
        />
      )}
    </Stack>
  );
}
