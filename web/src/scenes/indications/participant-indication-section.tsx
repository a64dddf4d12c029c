import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { IndicationItem, Page, Participant } from '../../api/types';
import { formatDate } from '../../components/format';
import { QueryView } from '../../components/page';
import { CapabilityProfileCard } from './capability-profile-card';
import { IndicationCreateDialog } from './indication-create-dialog';
import { INDICATION_STATUS_COLOR } from './indication-labels';

/**
 * On a participant's page: their indications (the list carries no health data) and, for those with a ground,
 * the capability profile. The server decides who sees what and logs every view.
 */
export function ParticipantIndicationSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const query = useQuery({
    queryKey: ['indications', { participantId: participant.id }],
    queryFn: () =>
      api.get<Page<IndicationItem>>('/indications', { participantId: participant.id, pageSize: 50 }),
    enabled: can('indication.read'),
  });
  if (!can('indication.read')) {
    return null;
  }
  const hasOpen = query.data?.items.some((i) => i.status !== 'approved');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="indication-section">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="indication-section">
          {t('indications.section.title')}
        </Title>
        {can('indication.write') && !hasOpen && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
          >
            {t('indications.section.start')}
          </Button>
        )}
      </Group>
      <Stack>
        <QueryView query={query}>
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">{t('indications.none')}</Text>
            ) : (
              <Table aria-label={t('indications.section.indications')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('indications.channel')}</Table.Th>
                    <Table.Th>{t('indications.consultant')}</Table.Th>
                    <Table.Th>{t('indications.status')}</Table.Th>
                    <Table.Th>{t('indications.startedAt')}</Table.Th>
                    <Table.Th>{t('indications.validUntil')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/indications/${i.id}`}>
                          {t(`indications.channels.${i.channel}`)} · {i.organisation.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{i.consultant.name}</Table.Td>
                      <Table.Td>
                        <Badge color={INDICATION_STATUS_COLOR[i.status]}>
                          {t(`indications.statuses.${i.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatDate(i.startedAt)}</Table.Td>
                      <Table.Td>
                        {formatDate(i.validUntil)}
                        {i.isExpired && (
                          <Badge color="red" variant="light" ml="xs">
                            {t('indications.expired')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryView>
        <Title order={3} size="h5">
          {t('capabilities.title')}
        </Title>
        <CapabilityProfileCard participantId={participant.id} />
      </Stack>
      {creating && (
        <IndicationCreateDialog
          opened
          onClose={() => setCreating(false)}
          participant={{ value: participant.id, label: `${participant.lastName}, ${participant.firstName}` }}
        />
      )}
    </Paper>
  );
}
