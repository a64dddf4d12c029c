import { Box, Button, Group, List, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconEdit, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trajectory, TrajectoryPhase } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { PhaseDatesDialog, type PhaseDatesMode } from './phase-dates-dialog';
import { PhaseExtendDialog } from './phase-extend-dialog';
import { formatRange, PhaseState } from './trajectory-status';

const DAY_MS = 86_400_000;

/** The span the bars are drawn on: every planned and actual date, today, and the trajectory's own dates. */
function axisOf(trajectory: Trajectory, today: string) {
  const dates = [
    trajectory.startedOn,
    trajectory.closedOn ?? trajectory.plannedEndOn,
    today,
    ...trajectory.phases.flatMap((p) => [p.plannedStartOn, p.plannedEndOn, p.actualStartOn, p.actualEndOn]),
  ]
    .filter((d): d is string => !!d)
    .map((d) => dayjs(d).valueOf());
  const from = Math.min(...dates);
  const to = Math.max(...dates) + DAY_MS;
  return { from, span: Math.max(to - from, DAY_MS) };
}

function Bar({
  from,
  to,
  axis,
  kind,
}: {
  from: string | null;
  to: string | null;
  axis: { from: number; span: number };
  kind: 'planned' | 'actual' | 'overdue';
}) {
  if (!from) {
    return null;
  }
  const start = dayjs(from).valueOf();
  const end = dayjs(to ?? dayjs().format('YYYY-MM-DD')).valueOf() + DAY_MS;
  const left = ((start - axis.from) / axis.span) * 100;
  const width = Math.max(((end - start) / axis.span) * 100, 0.8);
  const style = {
    planned: {
      top: 2,
      height: 10,
      background: 'var(--mantine-color-blue-1)',
      border: '1px dashed var(--mantine-color-blue-8)',
    },
    actual: { top: 16, height: 10, background: 'var(--mantine-color-green-8)' },
    overdue: { top: 16, height: 10, background: 'var(--mantine-color-red-8)' },
  }[kind];
  return (
    <Box
      pos="absolute"
      style={{ left: `${left}%`, width: `${width}%`, borderRadius: 3, ...style }}
      aria-hidden
    />
  );
}

/**
 * The phases as a timeline: per phase the planned span (dashed, the term) and the actual one (solid; red while
 * past its term), on one axis with today marked, so overlaps and overdue terms show at a glance. The dates, the
 * state in words and the recorded extensions are written out beside each bar (the bars are decoration).
 */
