import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconBuildingCommunity, IconEdit } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { NetworkService, Page, ServiceRequest } from '../../api/types';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { ServiceRequestsTable } from '../employers/service-requests-table';
import { NetworkServiceEditDialog } from './network-service-edit-dialog';
import { NetworkServiceProvidersDialog } from './network-service-providers-dialog';
import { useNetworkServices } from './use-network-services';

const BOXES = ['handling', 'requested', 'all'] as const;
type Box = (typeof BOXES)[number];

function ServiceCard({
  service,
  onEdit,
  onProviders,
}: {
  service: NetworkService;
  onEdit: () => void;
  onProviders: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`service-${service.key}`}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`service-${service.key}`}>
            {service.name}
          </Title>
          {!service.isActive && <Badge color="gray">{t('common.inactive')}</Badge>}
        </Group>
        <Text size="sm">{service.description}</Text>
        <Text size="sm" fw={600} mt="auto">
          {t('catalogues.services.providers')}
        </Text>
        {service.providers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalogues.services.noProviders')}
          </Text>
        ) : (
          <Group gap={4}>
            {service.providers.map((p) => (
              <Badge key={p.id} color="blue" variant="light">
                {p.name}
              </Badge>
            ))}
          </Group>
        )}
        {service.abilities.update && (
          <Group gap="xs" mt="xs">
            <Button size="compact-sm" variant="default" leftSection={<IconEdit size={14} />} onClick={onEdit}>
              {t('catalogues.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconBuildingCommunity size={14} />}
              onClick={onProviders}
            >
              {t('catalogues.services.setProviders')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Catalogue() {
  const { t } = useTranslation();
  const can = useCan();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<NetworkService | null>(null);
  const [providers, setProviders] = useState<NetworkService | null>(null);
  const query = useNetworkServices(includeInactive);
  return (
    <Stack>
      {can('service.manage') && (
        <Checkbox
          label={t('catalogues.includeInactive')}
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
        />
      )}
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('catalogues.services.empty')}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              {data.items.map((s) => (
                <ServiceCard
                  key={s.key}
                  service={s}
                  onEdit={() => setEditing(s)}
                  onProviders={() => setProviders(s)}
                />
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      {editing && <NetworkServiceEditDialog service={editing} onClose={() => setEditing(null)} />}
      {providers && <NetworkServiceProvidersDialog service={providers} onClose={() => setProviders(null)} />}
    </Stack>
  );
}

function Requests() {
  const { t } = useTranslation();
  const { params, update, page } = useFilters();
  const box: Box = (BOXES as readonly string[]).includes(params.get('box') ?? '')
    ? (params.get('box') as Box)
    : 'handling';
  const isOpen = params.get('open') !== 'false';
  const query = useQuery({
    queryKey: ['service-requests', { box, isOpen, page }],
    queryFn: () =>
      api.get<Page<ServiceRequest>>('/service-requests', {
        box,
        status: isOpen ? 'open' : null,
        page,
        pageSize: 25,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Stack gap={4}>
        <SegmentedControl
          aria-label={t('catalogues.services.box')}
          w="fit-content"
          value={box}
          onChange={(value) => update({ box: value === 'handling' ? null : value })}
          data={BOXES.map((b) => ({ value: b, label: t(`catalogues.services.boxes.${b}`) }))}
        />
        <Text size="sm" c="dimmed">
          {t(`catalogues.services.boxHelp.${box}`)}
        </Text>
      </Stack>
      <Checkbox
        label={t('catalogues.services.onlyOpen')}
        checked={isOpen}
        onChange={(e) => update({ open: e.currentTarget.checked ? null : 'false' })}
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('catalogues.services.noRequests')}</EmptyState>
          ) : (
            <>
              <ServiceRequestsTable requests={data.items} label={t('catalogues.services.requests')} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )
        }
      </QueryView>
    </Stack>
  );
}

/**
 * The network's joint service catalogue (job carving, adaptation advice, mentor training…) with the organisations
 * that offer each service, and the service requests the user's organisations carry out or asked for.
 */
export function NetworkServicesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, update } = useFilters();
  const tab = params.get('tab') === 'requests' && can('service_request.read') ? 'requests' : 'catalogue';
  return (
    <>
      <PageHeader title={t('catalogues.services.title')} description={t('catalogues.services.description')} />
      <Tabs
        value={tab}
        onChange={(value) => update({ tab: value === 'requests' ? 'requests' : null, box: null })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="catalogue">{t('catalogues.services.catalogue')}</Tabs.Tab>
          {can('service_request.read') && (
            <Tabs.Tab value="requests">{t('catalogues.services.requests')}</Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="catalogue">{tab === 'catalogue' && <Catalogue />}</Tabs.Panel>
        <Tabs.Panel value="requests">{tab === 'requests' && <Requests />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
