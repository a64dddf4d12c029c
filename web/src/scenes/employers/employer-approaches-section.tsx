import { Button } from '@mantine/core';
import { IconHandStop } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApproachRequest, EmployerDetail, Page } from '../../api/types';
import { EmptyState, QueryView, Section } from '../../components/page';
import { ApproachRequestsTable } from './approach-requests-table';

/** The approach requests about this employer that the user's organisations filed or have to decide. */
export function EmployerApproachesSection({
  employer: e,
  onRequest,
}: {
  employer: EmployerDetail;
  onRequest: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['approach-requests', { employerId: e.id }],
    queryFn: () =>
      api.get<Page<ApproachRequest>>('/approach-requests', { employerId: e.id, box: 'all', pageSize: 100 }),
  });
  return (
    <Section
      title={t('employerDesk.tabs.approaches')}
      actions={
        e.abilities.requestApproach && (
          <Button leftSection={<IconHandStop size={16} />} onClick={onRequest}>
            {t('employerDesk.approaches.request')}
          </Button>
        )
      }
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('employerDesk.approaches.emptyEmployer')}</EmptyState>
          ) : (
            <ApproachRequestsTable
              requests={data.items}
              label={t('employerDesk.tabs.approaches')}
              showEmployer={false}
            />
          )
        }
      </QueryView>
    </Section>
  );
}
