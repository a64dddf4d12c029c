import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDateTime } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { OrganisationForm, organisationBody, organisationValues } from './organisation-form';

export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['organisations', id];
  const query = useQuery({ queryKey: key, queryFn: () => api.get<Organisation>(`/organisations/${id}`) });

  return (
    <QueryView query={query}>
      {(org) => (
        <>
          <PageHeader
            title={org.name}
            description={
              <Group gap="xs" component="span">
                <Badge>{t(`organisationKinds.${org.kind}`)}</Badge>
                <Badge color={org.isActive ? 'green' : 'gray'}>
                  {org.isActive ? t('common.active') : t('common.inactive')}
                </Badge>
                <span>{t('common.updatedAt', { date: formatDateTime(org.updatedAt) })}</span>
              </Group>
            }
            actions={
              org.abilities.manageUsers && (
                <Anchor component={Link} to={`/users?organisationId=${org.id}`}>
                  {t('organisations.manageUsers', { count: org.userCount })}
                </Anchor>
              )
            }
          />
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('organisations.details')}
            </Title>
            {!org.abilities.update && (
              <Text size="sm" c="dimmed" mb="sm">
                {t('organisations.readOnly')}
              </Text>
            )}
            <OrganisationForm
              key={org.version}
              mode="edit"
              networkFields={org.abilities.updateNetworkFields}
              disabled={!org.abilities.update}
              initial={organisationValues(org)}
              submitLabel={t('common.save')}
              onSubmit={async (values) => {
                try {
                  const saved = await api.patch<Organisation>(`/organisations/${org.id}`, {
                    version: org.version,
                    data: organisationBody(values, org.abilities.updateNetworkFields, 'edit'),
                  });
                  queryClient.setQueryData(key, saved);
                  await queryClient.invalidateQueries({ queryKey: ['organisations'], exact: false });
                  notifications.show({ color: 'green', message: t('common.saved') });
                } catch (error) {
                  if (!(await handleConflict(error, queryClient, key))) {
                    throw error;
                  }
                }
              }}
            />
          </Paper>
        </>
      )}
    </QueryView>
  );
}
