import { Anchor, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { ServiceRequest } from '../../api/types';
import { formatDate } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';
import { ServiceStatusBadge } from './employer-labels';
import { ServiceRequestStatusDialog } from './service-request-status-dialog';

/** One service request (where its notifications lead): the employer, the service, who carries it out, how far. */
export function ServiceRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const query = useQuery({
    queryKey: ['service-requests', id],
    queryFn: () => api.get<ServiceRequest>(`/service-requests/${id}`),
  });
  return (
    <QueryView query={query}>
      {(r) => (
        <>
          <PageHeader
            title={`${r.service.name} · ${r.employer.name}`}
            description={<ServiceStatusBadge status={r.status} />}
            actions={
              r.abilities.nextStatuses.length > 0 && (
                <Button onClick={() => setChanging(true)}>{t('employerDesk.services.changeStatus')}</Button>
              )
            }
          />
          <Paper withBorder p="lg">
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                <Field label={t('employerDesk.approaches.employer')}>
                  <Anchor component={Link} to={`/employers/${r.employer.id}?tab=services`}>
                    {r.employer.name}
                  </Anchor>
                </Field>
                <Field label={t('employerDesk.services.handlingOrganisation')}>
                  {r.handlingOrganisation.name}
                </Field>
                <Field label={t('employerDesk.services.requestedBy')}>
                  {[r.requestedByOrganisation?.name, r.requestedBy?.name].filter(Boolean).join(' · ')}
                </Field>
                <Field label={t('employerDesk.services.requestedOn')}>{formatDate(r.requestedOn)}</Field>
                <Field label={t('employerDesk.services.startedOn')}>
                  {r.startedOn && formatDate(r.startedOn)}
                </Field>
                <Field label={t('employerDesk.services.doneOn')}>
                  {r.doneOn
                    ? formatDate(r.doneOn)
                    : r.cancelledOn &&
                      t('employerDesk.services.cancelledOn', { date: formatDate(r.cancelledOn) })}
                </Field>
              </SimpleGrid>
              <Field label={t('employerDesk.services.note')}>
                {r.note && <Text style={{ whiteSpace: 'pre-line' }}>{r.note}</Text>}
              </Field>
            </Stack>
          </Paper>
          {changing && <ServiceRequestStatusDialog request={r} onClose={() => setChanging(false)} />}
        </>
      )}
    </QueryView>
  );
}
