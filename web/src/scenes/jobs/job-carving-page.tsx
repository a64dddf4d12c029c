import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCut } from '@tabler/icons-react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Job, JobItem, JobTask, Page } from '../../api/types';
import { useServerSubmit } from '../../components/form-dialog';
import { formatHours } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { useEmployer } from '../employers/employer-detail-page';
import { JobStatusBadge } from '../employers/employer-labels';
import { decimalSeparator, numberOrUndefined } from './job-fields';
import { DemandBadges } from './tasks-section';

interface Values {
  title: string;
  siteId: string | null;
  hoursPerWeek: number | string;
  taskIds: string[];
}

/** The highest demand per dimension over the chosen tasks: the carved job's profile, as the server derives it. */
function combinedDemands(tasks: JobTask[]) {
  const highest = new Map<string, { label: string; level: number }>();
  for (const task of tasks) {
    for (const d of task.demands) {
      const known = highest.get(d.dimension);
      if (!known || d.level > known.level) {
        highest.set(d.dimension, { label: d.label, level: d.level });
      }
    }
  }
  return [...highest.values()].sort((a, b) => b.level - a.level);
}

/**
 * Job carving: compose a new job from tasks of one or more of the employer's jobs (checkboxes grouped by job,
 * the hours adding up as they are chosen, against the hours the new job should have), give it a title and a site,
 * and the carved job is made with copies of those tasks that keep the link to where they came from.
 */
