import { Anchor, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { ApproachRequest } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';
import { ApproachRequestDecideDialog } from './approach-request-decide-dialog';
import { ApproachStatusBadge } from './employer-labels';

/** One approach request (where its notifications lead): who asked, why, and the owner's decision. */
export function ApproachRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  const query = useQuery({
    queryKey: ['approach-requests', id],
    queryFn: () => api.get<ApproachRequest>(`/approach-requests/${id}`),
  });
  return (
    <QueryView query={query}>
      {(r) => (
        <>
          <PageHeader
            title={t('employerDesk.approaches.pageTitle', { name: r.employer.name })}
            description={<ApproachStatusBadge status={r.status} />}
            actions={
              r.abilities.decide && (
                <Button onClick={() => setDeciding(true)}>{t('employerDesk.approaches.decide')}</Button>
              )
            }
          />
          <Paper withBorder p="lg">
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                <Field label={t('employerDesk.approaches.employer')}>
                  <Anchor component={Link} to={`/employers/${r.employer.id}`}>
                    {r.employer.name}
                  </Anchor>
                </Field>
                <Field label={t('employerDesk.approaches.requester')}>
                  {`${r.requestingOrganisation.name} (${r.requestedBy.name})`}
                </Field>
                <Field label={t('employerDesk.approaches.owner')}>{r.ownerOrganisation?.name}</Field>
                <Field label={t('employerDesk.approaches.filedOn')}>{formatDate(r.createdAt)}</Field>
                <Field label={t('employerDesk.approaches.decidedBy')}>
                  {r.decidedBy && `${r.decidedBy.name}, ${formatDateTime(r.decidedAt)}`}
                </Field>
              </SimpleGrid>
              <Field label={t('employerDesk.approaches.motivation')}>
                <Text style={{ whiteSpace: 'pre-line' }}>{r.motivation}</Text>
              </Field>
              {r.decisionReason && (
                <Field label={t('employerDesk.approaches.reason')}>
                  <Text style={{ whiteSpace: 'pre-line' }}>{r.decisionReason}</Text>
                </Field>
              )}
            </Stack>
          </Paper>
          {deciding && <ApproachRequestDecideDialog request={r} onClose={() => setDeciding(false)} />}
        </>
      )}
    </QueryView>
  );
}
