import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CoachingSession } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, QueryView } from '../../components/page';
import { SessionLogDialog } from './session-log-dialog';
import { trajectoryKey } from './use-trajectory-action';

/** "1 u 30 min" from minutes. */
export function formatMinutes(minutes: number, t: TFunction): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return t('trajectories.session.minutes', { count: rest });
  }
  return rest === 0
    ? t('trajectories.session.hours', { count: hours })
    : t('trajectories.session.hoursMinutes', { hours, minutes: rest });
}

/**
 * The coaching log of a trajectory, newest first (reading it is audited by the server). The confidential part
 * is shown only when the server sends it (the coach's organisation); others see that one exists.
 */
export function CoachingLogSection({
  trajectoryId,
  canLog,
  allowConfidential = true,
}: {
  trajectoryId: string;
  canLog: boolean;
  /** Mentors log without a confidential part. */
  allowConfidential?: boolean;
}) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  const query = useQuery({
    queryKey: [...trajectoryKey(trajectoryId), 'sessions'],
    queryFn: () => api.get<{ items: CoachingSession[] }>(`/trajectories/${trajectoryId}/sessions`),
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="coaching-log">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="coaching-log">
          {t('trajectories.coachingLog')}
        </Title>
        {canLog && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setLogging(true)}>
            {t('trajectories.session.log')}
          </Button>
        )}
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('trajectories.session.empty')}</EmptyState>
          ) : (
            <Stack gap="sm">
              {data.items.map((s) => (
                <SessionCard key={s.id} session={s} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <SessionLogDialog
        trajectoryId={trajectoryId}
        opened={logging}
        onClose={() => setLogging(false)}
        allowConfidential={allowConfidential}
      />
    </Paper>
  );
}

function SessionCard({ session: s }: { session: CoachingSession }) {
  const { t } = useTranslation();
  return (
    <Box
      component="article"
      aria-label={t('trajectories.session.label', { date: formatDate(s.sessionOn) })}
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm">
          <Text fw={700}>{formatDate(s.sessionOn)}</Text>
          <Text size="sm">{formatMinutes(s.durationMinutes, t)}</Text>
          <Text size="sm" c="dimmed">
            {t(`trajectories.session.locations.${s.location}`)}
          </Text>
        </Group>
        <Text size="sm">
          {s.author.name} · {t(`trajectories.session.roles.${s.byRole}`)}
        </Text>
      </Group>
      {s.topics.length > 0 && (
        <Group gap={4} mt={6}>
          {s.topics.map((topic) => (
            <Badge key={topic} variant="light" color="gray" size="sm">
              {t(`trajectories.session.topics.${topic}`)}
            </Badge>
          ))}
        </Group>
      )}
      {s.notes && (
        <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {s.notes}
        </Text>
      )}
      {s.confidentialNotes !== null ? (
        <Box mt={6} p="xs" bg="yellow.0" style={{ borderRadius: 4 }}>
          <Group gap={4}>
            <IconLock size={14} aria-hidden />
            <Text size="xs" fw={700}>
              {t('trajectories.session.confidential')}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.confidentialNotes}
          </Text>
        </Box>
      ) : (
        s.hasConfidentialNotes && (
          <Group gap={4} mt={6}>
            <IconLock size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('trajectories.session.confidentialHidden')}
            </Text>
          </Group>
        )
      )}
    </Box>
  );
}
