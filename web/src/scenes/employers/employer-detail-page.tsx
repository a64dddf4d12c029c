import { Anchor, Paper, SimpleGrid, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import type { Employer } from '../../api/types';
import { PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';

export function EmployerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['employers', id],
    queryFn: () => api.get<Employer>(`/employers/${id}`),
  });
  return (
    <QueryView query={query}>
      {(e) => (
        <>
          <PageHeader title={e.name} description={e.enterpriseNumber} />
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('employers.details')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <Field label={t('employers.enterpriseNumber')}>{e.enterpriseNumber}</Field>
              <Field label={t('employers.sector')}>{e.naceCode}</Field>
              <Field label={t('employers.sizeClass')}>{e.sizeClass}</Field>
              <Field label={t('employers.address')}>
                {[e.street, [e.postcode, e.municipality?.name].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
              </Field>
              <Field label={t('employers.website')}>
                {e.website && (
                  <Anchor href={e.website} target="_blank" rel="noreferrer">
                    {e.website}
                  </Anchor>
                )}
              </Field>
            </SimpleGrid>
          </Paper>
        </>
      )}
    </QueryView>
  );
}
