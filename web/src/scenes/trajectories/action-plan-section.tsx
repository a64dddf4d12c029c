import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDots, IconMessage, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, GOAL_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { ActionPlan, PlanAction, PlanGoal } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate, formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, QueryView } from '../../components/page';
import { ActionCreateDialog, GoalCreateDialog } from './action-plan-dialogs';
import { trajectoryKey } from './use-trajectory-action';

export const GOAL_COLOR = { open: 'blue', achieved: 'green', dropped: 'gray' } as const;
export const ACTION_COLOR = { open: 'gray', in_progress: 'blue', done: 'green', cancelled: 'gray' } as const;

export const planKey = (trajectoryId: string) => [...trajectoryKey(trajectoryId), 'action-plan'];

/** The action plan query (also used by the participant's own page). */
export function useActionPlan(trajectoryId: string) {
  return useQuery({
    queryKey: planKey(trajectoryId),
    queryFn: () => api.get<ActionPlan>(`/trajectories/${trajectoryId}/action-plan`),
  });
}

/** Changes one action's status in place (the participant and mentor may too); a stale version reloads. */
export function useActionStatus(trajectoryId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return async (action: PlanAction, status: string) => {
    try {
      await api.put(`/trajectories/${trajectoryId}/actions/${action.id}/status`, {
        version: action.version,
        status,
      });
      notifications.show({ color: 'green', message: t('trajectories.plan.statusSaved') });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, planKey(trajectoryId)))) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: trajectoryKey(trajectoryId) });
  };
}

/**
 * The action plan co-written with the participant: goals, each with its actions (who, due date, status), and
 * the comments on it. Overdue actions carry an icon and words.
 */
export function ActionPlanSection({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const query = useActionPlan(trajectoryId);
  const [dialog, setDialog] = useState<{ kind: 'goal' } | { kind: 'action'; goal: PlanGoal } | null>(null);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="action-plan">
      <QueryView query={query}>
        {(plan) => (
          <>
            <Group justify="space-between" mb="md">
              <Title order={2} size="h4" id="action-plan">
                {t('trajectories.plan.title')}
              </Title>
              {plan.abilities.edit && (
                <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'goal' })}>
                  {t('trajectories.plan.addGoal')}
                </Button>
              )}
            </Group>
            {plan.goals.length === 0 ? (
              <EmptyState>{t('trajectories.plan.empty')}</EmptyState>
            ) : (
              <Stack>
                {plan.goals.map((goal) => (
                  <GoalCard
                    key={goal.id}
                    trajectoryId={trajectoryId}
                    plan={plan}
                    goal={goal}
                    onAddAction={() => setDialog({ kind: 'action', goal })}
                  />
                ))}
              </Stack>
            )}
            <Comments trajectoryId={trajectoryId} plan={plan} />
            <GoalCreateDialog
              trajectoryId={trajectoryId}
              opened={dialog?.kind === 'goal'}
              onClose={() => setDialog(null)}
            />
            {dialog?.kind === 'action' && (
              <ActionCreateDialog
                trajectoryId={trajectoryId}
                goal={dialog.goal}
                opened
                onClose={() => setDialog(null)}
              />
            )}
          </>
        )}
      </QueryView>
    </Paper>
  );
}

function GoalCard({
  trajectoryId,
  plan,
  goal,
  onAddAction,
}: {
  trajectoryId: string;
  plan: ActionPlan;
  goal: PlanGoal;
  onAddAction: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const setStatus = useActionStatus(trajectoryId);
  const setGoalStatus = async (status: string) => {
    try {
      await api.patch(`/trajectories/${trajectoryId}/goals/${goal.id}`, {
        version: goal.version,
        data: { status },
      });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, planKey(trajectoryId)))) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: planKey(trajectoryId) });
  };
  return (
    <Box
      component="article"
      aria-label={goal.title}
      p="md"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={3} size="h5">
              {goal.title}
            </Title>
            <Badge color={GOAL_COLOR[goal.status]} variant="light">
              {t(`trajectories.plan.goalStatuses.${goal.status}`)}
            </Badge>
          </Group>
          {goal.description && (
            <Text size="sm" c="dimmed">
              {goal.description}
            </Text>
          )}
        </Stack>
        {plan.abilities.edit && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAddAction}>
              {t('trajectories.plan.addAction')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('trajectories.plan.goalMenu', { goal: goal.title })}
                >
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {GOAL_STATUSES.filter((s) => s !== goal.status).map((s) => (
                  <Menu.Item key={s} onClick={() => void setGoalStatus(s)}>
                    {t(`trajectories.plan.markGoal.${s}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      {goal.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trajectories.plan.noActions')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('trajectories.plan.actionsOf', { goal: goal.title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trajectories.plan.action')}</Table.Th>
                <Table.Th>{t('trajectories.plan.who')}</Table.Th>
                <Table.Th>{t('trajectories.plan.due')}</Table.Th>
                <Table.Th w={200}>{t('trajectories.plan.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goal.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.title}</Table.Td>
                  <Table.Td>
                    {t(`trajectories.plan.assignees.${a.assignee}`)}
                    {a.assigneeName && (
                      <Text size="xs" c="dimmed">
                        {a.assigneeName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {a.isOverdue && (
                        <IconAlertTriangle size={14} color="var(--mantine-color-red-9)" aria-hidden />
                      )}
                      <Text
                        size="sm"
                        c={a.isOverdue ? 'red.9' : undefined}
                        fw={a.isOverdue ? 600 : undefined}
                      >
                        {formatDate(a.dueOn)}
                        {a.isOverdue && ` (${t('trajectories.plan.overdue')})`}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {plan.abilities.markActions ? (
                      <Select
                        size="xs"
                        aria-label={t('trajectories.plan.statusOf', { action: a.title })}
                        allowDeselect={false}
                        value={a.status}
                        onChange={(v) => v && void setStatus(a, v)}
                        data={ACTION_STATUSES.map((s) => ({
                          value: s,
                          label: t(`trajectories.plan.actionStatuses.${s}`),
                        }))}
                      />
                    ) : (
                      <Badge color={ACTION_COLOR[a.status]} variant="light">
                        {t(`trajectories.plan.actionStatuses.${a.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Box>
  );
}

function Comments({ trajectoryId, plan }: { trajectoryId: string; plan: ActionPlan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/trajectories/${trajectoryId}/action-plan/comments`, { body });
      setBody('');
      await queryClient.invalidateQueries({ queryKey: planKey(trajectoryId) });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" mt="lg" component="section" aria-labelledby="plan-comments">
      <Title order={3} size="h5" id="plan-comments">
        {t('trajectories.plan.comments')}
      </Title>
      {plan.comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('trajectories.plan.noComments')}
        </Text>
      )}
      {plan.comments.map((c) => (
        <Box key={c.id} p="xs" bg={c.byParticipant ? 'blue.0' : 'gray.0'} style={{ borderRadius: 4 }}>
          <Text size="xs" c="dimmed">
            {c.author.name}
            {c.byParticipant && ` · ${t('roles.participant')}`} · {formatDateTime(c.createdAt)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Box>
      ))}
      {plan.abilities.comment && (
        <Group align="flex-end">
          <Textarea
            label={t('trajectories.plan.newComment')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
            autosize
            minRows={2}
            style={{ flex: 1 }}
          />
          <Button
            leftSection={<IconMessage size={16} />}
            loading={busy}
            disabled={!body.trim()}
            onClick={() => void send()}
          >
            {t('trajectories.plan.sendComment')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
