import { Button, Group, Select, Tabs, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MEASURES, REFERRAL_CHANNELS } from '../../../../server/src/db/schema';
import { MINIMUM_CELL } from '../../../../server/src/lib/suppression';
import { toQueryString } from '../../api/client';
import { OrganisationSelect } from '../../components/organisation-select';
import { PageHeader } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { FunnelView } from './funnel-view';
import { LeadTimeView } from './lead-time-view';
import { MapView } from './map-view';
import { MONITORING_FILTERS, type MonitoringFilters } from './monitoring-shared';
import { OutcomesView } from './outcomes-view';
import { TargetsView } from './targets-view';

export const PROVINCES = ['10000', '20001', '30000', '40000', '70000'] as const;
const VIEWS = ['funnel', 'leadTimes', 'outcomes', 'targets', 'map'] as const;
type View = (typeof VIEWS)[number];

/**
 * The network's monitoring dashboard: one set of filters (period, measure, channel, organisation, province) over
 * views of the same aggregated figures, each with its table and exports. Small cells are hidden by the server.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const { params, update } = useFilters();
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'funnel';
  const filters = Object.fromEntries(
    MONITORING_FILTERS.map((f) => [f, params.get(f) ?? '']),
  ) as MonitoringFilters;
  const [debounced] = useDebouncedValue(filters, 300);

  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        description={t('monitoring.description', { minimum: MINIMUM_CELL })}
        actions={
          <Button
            component="a"
            href={`/api/monitoring/report.pdf${toQueryString(debounced)}`}
            download
            variant="default"
            leftSection={<IconFileTypePdf size={18} />}
            aria-label={t('monitoring.reportLabel')}
          >
            {t('monitoring.report')}
          </Button>
        }
      />
      <Group
        mb="md"
        align="flex-end"
        wrap="wrap"
        gap="sm"
        role="group"
        aria-label={t('monitoring.filters.label')}
      >
        <TextInput
          label={t('monitoring.filters.from')}
          type="date"
          value={filters.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t('monitoring.filters.to')}
          type="date"
          value={filters.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
        <Select
          label={t('monitoring.filters.measure')}
          clearable
          value={filters.measure || null}
          onChange={(v) => update({ measure: v })}
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          w={230}
        />
        <Select
          label={t('monitoring.filters.channel')}
          clearable
          value={filters.channel || null}
          onChange={(v) => update({ channel: v })}
          data={REFERRAL_CHANNELS.map((c) => ({ value: c, label: t(`referrals.channels.${c}`) }))}
          w={210}
        />
        <OrganisationSelect
          label={t('monitoring.filters.organisation')}
          clearable
          value={filters.organisationId || null}
          onChange={(v) => update({ organisationId: v })}
        />
        <Select
          label={t('monitoring.filters.province')}
          clearable
          value={filters.provinceNis || null}
          onChange={(v) => update({ provinceNis: v })}
          data={PROVINCES.map((p) => ({ value: p, label: t(`monitoring.provinces.${p}`) }))}
          w={190}
        />
      </Group>
      <Tabs value={view} onChange={(v) => update({ view: v === 'funnel' ? null : v })} keepMounted={false}>
        <Tabs.List mb="md">
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`monitoring.views.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="funnel">
          <FunnelView filters={debounced} />
        </Tabs.Panel>
        <Tabs.Panel value="leadTimes">
          <LeadTimeView filters={debounced} />
        </Tabs.Panel>
        <Tabs.Panel value="outcomes">
          <OutcomesView filters={debounced} />
        </Tabs.Panel>
        <Tabs.Panel value="targets">
          <TargetsView />
        </Tabs.Panel>
        <Tabs.Panel value="map">
          <MapView filters={debounced} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
