import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Job } from '../../api/types';
import { PageHeader, QueryView } from '../../components/page';
import { JobCandidatesSection } from './job-candidates-section';

/** The best candidates for one job on a page of their own, linked from proposals and explanations. */
export function JobCandidatesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['jobs', id], queryFn: () => api.get<Job>(`/jobs/${id}`) });
  return (
    <QueryView query={query}>
      {(job) => (
        <>
          <PageHeader
            title={t('matching.candidates.pageTitle', { job: job.title })}
            description={[job.employer.name, job.site.municipality?.name].filter(Boolean).join(' · ')}
            actions={
              <Button
                component={Link}
                to={`/jobs/${job.id}`}
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
              >
                {t('matching.candidates.backToJob')}
              </Button>
            }
          />
          <JobCandidatesSection jobId={job.id} />
        </>
      )}
    </QueryView>
  );
}
