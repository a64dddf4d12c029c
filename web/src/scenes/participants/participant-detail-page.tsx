import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconEdit, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Participant } from '../../api/types';
import { PageHeader, QueryView } from '../../components/page';
import { ParticipantIndicationSection } from '../indications/participant-indication-section';
import { ParticipantReferrals } from '../referrals/participant-referrals';
import { participantOption, ReferralCreateDialog } from '../referrals/referral-create-dialog';
import { CoachHistorySection } from './coach-history-section';
import { CompletenessSummary } from './completeness';
import { ConsentsSection } from './consents-section';
import { ParticipantEditDialog } from './participant-edit-dialog';
import { ParticipantRecord } from './participant-record';
import { STATUS_COLOR, statusLabel } from './participant-status';

const TABS = ['record', 'consents', 'referrals', 'coaches', 'indication', 'matching'] as const;
type Tab = (typeof TABS)[number];

// Matching (explanations, carving, proposals) is loaded with its tab: most visits to a file never open it.
const ParticipantMatchingSection = lazy(() =>
  import('../matching/participant-matching-section').then((m) => ({ default: m.ParticipantMatchingSection })),
);

/**
 * A participant's file (the read is audited by the server): completeness, then the record, consents, referrals
 * coach history, indication with capability profile, and matching (best jobs, proposals, carving) as tabs (the
 * open tab is kept in the URL).
 */
export function ParticipantDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [dialog, setDialog] = useState<'edit' | 'refer' | null>(null);
  const query = useQuery({
    queryKey: ['participants', id],
    queryFn: () => api.get<Participant>(`/participants/${id}`),
  });
  const requested = search.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'record';
  const tabs = TABS.filter(
    (name) =>
      (name !== 'consents' || can('consent.read')) &&
      (name !== 'referrals' || can('referral.read')) &&
      (name !== 'indication' || can('indication.read')) &&
      (name !== 'matching' || can('matching.read')),
  );

  return (
    <QueryView query={query}>
      {(p) => {
        const name = `${p.firstName} ${p.lastName}`;
        const canRefer = can('referral.write') && p.status !== 'merged';
        return (
          <>
            <PageHeader
              title={name}
              description={
                <Group gap="xs" component="span">
                  <Badge color={STATUS_COLOR[p.status] ?? 'gray'}>{statusLabel(t, p.status)}</Badge>
                  <span>{p.organisation?.name}</span>
                  {p.currentMeasure && <span>· {t(`measures.${p.currentMeasure}`)}</span>}
                </Group>
              }
              actions={
                <>
                  {canRefer && (
                    <Button
                      leftSection={<IconSend size={16} />}
                      variant="light"
                      onClick={() => setDialog('refer')}
                    >
                      {t('referrals.participantSection.refer')}
                    </Button>
                  )}
                  {p.abilities.update && (
                    <Button leftSection={<IconEdit size={16} />} onClick={() => setDialog('edit')}>
                      {t('participantRecord.edit')}
                    </Button>
                  )}
                </>
              }
            />
            <Stack>
              {p.mergedInto && (
                <Alert color="orange" role="status">
                  {t('participantRecord.mergedInto')}{' '}
                  <Anchor component={Link} to={`/participants/${p.mergedInto}`} c="blue.9" underline="always">
                    {t('participantRecord.openSurvivor')}
                  </Anchor>
                </Alert>
              )}
              {p.access === 'read' && !p.mergedInto && (
                <Text size="sm" c="dimmed">
                  {t('participantRecord.readOnly')}
                </Text>
              )}
              <Paper withBorder p="lg" component="section" aria-label={t('participantRecord.completeness')}>
                <CompletenessSummary completeness={p.completeness} />
              </Paper>
              <Tabs
                value={tab}
                onChange={(value) => {
                  const next = new URLSearchParams(search);
                  if (value && value !== 'record') {
                    next.set('tab', value);
                  } else {
                    next.delete('tab');
                  }
                  setSearch(next, { replace: true });
                }}
                keepMounted={false}
              >
                <Tabs.List mb="md">
                  {tabs.map((name) => (
                    <Tabs.Tab key={name} value={name}>
                      {t(`participantRecord.tabs.${name}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="record">
                  <ParticipantRecord participant={p} />
                </Tabs.Panel>
                <Tabs.Panel value="consents">
                  <ConsentsSection participant={p} />
                </Tabs.Panel>
                <Tabs.Panel value="referrals">
                  <ParticipantReferrals
                    participantId={p.id}
                    onRefer={canRefer ? () => setDialog('refer') : undefined}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="coaches">
                  <CoachHistorySection participant={p} />
                </Tabs.Panel>
                {/* Health data: loaded (and its read audited) only when this tab is opened. */}
                <Tabs.Panel value="indication">
                  <ParticipantIndicationSection participant={p} />
                </Tabs.Panel>
                <Tabs.Panel value="matching">
                  {can('matching.read') && (
                    <Suspense fallback={<Loader aria-label={t('common.loading')} m="xl" />}>
                      <ParticipantMatchingSection participant={p} />
                    </Suspense>
                  )}
                </Tabs.Panel>
              </Tabs>
            </Stack>
            {p.abilities.update && (
              <ParticipantEditDialog
                key={p.version}
                participant={p}
                opened={dialog === 'edit'}
                onClose={() => setDialog(null)}
              />
            )}
            {canRefer && (
              <ReferralCreateDialog
                opened={dialog === 'refer'}
                onClose={() => setDialog(null)}
                participant={participantOption(p)}
                onCreated={(created) => {
                  setDialog(null);
                  void navigate(`/referrals/${created.id}`);
                }}
              />
            )}
          </>
        );
      }}
    </QueryView>
  );
}
