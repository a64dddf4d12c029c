import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerDetail, ServiceRequest } from '../../api/types';
import { EmptyState, QueryView, Section } from '../../components/page';
import { ServiceRequestCreateDialog } from './service-request-create-dialog';
import { ServiceRequestsTable } from './service-requests-table';

export function useEmployerServiceRequests(employerId: string) {
  return useQuery({
    queryKey: ['service-requests', { employerId }],
    queryFn: () => api.get<{ items: ServiceRequest[] }>(`/employers/${employerId}/service-requests`),
  });
}

/** The employer's service requests from the network catalogue, tracked to done. */
export function ServiceRequestsSection({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const query = useEmployerServiceRequests(e.id);
  return (
    <Section
      title={t('employerDesk.tabs.services')}
      actions={
        e.abilities.requestService && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('employerDesk.services.request')}
          </Button>
        )
      }
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('employerDesk.services.empty')}</EmptyState>
          ) : (
            <ServiceRequestsTable
              requests={data.items}
              label={t('employerDesk.tabs.services')}
              showEmployer={false}
            />
          )
        }
      </QueryView>
      {creating && <ServiceRequestCreateDialog employer={e} onClose={() => setCreating(false)} />}
    </Section>
  );
}
