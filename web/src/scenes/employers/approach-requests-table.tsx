import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApproachRequest } from '../../api/types';
import { formatDate } from '../../components/format';
import { ApproachRequestDecideDialog } from './approach-request-decide-dialog';
import { ApproachStatusBadge } from './employer-labels';

/** Approach requests with who asked whom, why, and how it stands; the owner decides from here. */
export function ApproachRequestsTable({
  requests,
  label,
  showEmployer = true,
}: {
  requests: ApproachRequest[];
  label: string;
  showEmployer?: boolean;
}) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<ApproachRequest | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={label} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {showEmployer && <Table.Th>{t('employerDesk.approaches.employer')}</Table.Th>}
              <Table.Th>{t('employerDesk.approaches.requester')}</Table.Th>
              <Table.Th>{t('employerDesk.approaches.owner')}</Table.Th>
              <Table.Th>{t('employerDesk.approaches.filedOn')}</Table.Th>
              <Table.Th>{t('employerDesk.approaches.motivation')}</Table.Th>
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
                  <Text size="sm">{r.requestingOrganisation.name}</Text>
                  <Text size="xs" c="dimmed">
                    {r.requestedBy.name}
                  </Text>
                </Table.Td>
                <Table.Td>{r.ownerOrganisation?.name ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/approach-requests/${r.id}`}>
                    {formatDate(r.createdAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={3}>
                    {r.motivation}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ApproachStatusBadge status={r.status} />
                  {r.decisionReason && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {r.decisionReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {r.abilities.decide && (
                    <Button size="compact-sm" onClick={() => setDeciding(r)}>
                      {t('employerDesk.approaches.decide')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deciding && <ApproachRequestDecideDialog request={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