export function PhasesTimeline({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  const axis = axisOf(trajectory, today);
  const todayLeft = ((dayjs(today).valueOf() - axis.from) / axis.span) * 100;
  const [extending, setExtending] = useState<TrajectoryPhase | null>(null);
  const [dating, setDating] = useState<{ phase: TrajectoryPhase; mode: PhaseDatesMode } | null>(null);
  const canEdit = trajectory.abilities.update && trajectory.status === 'open';

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="trajectory-phases">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="trajectory-phases">
          {t('trajectories.phases')}
        </Title>
        <Group gap="md" aria-hidden>
          <Legend color="var(--mantine-color-blue-1)" dashed label={t('trajectories.phase.planned')} />
          <Legend color="var(--mantine-color-green-8)" label={t('trajectories.phase.actual')} />
          <Legend color="var(--mantine-color-red-8)" label={t('trajectories.phase.overdue')} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('trajectories.phasesHelp', {
          from: formatDate(trajectory.startedOn),
          to: formatDate(trajectory.plannedEndOn),
        })}
      </Text>
      <Stack gap="md">
        {trajectory.phases.map((phase) => (
          <Box
            key={phase.id}
            component="article"
            aria-label={phase.name}
            p="sm"
            style={{
              borderRadius: 6,
              border: `1px solid var(--mantine-color-${phase.isOverdue ? 'red-6' : 'gray-3'})`,
              background: phase.isOverdue ? 'var(--mantine-color-red-0)' : undefined,
            }}
          >
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Group gap="sm">
                <Text fw={700}>{phase.name}</Text>
                <PhaseState phase={phase} />
              </Group>
              {canEdit && (
                <Group gap="xs">
                  {!phase.actualStartOn && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlayerPlay size={14} />}
                      onClick={() => setDating({ phase, mode: 'start' })}
                    >
                      {t('trajectories.phase.start')}
                    </Button>
                  )}
                  {phase.actualStartOn && !phase.actualEndOn && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlayerStop size={14} />}
                      onClick={() => setDating({ phase, mode: 'end' })}
                    >
                      {t('trajectories.phase.end')}
                    </Button>
                  )}
                  {phase.plannedEndOn && !phase.actualEndOn && (
                    <Button
                      size="xs"
                      variant={phase.isOverdue ? 'filled' : 'default'}
                      color={phase.isOverdue ? 'red' : undefined}
                      leftSection={<IconCalendarPlus size={14} />}
                      onClick={() => setExtending(phase)}
                      aria-label={t('trajectories.phase.extendNamed', { phase: phase.name })}
                    >
                      {t('trajectories.phase.extend')}
                    </Button>
                  )}
                  <Tooltip label={t('trajectories.phase.editNamed', { phase: phase.name })}>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setDating({ phase, mode: 'edit' })}
                      aria-label={t('trajectories.phase.editNamed', { phase: phase.name })}
                    >
                      <IconEdit size={14} />
                    </Button>
                  </Tooltip>
                </Group>
              )}
            </Group>
            <Box pos="relative" h={30} my={6} bg="gray.0" style={{ borderRadius: 4 }} aria-hidden>
              <Bar from={phase.plannedStartOn} to={phase.plannedEndOn} axis={axis} kind="planned" />
              <Bar
                from={phase.actualStartOn}
                to={phase.actualEndOn}
                axis={axis}
                kind={phase.isOverdue ? 'overdue' : 'actual'}
              />
              {todayLeft >= 0 && todayLeft <= 100 && (
                <Box
                  pos="absolute"
                  top={0}
                  bottom={0}
                  style={{ left: `${todayLeft}%`, borderLeft: '2px solid var(--mantine-color-dark-6)' }}
                />
              )}
            </Box>
            <Group gap="xl" wrap="wrap">
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {t('trajectories.phase.planned')}:{' '}
                </Text>
                {formatRange(phase.plannedStartOn, phase.plannedEndOn)}
              </Text>
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {t('trajectories.phase.actual')}:{' '}
                </Text>
                {phase.actualStartOn
                  ? formatRange(phase.actualStartOn, phase.actualEndOn)
                  : t('trajectories.phase.notStarted')}
              </Text>
            </Group>
            {phase.extensions.length > 0 && (
              <Box mt="xs">
                <Text size="xs" c="dimmed" fw={600}>
                  {t('trajectories.phase.extensions')}
                </Text>
                <List size="sm" spacing={2}>
                  {phase.extensions.map((x) => (
                    <List.Item key={`${x.at}-${x.toEndOn}`}>
                      {t('trajectories.phase.extensionLine', {
                        from: formatDate(x.fromEndOn),
                        to: formatDate(x.toEndOn),
                        reason: x.reason,
                        by: x.by,
                        at: formatDateTime(x.at),
                      })}
                    </List.Item>
                  ))}
                </List>
              </Box>
            )}
          </Box>
        ))}
      </Stack>
      {extending && (
        <PhaseExtendDialog
          key={`${extending.id}-${extending.version}`}
          trajectory={trajectory}
          phase={extending}
          opened
          onClose={() => setExtending(null)}
        />
      )}
      {dating && (
        <PhaseDatesDialog
          key={`${dating.phase.id}-${dating.phase.version}-${dating.mode}`}
          trajectory={trajectory}
          phase={dating.phase}
          mode={dating.mode}
          opened
          onClose={() => setDating(null)}
        />
      )}
    </Paper>
  );
}

function Legend({ color, label, dashed }: { color: string; label: string; dashed?: boolean }) {
  return (
    <Group gap={4}>
      <Box
        w={18}
        h={8}
        style={{
          background: color,
          borderRadius: 2,
          border: dashed ? '1px dashed var(--mantine-color-blue-8)' : undefined,
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
