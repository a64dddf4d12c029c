import { Anchor, Badge, Button, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { EmployerDetail, Job, JobItem, Page } from '../../api/types';
import { formatDate, formatHours } from '../../components/format';
import { EmptyState, PageHeader, QueryView, Section } from '../../components/page';
import { JobsTable } from '../jobs/jobs-table';
import { ContactPersonsTable } from './contact-persons-section';
import { OwnerDetails } from './employer-overview';
import { useEmployerServiceRequests } from './service-requests-section';
import { ServiceRequestsTable } from './service-requests-table';
import { SitesTable } from './sites-section';

const TABS = ['jobs', 'internships', 'sites', 'people', 'services'] as const;
type Tab = (typeof TABS)[number];

/** The employer's internship places with the state of their sheets: to read and accept, or accepted. */
function InternshipPlaces({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const places = useQuery({
    queryKey: ['jobs', { employerId, kind: 'internship_place' }],
    queryFn: () =>
      api.get<Page<JobItem>>(`/employers/${employerId}/jobs`, { kind: 'internship_place', pageSize: 100 }),
  });
  const details = useQueries({
    queries: (places.data?.items ?? []).map((j) => ({
      queryKey: ['jobs', j.id],
      queryFn: () => api.get<Job>(`/jobs/${j.id}`),
    })),
  });
  return (
    <QueryView query={places}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState>{t('employerDesk.portal.noInternships')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('employerDesk.portal.tabs.internships')} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('jobs.title')}</Table.Th>
                  <Table.Th>{t('jobs.site')}</Table.Th>
                  <Table.Th>{t('jobs.hoursPerWeek')}</Table.Th>
                  <Table.Th>{t('jobs.tabs.internship')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item, index) => {
                  const sheet = details[index]?.data?.internshipSheet;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/jobs/${item.id}`}>
                          {item.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{item.site.name}</Table.Td>
                      <Table.Td>{formatHours(item.hoursPerWeek)}</Table.Td>
                      <Table.Td>
                        {details[index]?.isPending ? (
                          '…'
                        ) : !sheet ? (
                          <Badge color="gray">{t('employerDesk.portal.sheetNone')}</Badge>
                        ) : sheet.isAccepted ? (
                          <Badge color="green">
                            {t('employerDesk.portal.sheetAccepted', { date: formatDate(sheet.acceptedAt) })}
                          </Badge>
                        ) : (
                          <Badge color="orange">{t('employerDesk.portal.sheetToAccept')}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {sheet && (
                          <Button
                            component={Link}
                            to={`/jobs/${item.id}?tab=internship`}
                            size="compact-sm"
                            variant={sheet.isAccepted ? 'default' : 'filled'}
                          >
                            {sheet.isAccepted
                              ? t('employerDesk.portal.readSheet')
                              : t('employerDesk.portal.readAndAccept')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryView>
  );
}

function EmployerJobs({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['jobs', { employerId, all: true }],
    queryFn: () => api.get<Page<JobItem>>(`/employers/${employerId}/jobs`, { pageSize: 100 }),
  });
  return (
    <QueryView query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState>{t('employerDesk.portal.noJobs')}</EmptyState>
        ) : (
          <JobsTable jobs={data.items} label={t('employerDesk.portal.tabs.jobs')} showEmployer={false} />
        )
      }
    </QueryView>
  );
}

function EmployerServices({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const query = useEmployerServiceRequests(employerId);
  return (
    <QueryView query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState>{t('employerDesk.portal.noServices')}</EmptyState>
        ) : (
          <ServiceRequestsTable
            requests={data.items}
            label={t('employerDesk.portal.tabs.services')}
            showEmployer={false}
          />
        )
      }
    </QueryView>
  );
}

/**
 * What an employer contact sees of their own employer, and nothing else: its jobs, internship places with their
 * sheets to accept, sites, contact persons and the services the network carries out for it, and who their one
 * point of contact in the network is.
 */
export function EmployerPortal({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'jobs';
  return (
    <>
      <PageHeader
        title={e.name}
        description={t('employerDesk.portal.description', { number: e.enterpriseNumber })}
      />
      <Stack>
        <Section title={t('employerDesk.portal.contactTitle')}>
          {e.owner ? (
            <Stack gap="sm">
              <Text size="sm">{t('employerDesk.portal.contactHelp')}</Text>
              <OwnerDetails employer={e} />
            </Stack>
          ) : (
            <Text c="dimmed">{t('employerDesk.portal.noContact')}</Text>
          )}
        </Section>
        <Paper withBorder p="lg">
          <Tabs
            value={tab}
            onChange={(value) => {
              const next = new URLSearchParams(search);
              if (value && value !== 'jobs') {
                next.set('tab', value);
              } else {
                next.delete('tab');
              }
              setSearch(next, { replace: true });
            }}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {TABS.map((name) => (
                <Tabs.Tab key={name} value={name}>
                  {t(`employerDesk.portal.tabs.${name}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="jobs">
              <EmployerJobs employerId={e.id} />
            </Tabs.Panel>
            <Tabs.Panel value="internships">
              <InternshipPlaces employerId={e.id} />
            </Tabs.Panel>
            <Tabs.Panel value="sites">
              {e.sites.length === 0 ? (
                <EmptyState>{t('employerDesk.sites.empty')}</EmptyState>
              ) : (
                <SitesTable sites={e.sites} />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="people">
              {e.contactPersons.length === 0 ? (
                <EmptyState>{t('employerDesk.people.empty')}</EmptyState>
              ) : (
                <ContactPersonsTable people={e.contactPersons} />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="services">
              <EmployerServices employerId={e.id} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
