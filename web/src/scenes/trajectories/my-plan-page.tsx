import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ACTION_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Internship } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { GOAL_COLOR, planKey, useActionPlan, useActionStatus } from './action-plan-section';
import { useInternships } from './internship-section';
import { trajectoryKey } from './use-trajectory-action';

/**
 * The participant's own plan, in plain language (B1): their goals, what to do, who does it and by when. They
 * mark what they did, write a note to their coach, and approve their internship agreement.
 */
export function MyPlanPage() {
  const { trajectoryId } = useParams();
  const { t } = useTranslation();
  if (!trajectoryId) {
    // The server has no way yet for a participant to find their own trajectory (see the report).
    return (
      <>
        <PageHeader title={t('myPlan.title')} />
        <EmptyState>{t('myPlan.noLink')}</EmptyState>
      </>
    );
  }
  return <MyPlan trajectoryId={trajectoryId} />;
}

function MyPlan({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const plan = useActionPlan(trajectoryId);
  const setStatus = useActionStatus(trajectoryId);
  return (
    <>
      <PageHeader title={t('myPlan.title')} description={t('myPlan.intro')} />
      <QueryView query={plan}>
        {(p) => (
          <Stack>
            {p.goals.length === 0 && <EmptyState>{t('myPlan.empty')}</EmptyState>}
            {p.goals.map((goal) => (
              <Paper key={goal.id} withBorder p="lg" component="section" aria-label={goal.title}>
                <Title order={2} size="h4">
                  {goal.title}
                </Title>
                <Badge color={GOAL_COLOR[goal.status]} variant="light" mt={4}>
                  {t(`myPlan.goalStatuses.${goal.status}`)}
                </Badge>
                {goal.description && <Text mt="xs">{goal.description}</Text>}
                <Stack gap="sm" mt="md">
                  {goal.actions.length === 0 && <Text c="dimmed">{t('myPlan.noActions')}</Text>}
                  {goal.actions.map((a) => (
                    <Box
                      key={a.id}
                      p="sm"
                      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
                    >
                      <Text fw={600}>{a.title}</Text>
                      <Text size="sm">
                        {t(`myPlan.who.${a.assignee}`)}
                        {a.dueOn && ` · ${t('myPlan.due', { date: formatDate(a.dueOn) })}`}
                      </Text>
                      {a.isOverdue && (
                        <Text size="sm" c="red.9" fw={600}>
                          {t('myPlan.late')}
                        </Text>
                      )}
                      {p.abilities.markActions && a.assignee === 'participant' ? (
                        <Select
                          mt="xs"
                          w={220}
                          label={t('myPlan.status')}
                          allowDeselect={false}
                          value={a.status}
                          onChange={(v) => v && void setStatus(a, v)}
                          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`myPlan.statuses.${s}`) }))}
                        />
                      ) : (
                        <Text size="sm">{t(`myPlan.statuses.${a.status}`)}</Text>
                      )}
                    </Box>
                  ))}
                </Stack>
              </Paper>
            ))}
            {p.abilities.comment && <Note trajectoryId={trajectoryId} />}
            <MyInternship trajectoryId={trajectoryId} />
          </Stack>
        )}
      </QueryView>
    </>
  );
}

function Note({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setError(null);
    try {
      await api.post(`/trajectories/${trajectoryId}/action-plan/comments`, { body });
      setBody('');
      notifications.show({ color: 'green', message: t('myPlan.noteSent') });
      await queryClient.invalidateQueries({ queryKey: planKey(trajectoryId) });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-note">
      <Title order={2} size="h4" id="my-note" mb="xs">
        {t('myPlan.noteTitle')}
      </Title>
      <Textarea
        label={t('myPlan.noteLabel')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={error}
        autosize
        minRows={3}
      />
      <Button mt="sm" disabled={!body.trim()} onClick={() => void send()}>
        {t('myPlan.noteSend')}
      </Button>
    </Paper>
  );
}

function MyInternship({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const query = useInternships(trajectoryId);
  const queryClient = useQueryClient();
  const approve = async (i: Internship) => {
    try {
      await api.post(`/trajectories/${trajectoryId}/internships/${i.id}/approvals`, { version: i.version });
      notifications.show({ color: 'green', message: t('myPlan.agreed') });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, trajectoryKey(trajectoryId)))) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: trajectoryKey(trajectoryId) });
  };
  const latest = query.data?.items[0];
  if (!latest) {
    return null;
  }
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-internship">
      <Title order={2} size="h4" id="my-internship" mb="xs">
        {t('myPlan.internshipTitle')}
      </Title>
      <Text>
        {t('myPlan.internshipWhere', {
          employer: latest.employer.name,
          from: formatDate(latest.startsOn),
          to: formatDate(latest.endsOn),
        })}
      </Text>
      <Anchor href={`/api/trajectories/${trajectoryId}/internships/${latest.id}/agreement.pdf`}>
        {t('myPlan.readAgreement')}
      </Anchor>
      {latest.abilities.approveAs === 'participant' ? (
        <Alert color="blue" mt="sm">
          <Text mb="xs">{t('myPlan.agreeHelp')}</Text>
          <Button leftSection={<IconCheck size={16} />} onClick={() => void approve(latest)}>
            {t('myPlan.agree')}
          </Button>
        </Alert>
      ) : (
        latest.approvals.some((a) => a.party === 'participant' && a.status === 'approved') && (
          <Text mt="sm" c="green.9">
            {t('myPlan.youAgreed')}
          </Text>
        )
      )}
    </Paper>
  );
}
