import {
  ActionIcon,
  Alert,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { CapabilityProfile } from '../../api/types';
import { formatDate } from '../../components/format';
import { QueryView } from '../../components/page';
import { CapabilityAdjustDialog } from './capability-adjust-dialog';
import { levelColor } from './indication-labels';

const GROUPS = ['physical', 'mental', 'communication', 'social', 'conditions'] as const;
type Level = CapabilityProfile['levels'][number];

export function useCapabilityProfile(participantId: string) {
  return useQuery({
    queryKey: ['capability-profile', participantId],
    queryFn: () => api.get<CapabilityProfile>(`/participants/${participantId}/capability-profile`),
    retry: (count, error) => !(error instanceof ApiError && [403, 404].includes(error.status)) && count < 2,
  });
}

/** The capability profile per dimension group, each level with the ICF items behind it; the coach adjusts. */
export function CapabilityProfileCard({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const query = useCapabilityProfile(participantId);
  const [adjusting, setAdjusting] = useState<Level | null>(null);
  if (query.error instanceof ApiError && query.error.status === 403) {
    return (
      <Alert color="gray" role="status">
        {t('capabilities.noAccess')}
      </Alert>
    );
  }
  return (
    <QueryView query={query}>
      {(profile) => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('capabilities.description')}{' '}
            {profile.indication?.validatedAt
              ? t('capabilities.derivedFrom', { date: formatDate(profile.indication.validatedAt) })
              : t('capabilities.noIndication')}
          </Text>
          {profile.indication?.isExpired && (
            <Alert color="orange" role="status">
              {t('capabilities.expired', { date: formatDate(profile.indication.validUntil) })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {GROUPS.map((group) => (
              <Paper key={group} withBorder p="sm">
                <Title order={4} size="h5" mb="xs">
                  {t(`capabilities.groups.${group}`)}
                </Title>
                <Table aria-label={t(`capabilities.groups.${group}`)} verticalSpacing={4}>
                  <Table.Thead className="visually-hidden">
                    <Table.Tr>
                      <Table.Th>{t('capabilities.dimension')}</Table.Th>
                      <Table.Th>{t('capabilities.level')}</Table.Th>
                      <Table.Th>{t('capabilities.adjust')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {profile.levels
                      .filter((l) => l.group === group)
                      .map((l) => (
                        <Table.Tr key={l.dimension}>
                          <Table.Td>
                            <Text size="sm">{l.label}</Text>
                            {l.basedOn.length > 0 && (
                              <Text size="xs" c="dimmed">
                                {t('capabilities.basedOn')}:{' '}
                                {l.basedOn.map((b) => `${b.code} ${b.title} (${b.qualifier})`).join(', ')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td w={170}>
                            <Group gap={4} wrap="nowrap">
                              <Badge color={levelColor(l.level)} variant="light">
                                {l.level === null
                                  ? t('capabilities.notAssessed')
                                  : t(`capabilities.levels.l${l.level}`)}
                              </Badge>
                              {l.source === 'coach' && (
                                <Tooltip
                                  label={`${t('capabilities.byCoach')} (${t('capabilities.derived')}: ${l.derivedLevel ?? '—'})`}
                                >
                                  <Badge color="blue" variant="outline" size="xs" tabIndex={0}>
                                    coach
                                  </Badge>
                                </Tooltip>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td w={40}>
                            {profile.abilities.adjust && (
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('capabilities.adjustOf', { dimension: l.label })}
                                onClick={() => setAdjusting(l)}
                              >
                                <IconPencil size={16} />
                              </ActionIcon>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            ))}
          </SimpleGrid>
          {profile.adjustments.length > 0 && (
            <Stack gap={4}>
              <Title order={4} size="h5">
                {t('capabilities.history')}
              </Title>
              {profile.adjustments.map((a) => (
                <Text key={a.id} size="sm">
                  {t('capabilities.historyLine', {
                    dimension: profile.levels.find((l) => l.dimension === a.dimension)?.label ?? a.dimension,
                    from: a.fromLevel ?? '—',
                    to: a.toLevel,
                    by: a.adjustedBy.name,
                    date: formatDate(a.adjustedAt),
                  })}
                  {' — '}
                  <Text span c="dimmed" size="sm">
                    {a.reason}
                  </Text>
                </Text>
              ))}
            </Stack>
          )}
          {adjusting && (
            <CapabilityAdjustDialog
              participantId={participantId}
              version={profile.version}
              level={adjusting}
              onClose={() => setAdjusting(null)}
            />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
