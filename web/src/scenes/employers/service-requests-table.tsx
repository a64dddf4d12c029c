import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRequest } from '../../api/types';
import { formatDate } from '../../components/format';
import { ServiceStatusBadge } from './employer-labels';
import { ServiceRequestStatusDialog } from './service-request-status-dialog';

/** The date that says how far a request got: done, cancelled, started, or requested. */
function statusDate(r: ServiceRequest) {
  return r.doneOn ?? r.cancelledOn ?? r.startedOn ?? r.requestedOn;
}

/** Service requests with who carries them out and how far they are; those who may move them on do so here. */
export function ServiceRequestsTable({
  requests,
  label,
  showEmployer = true,
}: {
  requests: ServiceRequest[];
  label: string;
  showEmployer?: boolean;
}) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState<ServiceRequest | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table striped aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {showEmployer && <Table.Th>{t('employerDesk.approaches.employer')}</Table.Th>}
              <Table.Th>{t('employerDesk.services.service')}</Table.Th>
              <Table.Th>{t('employerDesk.services.handlingOrganisation')}</Table.Th>
              <Table.Th>{t('employerDesk.services.requestedBy')}</Table.Th>
              <Table.Th>{t('employerDesk.services.requestedOn')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <Table.Tr key={r.id}>
                {showEmployer && (
                  <Table.Td>
                    <Anchor component={Link} to={`/employers/${r.employer.id}`}>
                      {r.employer.name}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={`/service-requests/${r.id}`}>
                    {r.service.name}
                  </Anchor>
                  {r.note && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {r.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.handlingOrganisation.name}</Table.Td>
                <Table.Td>{r.requestedByOrganisation?.name ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.requestedOn)}</Table.Td>
                <Table.Td>
                  <ServiceStatusBadge status={r.status} />
                  {r.status !== 'requested' && (
                    <Text size="xs" c="dimmed">
                      {formatDate(statusDate(r))}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.abilities.nextStatuses.length > 0 && (
                    <Button size="compact-sm" variant="light" onClick={() => setChanging(r)}>
                      {t('employerDesk.services.changeStatus')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changing && <ServiceRequestStatusDialog request={changing} onClose={() => setChanging(null)} />}
    </>
  );
}
