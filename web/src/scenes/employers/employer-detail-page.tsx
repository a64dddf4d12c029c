import { Badge, Button, Group, Tabs } from '@mantine/core';
import { IconEdit, IconHandStop, IconMessagePlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { EmployerDetail } from '../../api/types';
import { PageHeader, QueryView } from '../../components/page';
import { EmployerJobsSection } from '../jobs/employer-jobs-section';
import { ApproachRequestCreateDialog } from './approach-request-create-dialog';
import { ContactLogDialog } from './contact-log-dialog';
import { ContactPersonsSection } from './contact-persons-section';
import { ContactsSection } from './contacts-section';
import { EmployerApproachesSection } from './employer-approaches-section';
import { EmployerEditDialog } from './employer-edit-dialog';
import { EmployerOverview } from './employer-overview';
import { EmployerPortal } from './employer-portal';
import { ServiceRequestsSection } from './service-requests-section';
import { SitesSection } from './sites-section';

const TABS = ['overview', 'sites', 'people', 'contacts', 'approaches', 'services', 'jobs'] as const;
type Tab = (typeof TABS)[number];
type Dialog = 'edit' | 'contact' | 'approach' | null;

export const employerKey = (id: string) => ['employers', id];

export function useEmployer(id: string) {
  return useQuery({ queryKey: employerKey(id), queryFn: () => api.get<EmployerDetail>(`/employers/${id}`) });
}

/** The user's relation to the employer in one badge: owner, joint action, none yet, or someone else's. */
function RelationBadge({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  if (e.relation.isOwner) {
    return <Badge color="green">{t('employerDesk.relation.owner')}</Badge>;
  }
  if (e.relation.isInJointAction) {
    return <Badge color="blue">{t('employerDesk.relation.joint')}</Badge>;
  }
  if (!e.owner) {
    return <Badge color="gray">{t('employerDesk.owner.none')}</Badge>;
  }
  return (
    <Badge color="orange">
      {t('employerDesk.relation.other', { organisation: e.owner.organisation.name })}
    </Badge>
  );
}

/**
 * An employer's page for network staff: the record with its account owner and joint actions, sites, contact
 * persons, the contact timeline, approach requests, service requests and jobs as tabs (the tab in the URL). An
 * employer contact sees their own employer's portal instead.
 */
export function EmployerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useEmployer(id);
  const requested = search.get('tab');
  const setTab = (value: string | null) => {
    const next = new URLSearchParams(search);
    if (value && value !== 'overview') {
      next.set('tab', value);
    } else {
      next.delete('tab');
    }
    setSearch(next, { replace: true });
  };
  return (
    <QueryView query={query}>
      {(e) => {
        // Employer contacts get no abilities and no timeline: their view of their own employer.
        if (!e.abilities.readContacts) {
          return <EmployerPortal employer={e} />;
        }
        const tabs = TABS.filter((name) => name !== 'approaches' || can('approach.read'));
        const tab: Tab = (tabs as readonly string[]).includes(requested ?? '')
          ? (requested as Tab)
          : 'overview';
        return (
          <>
            <PageHeader
              title={e.name}
              description={
                <Group gap="xs" component="span">
                  <span>{e.enterpriseNumber}</span>
                  {e.municipality && <span>· {e.municipality.name}</span>}
                  <RelationBadge employer={e} />
                </Group>
              }
              actions={
                <>
                  {e.abilities.requestApproach && (
                    <Button
                      variant="light"
                      leftSection={<IconHandStop size={16} />}
                      onClick={() => setDialog('approach')}
                    >
                      {t('employerDesk.approaches.request')}
                    </Button>
                  )}
                  {e.abilities.logContact && (
                    <Button
                      variant="light"
                      leftSection={<IconMessagePlus size={16} />}
                      onClick={() => setDialog('contact')}
                    >
                      {t('employerDesk.contacts.log')}
                    </Button>
                  )}
                  {e.abilities.update && (
                    <Button leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
                      {t('employerDesk.edit.title')}
                    </Button>
                  )}
                </>
              }
            />
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List mb="md">
                {tabs.map((name) => (
                  <Tabs.Tab key={name} value={name}>
                    {t(`employerDesk.tabs.${name}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="overview">
                <EmployerOverview employer={e} onRequestApproach={() => setDialog('approach')} />
              </Tabs.Panel>
              <Tabs.Panel value="sites">
                <SitesSection employer={e} />
              </Tabs.Panel>
              <Tabs.Panel value="people">
                <ContactPersonsSection employer={e} />
              </Tabs.Panel>
              <Tabs.Panel value="contacts">
                <ContactsSection employer={e} onLog={() => setDialog('contact')} />
              </Tabs.Panel>
              <Tabs.Panel value="approaches">
                <EmployerApproachesSection employer={e} onRequest={() => setDialog('approach')} />
              </Tabs.Panel>
              <Tabs.Panel value="services">
                <ServiceRequestsSection employer={e} />
              </Tabs.Panel>
              <Tabs.Panel value="jobs">
                <EmployerJobsSection employer={e} />
              </Tabs.Panel>
            </Tabs>
            {e.abilities.update && (
              <EmployerEditDialog
                key={e.version}
                employer={e}
                opened={dialog === 'edit'}
                onClose={() => setDialog(null)}
              />
            )}
            {e.abilities.logContact && dialog === 'contact' && (
              <ContactLogDialog
                employer={e}
                onClose={() => setDialog(null)}
                onRequestApproach={() => setDialog('approach')}
              />
            )}
            {dialog === 'approach' && (
              <ApproachRequestCreateDialog employer={e} onClose={() => setDialog(null)} />
            )}
          </>
        );
      }}
    </QueryView>
  );
}
