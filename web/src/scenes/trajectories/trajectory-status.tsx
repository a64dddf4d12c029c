import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Trajectory, TrajectoryItem, TrajectoryPhase } from '../../api/types';
import { formatDate } from '../../components/format';

/** Open (blue) or closed (grey) with its outcome. */
export function TrajectoryStatusBadge({ trajectory }: { trajectory: TrajectoryItem }) {
  const { t } = useTranslation();
  if (trajectory.status === 'open') {
    return <Badge color="blue">{t('trajectories.statuses.open')}</Badge>;
  }
  return (
    <Badge color="gray" variant="light">
      {t('trajectories.statuses.closed')}
      {trajectory.outcomeKind && ` · ${t(`trajectories.outcomes.${trajectory.outcomeKind}`)}`}
    </Badge>
  );
}

/**
 * "Overdue" with an icon and words (never colour alone): the number of phases past their term, or the whole
 * trajectory past its planned end.
 */
export function OverdueMark({ trajectory }: { trajectory: TrajectoryItem }) {
  const { t } = useTranslation();
  if (!trajectory.isOverdue) {
    return null;
  }
  return (
    <Group gap={4} wrap="nowrap">
      <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden />
      <Text size="sm" c="red.9" fw={600}>
        {trajectory.overduePhases > 0
          ? t('trajectories.overduePhases', { count: trajectory.overduePhases })
          : t('trajectories.overdueWhole')}
      </Text>
    </Group>
  );
}

/** The state of one phase in words: not started, running, ended, overdue by n days. */
export function PhaseState({ phase }: { phase: TrajectoryPhase }) {
  const { t } = useTranslation();
  if (phase.isOverdue) {
    return (
      <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
        {t('trajectories.phase.overdueDays', { count: phase.daysOverdue })}
      </Badge>
    );
  }
  if (phase.actualEndOn) {
    return (
      <Badge color="gray" variant="light">
        {t('trajectories.phase.ended')}
      </Badge>
    );
  }
  if (phase.actualStartOn) {
    return <Badge color="green">{t('trajectories.phase.running')}</Badge>;
  }
  return (
    <Badge color="gray" variant="outline">
      {t('trajectories.phase.notStarted')}
    </Badge>
  );
}

/** "Name Surname" of the trajectory's participant. */
export function participantName(trajectory: TrajectoryItem | Trajectory): string {
  return `${trajectory.participant.firstName} ${trajectory.participant.lastName}`;
}

/** 01/03/2026 – 31/05/2026 (either side may be open). */
export function formatRange(from: string | null, to: string | null): string {
  if (!from && !to) {
    return '—';
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}