export function JobCarvingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const employer = useEmployer(id);
  const jobs = useQuery({
    queryKey: ['jobs', { employerId: id, all: true }],
    queryFn: () => api.get<Page<JobItem>>(`/employers/${id}/jobs`, { pageSize: 100 }),
  });
  const withTasks = (jobs.data?.items ?? []).filter((j) => j.taskCount > 0);
  const details = useQueries({
    queries: withTasks.map((j) => ({
      queryKey: ['jobs', j.id],
      queryFn: () => api.get<Job>(`/jobs/${j.id}`),
    })),
  });
  const sourceJobs = details.map((d) => d.data).filter((j): j is Job => !!j);
  const form = useForm<Values>({ initialValues: { title: '', siteId: null, hoursPerWeek: '', taskIds: [] } });
  const values = form.getValues();
  const chosen = sourceJobs.flatMap((j) => j.tasks).filter((task) => values.taskIds.includes(task.id));
  const chosenHours = Math.round(chosen.reduce((sum, task) => sum + task.hoursPerWeek, 0) * 10) / 10;
  const target = numberOrUndefined(values.hoursPerWeek);
  const isOver = target !== undefined && chosenHours > target;
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Job>('/carved-jobs', {
        title: v.title,
        siteId: v.siteId ?? undefined,
        hoursPerWeek: numberOrUndefined(v.hoursPerWeek),
        taskIds: v.taskIds,
      }),
    onSuccess: async (carved) => {
      queryClient.setQueryData(['jobs', carved.id], carved);
      await queryClient.invalidateQueries({ queryKey: ['jobs'] });
      await queryClient.invalidateQueries({ queryKey: ['employers', id] });
      notifications.show({ color: 'green', message: t('jobs.carving.created', { title: carved.title }) });
      await navigate(`/jobs/${carved.id}?tab=tasks`);
    },
  });
  const toggle = (taskId: string, checked: boolean) =>
    form.setFieldValue(
      'taskIds',
      checked ? [...values.taskIds, taskId] : values.taskIds.filter((x) => x !== taskId),
    );
  return (
    <QueryView query={employer}>
      {(e) => (
        <>
          <PageHeader
            title={t('jobs.carving.title')}
            description={
              <Anchor component={Link} to={`/employers/${e.id}?tab=jobs`} size="sm">
                {e.name}
              </Anchor>
            }
          />
          <Text size="sm" c="dimmed" mb="md" maw={900}>
            {t('jobs.carving.intro')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <QueryView query={jobs}>
                  {() =>
                    withTasks.length === 0 ? (
                      <EmptyState>{t('jobs.carving.noTasks')}</EmptyState>
                    ) : (
                      <Stack>
                        {form.errors.taskIds && (
                          <Text c="var(--mantine-color-error)" size="sm" role="alert">
                            {form.errors.taskIds}
                          </Text>
                        )}
                        {sourceJobs.map((job) => (
                          <Paper key={job.id} withBorder p="md" component="fieldset" style={{ margin: 0 }}>
                            <Group justify="space-between" component="legend" px={4} mb="xs" wrap="wrap">
                              <Group gap="xs">
                                <Title order={2} size="h5">
                                  {job.title}
                                </Title>
                                <JobStatusBadge status={job.status} />
                              </Group>
                            </Group>
                            <Text size="xs" c="dimmed" mb="xs">
                              {t('jobs.carving.jobLine', {
                                site: job.site.name,
                                hours: formatHours(job.hoursPerWeek),
                              })}
                            </Text>
                            <Stack gap="sm">
                              {job.tasks.map((task) => (
                                <Stack key={task.id} gap={4}>
                                  <Checkbox
                                    checked={values.taskIds.includes(task.id)}
                                    onChange={(event) => toggle(task.id, event.currentTarget.checked)}
                                    label={t('jobs.carving.taskLabel', {
                                      name: task.name,
                                      hours: formatHours(task.hoursPerWeek),
                                    })}
                                  />
                                  <Stack pl={32}>
                                    <DemandBadges task={task} />
                                  </Stack>
                                </Stack>
                              ))}
                            </Stack>
                          </Paper>
                        ))}
                      </Stack>
                    )
                  }
                </QueryView>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper withBorder p="md" pos="sticky" top={72}>
                  <Stack>
                    <Title order={2} size="h4">
                      {t('jobs.carving.newJob')}
                    </Title>
                    {message && (
                      <Alert color="red" role="alert">
                        {message}
                      </Alert>
                    )}
                    <div aria-live="polite">
                      <Text fw={600}>
                        {t('jobs.carving.chosen', { count: chosen.length, hours: formatHours(chosenHours) })}
                      </Text>
                      {target !== undefined && (
                        <Text size="sm" c={isOver ? 'var(--mantine-color-error)' : 'dimmed'}>
                          {isOver
                            ? t('jobs.carving.overTarget', { hours: formatHours(target) })
                            : t('jobs.carving.ofTarget', {
                                hours: formatHours(target),
                                left: formatHours(Math.round((target - chosenHours) * 10) / 10),
                              })}
                        </Text>
                      )}
                    </div>
                    {chosen.length > 0 && (
                      <Stack gap={4}>
                        <Text size="sm" fw={600}>
                          {t('jobs.carving.profile')}
                        </Text>
                        <Group gap={4}>
                          {combinedDemands(chosen).map((d) => (
                            <Badge key={d.label} color={d.level >= 3 ? 'orange' : 'gray'}>
                              {d.label} {d.level}
                            </Badge>
                          ))}
                        </Group>
                      </Stack>
                    )}
                    <TextInput label={t('jobs.title')} required {...form.getInputProps('title')} />
                    <Select
                      label={t('jobs.site')}
                      required
                      data={e.sites.map((s) => ({ value: s.id, label: s.name }))}
                      {...form.getInputProps('siteId')}
                    />
                    <NumberInput
                      label={t('jobs.carving.targetHours')}
                      description={t('jobs.carving.targetHoursHelp')}
                      min={0.5}
                      max={50}
                      step={0.5}
                      decimalScale={1}
                      decimalSeparator={decimalSeparator(i18n.language)}
                      {...form.getInputProps('hoursPerWeek')}
                    />
                    <Button type="submit" loading={busy} leftSection={<IconCut size={16} />}>
                      {t('jobs.carving.submit')}
                    </Button>
                  </Stack>
                </Paper>
              </Grid.Col>
            </Grid>
          </form>
        </>
      )}
    </QueryView>
  );
}
