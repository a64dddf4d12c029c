import { Anchor, Button, Group, Loader, Menu, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconEdit, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Job, JobStatus } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { handleConflict } from '../../components/conflict';
import { errorMessage } from '../../components/forms';
import { PageHeader, QueryView, Section } from '../../components/page';
import { JobKindBadge, JobStatusBadge } from '../employers/employer-labels';
import { InternshipSheetSection } from './internship-sheet-section';
import { JobEditDialog } from './job-edit-dialog';
import { JobProfileCard } from './job-profile-card';
import { JobRecord } from './job-record';
import { TasksSection } from './tasks-section';

const TABS = ['record', 'tasks', 'profile', 'internship', 'candidates'] as const;
type Tab = (typeof TABS)[number];

// The best people for the job (matching) load with their tab: most visits to a job never open it.
const JobCandidatesSection = lazy(() =>
  import('../matching/job-candidates-section').then((m) => ({ default: m.JobCandidatesSection })),
);

/** Moves the job to another status with the version it was read at; refusals are shown in words. */
function StatusMenu({ job }: { job: Job }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const key = ['jobs', job.id];
  const move = async (status: JobStatus) => {
    setBusy(true);
    try {
      const saved = await api.post<Job>(`/jobs/${job.id}/status`, { version: job.version, status });
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['jobs'], refetchType: 'none' });
      notifications.show({
        color: 'green',
        message: t('jobs.status.moved', { status: t(`jobs.statuses.${saved.status}`) }),
      });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, key))) {
        notifications.show({ color: 'red', title: t('jobs.status.refused'), message: errorMessage(error) });
      }
    } finally {
      setBusy(false);
    }
  };
  if (job.abilities.nextStatuses.length === 0) {
    return null;
  }
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="light" rightSection={<IconChevronDown size={16} />} loading={busy}>
          {t('jobs.status.change')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {job.abilities.nextStatuses.map((status) => (
          <Menu.Item key={status} onClick={() => void move(status)}>
            {t(`jobs.status.to.${status}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * A job: its record, its tasks with their demands, the demand profile derived from them, for an internship
 * place its sheet of costs and expectations, and for users who match the best candidates in the pool (tabs, the
 * tab in the URL). Employer contacts read their own employer's jobs here and accept internship sheets.
 */
export function JobDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const query = useQuery({ queryKey: ['jobs', id], queryFn: () => api.get<Job>(`/jobs/${id}`) });
  const requested = search.get('tab');
  return (
    <QueryView query={query}>
      {(job) => {
        const tabs = TABS.filter(
          (name) =>
            (name !== 'internship' || job.kind === 'internship_place') &&
            (name !== 'candidates' || can('matching.read')),
        );
        const tab: Tab = (tabs as readonly string[]).includes(requested ?? '')
          ? (requested as Tab)
          : 'record';
        return (
          <>
            <PageHeader
              title={job.title}
              description={
                <Group gap="xs" component="span">
                  <Anchor component={Link} to={`/employers/${job.employer.id}?tab=jobs`} size="sm">
                    {job.employer.name}
                  </Anchor>
                  <span>· {job.site.name}</span>
                  <JobKindBadge kind={job.kind} />
                  <JobStatusBadge status={job.status} />
                </Group>
              }
              actions={
                <>
                  <StatusMenu job={job} />
                  {job.abilities.delete && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      onClick={() => setDialog('delete')}
                    >
                      {t('jobs.delete')}
                    </Button>
                  )}
                  {job.abilities.update && (
                    <Button leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
                      {t('jobs.edit.button')}
                    </Button>
                  )}
                </>
              }
            />
            <Tabs
              value={tab}
              onChange={(value) => {
                const next = new URLSearchParams(search);
                if (value && value !== 'record') {
                  next.set('tab', value);
                } else {
                  next.delete('tab');
                }
                setSearch(next, { replace: true });
              }}
              keepMounted={false}
            >
              <Tabs.List mb="md">
                {tabs.map((name) => (
                  <Tabs.Tab key={name} value={name}>
                    {name === 'tasks'
                      ? t('jobs.tabs.tasksCount', { count: job.tasks.length })
                      : t(`jobs.tabs.${name}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="record">
                <JobRecord job={job} />
              </Tabs.Panel>
              <Tabs.Panel value="tasks">
                <TasksSection job={job} />
              </Tabs.Panel>
              <Tabs.Panel value="profile">
                <Section title={t('jobs.tabs.profile')}>
                  <JobProfileCard job={job} />
                </Section>
              </Tabs.Panel>
              <Tabs.Panel value="internship">
                <InternshipSheetSection job={job} />
              </Tabs.Panel>
              <Tabs.Panel value="candidates">
                {can('matching.read') && (
                  <Suspense fallback={<Loader aria-label={t('common.loading')} m="xl" />}>
                    <JobCandidatesSection jobId={job.id} />
                  </Suspense>
                )}
              </Tabs.Panel>
            </Tabs>
            {job.abilities.update && (
              <JobEditDialog
                key={job.version}
                job={job}
                opened={dialog === 'edit'}
                onClose={() => setDialog(null)}
              />
            )}
            <ConfirmDialog
              opened={dialog === 'delete'}
              onClose={() => setDialog(null)}
              title={t('jobs.deleteTitle', { title: job.title })}
              confirmLabel={t('jobs.delete')}
              conflictKey={['jobs', job.id]}
              onConfirm={async () => {
                await api.delete(`/jobs/${job.id}?version=${job.version}`);
                notifications.show({ color: 'green', message: t('jobs.deleted', { title: job.title }) });
                await navigate(`/employers/${job.employer.id}?tab=jobs`);
              }}
            >
              {t('jobs.deleteConfirm', { title: job.title })}
            </ConfirmDialog>
          </>
        );
      }}
    </QueryView>
  );
}
