import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { MyWork } from '../../api/types';
import { EmptyState, PageHeader, QueryView } from '../../components/page';

const SEVERITY_COLOR = { info: 'blue', warning: 'orange', danger: 'red' } as const;

/** The personal start page: what needs this user's attention, gathered from every module's provider. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = useQuery({ queryKey: ['my-work'], queryFn: () => api.get<MyWork>('/my-work') });
  const roles = [...new Set(me.roles.map((grant) => grant.role))];

  return (
    <>
      <PageHeader
        title={t('myWork.title')}
        description={t('myWork.greeting', {
          name: me.displayName,
          roles: roles.map((role) => t(`roles.${role}`)).join(', '),
        })}
      />
      <QueryView query={query}>
        {(data) =>
          data.sections.length === 0 ? (
            <EmptyState>{t('myWork.nothing')}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {data.sections.map((section) => (
                <Card
                  key={section.key}
                  withBorder
                  padding="lg"
                  component="section"
                  aria-labelledby={`sec-${section.key}`}
                >
                  <Title order={2} size="h4" mb="sm" id={`sec-${section.key}`}>
                    {t(`myWork.sections.${section.key}`)}
                  </Title>
                  <Stack gap="xs">
                    {section.items.length === 0 && <Text c="dimmed">{t('myWork.nothing')}</Text>}
                    {section.items.map((item) => {
                      const label = t(`myWork.items.${item.key}`, { ...item.params, count: item.count ?? 0 });
                      return (
                        <Group
                          key={`${item.key}-${JSON.stringify(item.params)}`}
                          justify="space-between"
                          wrap="nowrap"
                        >
                          {item.href ? (
                            <Anchor component={Link} to={item.href}>
                              {label}
                            </Anchor>
                          ) : (
                            <Text>{label}</Text>
                          )}
                          {item.count !== null && (
                            <Badge color={SEVERITY_COLOR[item.severity]} size="lg" variant="light">
                              {item.count}
                            </Badge>
                          )}
                        </Group>
                      );
                    })}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
    </>
  );
}
