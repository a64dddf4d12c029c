import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Job, JobTask } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatHours } from '../../components/format';
import { EmptyState, Section } from '../../components/page';
import { TaskEditDialog } from './task-edit-dialog';

const SHOWN_DEMANDS = 6;

/** A task's demands as badges, highest first ("Tillen 3"); the rest counted. */
export function DemandBadges({ task }: { task: JobTask }) {
  const { t } = useTranslation();
  if (task.demands.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('jobs.tasks.noDemands')}
      </Text>
    );
  }
  const sorted = [...task.demands].sort((a, b) => b.level - a.level);
  return (
    <Group gap={4}>
      {sorted.slice(0, SHOWN_DEMANDS).map((d) => (
        <Badge key={d.dimension} color={d.level >= 3 ? 'orange' : 'gray'} variant="light">
          {d.label} {d.level}
        </Badge>
      ))}
      {sorted.length > SHOWN_DEMANDS && (
        <Text size="xs" c="dimmed">
          {t('jobs.tasks.moreDemands', { count: sorted.length - SHOWN_DEMANDS })}
        </Text>
      )}
    </Group>
  );
}

/** Task hours against the job's hours, as a bar with the figures in words. */
export function TaskHoursBar({ job }: { job: Job }) {
  const { t } = useTranslation();
  const share = job.hoursPerWeek > 0 ? Math.min(100, (job.taskHoursPerWeek / job.hoursPerWeek) * 100) : 0;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('jobs.tasks.hoursSummary', {
          tasks: formatHours(job.taskHoursPerWeek),
          job: formatHours(job.hoursPerWeek),
        })}
      </Text>
      <Progress value={share} aria-hidden size="sm" color={share >= 100 ? 'green' : 'blue'} />
    </Stack>
  );
}

/** The job's tasks with their hours and demands; the job's profile is derived from them. */
export function TasksSection({ job }: { job: Job }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<JobTask | 'new' | null>(null);
  const [deleting, setDeleting] = useState<JobTask | null>(null);
  const canManage = job.abilities.manageTasks;
  const key = ['jobs', job.id];
  return (
    <Section
      title={t('jobs.tabs.tasks')}
      actions={
        canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('jobs.tasks.add')}
          </Button>
        )
      }
    >
      <Stack>
        <TaskHoursBar job={job} />
        {job.tasks.length === 0 ? (
          <EmptyState>{t('jobs.tasks.empty')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('jobs.tabs.tasks')} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('jobs.tasks.name')}</Table.Th>
                  <Table.Th>{t('jobs.tasks.hours')}</Table.Th>
                  <Table.Th>{t('jobs.tasks.demands')}</Table.Th>
                  {canManage && (
                    <Table.Th>
                      <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.tasks.map((task) => (
                  <Table.Tr key={task.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {task.name}
                      </Text>
                      {task.description && (
                        <Text size="xs" c="dimmed">
                          {task.description}
                        </Text>
                      )}
                      {task.sourceTask && (
                        <Text size="xs">
                          {t('jobs.tasks.copiedFrom')}{' '}
                          <Anchor component={Link} to={`/jobs/${task.sourceTask.job.id}?tab=tasks`} size="xs">
                            {t('jobs.tasks.sourceTask', {
                              task: task.sourceTask.name,
                              job: task.sourceTask.job.title,
                            })}
                          </Anchor>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('jobs.hoursValue', { hours: formatHours(task.hoursPerWeek) })}
                    </Table.Td>
                    <Table.Td>
                      <DemandBadges task={task} />
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Tooltip label={t('jobs.tasks.edit', { name: task.name })}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('jobs.tasks.edit', { name: task.name })}
                              onClick={() => setEditing(task)}
                            >
                              <IconEdit size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('jobs.tasks.delete', { name: task.name })}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('jobs.tasks.delete', { name: task.name })}
                              onClick={() => setDeleting(task)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canManage && editing !== null && (
        <TaskEditDialog
          job={job}
          task={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('jobs.tasks.delete', { name: deleting?.name ?? '' })}
        confirmLabel={t('jobs.tasks.deleteButton')}
        conflictKey={key}
        onConfirm={async () => {
          const saved = await api.delete<Job>(`/jobs/${job.id}/tasks/${deleting?.id}?version=${job.version}`);
          queryClient.setQueryData(key, saved);
        }}
      >
        {t('jobs.tasks.deleteConfirm', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </Section>
  );
}
