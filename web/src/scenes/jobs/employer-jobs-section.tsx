import { Button, Group, Select } from '@mantine/core';
import { IconCut, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { JOB_KINDS, JOB_STATUSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { EmployerDetail, JobItem, Page } from '../../api/types';
import { EmptyState, Pager, QueryView, Section } from '../../components/page';
import { JobCreateDialog } from './job-create-dialog';
import { JobsTable } from './jobs-table';

/** The employer's jobs (status and kind filters), with "new job" and job carving for those who may. */
export function EmployerJobsSection({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['jobs', { employerId: e.id, status, kind, page }],
    queryFn: () => api.get<Page<JobItem>>(`/employers/${e.id}/jobs`, { status, kind, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Section
      title={t('employerDesk.tabs.jobs')}
      actions={
        e.abilities.createJob && (
          <>
            <Button
              component={Link}
              to={`/employers/${e.id}/carve`}
              variant="default"
              leftSection={<IconCut size={16} />}
            >
              {t('jobs.carving.start')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('jobs.create.title')}
            </Button>
          </>
        )
      }
    >
      <Group mb="md" gap="sm">
        <Select
          label={t('common.status')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={JOB_STATUSES.map((s) => ({ value: s, label: t(`jobs.statuses.${s}`) }))}
          w={180}
        />
        <Select
          label={t('jobs.kind')}
          clearable
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          data={JOB_KINDS.map((k) => ({ value: k, label: t(`jobs.kinds.${k}`) }))}
          w={220}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('jobs.emptyEmployer')}</EmptyState>
          ) : (
            <>
              <JobsTable jobs={data.items} label={t('employerDesk.tabs.jobs')} showEmployer={false} />
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryView>
      {creating && (
        <JobCreateDialog
          employer={e}
          onClose={() => setCreating(false)}
          onCreated={(job) => {
            setCreating(false);
            void navigate(`/jobs/${job.id}?tab=tasks`);
          }}
        />
      )}
    </Section>
  );
}
