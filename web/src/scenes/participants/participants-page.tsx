import { Alert, Badge, Button, Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconCopy, IconEyeSearch, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CONSENT_PURPOSES, MEASURES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { ParticipantPage } from '../../api/types';
import { formatDate } from '../../components/format';
import { MunicipalitySelect } from '../../components/municipality-select';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { CompletenessCell } from './completeness';
import { ParticipantCreateDialog } from './participant-create-dialog';
import { PARTICIPANT_STATUSES, STATUS_COLOR } from './participant-status';

/** Days without activity after which a participant counts as inactive (server: INACTIVE_AFTER_DAYS). */
const INACTIVE_DAYS = 90;
const ATTENTION = ['lost', 'no_coach', 'inactive'] as const;
const SORTS = ['name', 'waiting', 'activity'] as const;

/**
 * Participants of the user's organisations (the caseload): searched, filtered and sorted on the server, with
 * filters in the URL. "No one gets lost" is one click away: people still in the flow without a coach or without
 * activity for 90 days.
 */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const q = params.get('q') ?? '';
  const status = params.get('status');
  const coach = params.get('coach');
  const measure = params.get('measure');
  const municipality = params.get('municipality');
  const waitingMinDays = params.get('waitingMinDays');
  const needsAttention = params.get('needsAttention');
  const consent = params.get('consent');
  const sort = params.get('sort') ?? 'name';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [debouncedWaiting] = useDebouncedValue(waitingMinDays, 400);
  const filters = {
    q: debouncedQ,
    status,
    coachId: coach,
    measure,
    municipalityNis: municipality,
    waitingMinDays: debouncedWaiting,
    needsAttention,
    consent,
    sort,
  };
  const query = useQuery({
    queryKey: ['participants', { ...filters, page }],
    queryFn: () => api.get<ParticipantPage>('/participants', { ...filters, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  const isLostList = needsAttention === 'lost';
  // The organisation is only worth a line under the coach when the list spans several.
  const showOrganisation = new Set(query.data?.items.map((p) => p.organisation?.id)).size > 1;

  return (
    <>
      <PageHeader
        title={t('participants.title')}
        description={t('participants.description')}
        actions={
          <>
            {can('participant.merge') && (
              <Button
                component={Link}
                to="/participants/duplicates"
                variant="default"
                leftSection={<IconCopy size={16} />}
              >
                {t('participantRecord.duplicatesLink')}
              </Button>
            )}
            {can('participant.create') && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                {t('participantRecord.register')}
              </Button>
            )}
          </>
        }
      />
      {isLostList ? (
        <Alert color="orange" title={t('participantRecord.lostTitle')} mb="md">
          {t('participantRecord.lostHelp', { days: INACTIVE_DAYS })}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => update({ needsAttention: null })}>
            {t('participantRecord.showAll')}
          </Button>
        </Alert>
      ) : (
        <Button
          variant="light"
          color="orange"
          mb="md"
          leftSection={<IconEyeSearch size={16} />}
          onClick={() => update({ needsAttention: 'lost', sort: sort === 'name' ? 'activity' : sort })}
        >
          {t('participantRecord.lostPreset')}
        </Button>
      )}
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label={t('common.search')}
          placeholder={t('participants.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          w={180}
        />
        <Select
          label={t('participants.status')}
          clearable
          value={status}
          onChange={(v) => update({ status: v })}
          data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`participants.statuses.${s}`) }))}
          w={150}
        />
        <Select
          label={t('participants.coach')}
          clearable
          value={coach}
          onChange={(v) => update({ coach: v })}
          data={[
            { value: 'me', label: t('participants.coachMe') },
            { value: 'none', label: t('participants.coachNone') },
          ]}
          w={160}
        />
        <Select
          label={t('participantRecord.measure')}
          clearable
          value={measure}
          onChange={(v) => update({ measure: v })}
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          w={210}
        />
        <MunicipalitySelect
          label={t('participantRecord.municipality')}
          value={municipality}
          onChange={(v) => update({ municipality: v })}
        />
        <NumberInput
          label={t('participantRecord.waitingMinDays')}
          min={0}
          max={10000}
          allowDecimal={false}
          value={waitingMinDays ?? ''}
          onChange={(v) => update({ waitingMinDays: v === '' ? null : String(v) })}
          w={215}
        />
        <Select
          label={t('participantRecord.needsAttention')}
          clearable
          value={needsAttention}
          onChange={(v) => update({ needsAttention: v })}
          data={ATTENTION.map((a) => ({
            value: a,
            label: t(`participantRecord.attention.${a}`, { days: INACTIVE_DAYS }),
          }))}
          w={250}
        />
        <Select
          label={t('participantRecord.consent')}
          clearable
          value={consent}
          onChange={(v) => update({ consent: v })}
          data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))}
          w={230}
        />
        <Select
          label={t('participantRecord.sort')}
          allowDeselect={false}
          value={sort}
          onChange={(v) => update({ sort: v === 'name' ? null : v })}
          data={SORTS.map((s) => ({ value: s, label: t(`participantRecord.sorts.${s}`) }))}
          w={220}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('common.noResults')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={1000}>
                <Table striped highlightOnHover aria-label={t('participants.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('participants.name')}</Table.Th>
                      <Table.Th>{t('participants.nationalNumber')}</Table.Th>
                      <Table.Th>{t('participants.municipality')}</Table.Th>
                      <Table.Th>{t('participants.coach')}</Table.Th>
                      <Table.Th>
                        {t('participants.status')} · {t('participantRecord.measure')}
                      </Table.Th>
                      <Table.Th>{t('participants.waitingSince')}</Table.Th>
                      <Table.Th>{t('participantRecord.lastActivity')}</Table.Th>
                      <Table.Th>{t('participantRecord.completeness')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => {
                      const inactiveDays = dayjs().diff(p.lastActivityAt, 'day');
                      return (
                        <Table.Tr key={p.id}>
                          <Table.Td>
                            <Link to={`/participants/${p.id}`}>
                              {p.lastName}, {p.firstName}
                            </Link>
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.nationalNumberMasked}</Table.Td>
                          <Table.Td>{p.municipality?.name ?? '—'}</Table.Td>
                          <Table.Td>
                            {p.coach ? (
                              p.coach.name
                            ) : (
                              <Badge color="orange" variant="light">
                                {t('participants.coachNone')}
                              </Badge>
                            )}
                            {p.organisation && showOrganisation && (
                              <Text size="xs" c="dimmed">
                                {p.organisation.name}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Badge color={STATUS_COLOR[p.status] ?? 'gray'}>
                              {t(`participants.statuses.${p.status}`)}
                            </Badge>
                            {p.currentMeasure && (
                              <Text size="xs" c="dimmed" mt={2}>
                                {t(`measures.${p.currentMeasure}`)}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {p.waitingSince ? (
                              <>
                                {formatDate(p.waitingSince)}
                                <Text size="xs" c="dimmed">
                                  {t('participantRecord.dayCount', { count: p.waitingDays ?? 0 })}
                                </Text>
                              </>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              {formatDate(p.lastActivityAt)}
                              {inactiveDays >= INACTIVE_DAYS && (
                                <Badge color="red" size="sm">
                                  {t('participantRecord.inactiveBadge')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td>
                            <CompletenessCell completeness={p.completeness} />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                isTotalCapped={data.isTotalCapped}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )
        }
      </QueryView>
      <ParticipantCreateDialog
        opened={creating}
        onClose={close}
        onCreated={(created) => {
          close();
          void navigate(`/participants/${created.id}`);
        }}
      />
    </>
  );
}
