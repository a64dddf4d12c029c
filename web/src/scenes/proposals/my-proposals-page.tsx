import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page, Proposal, ProposalDetail } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { formatNumber, plainReasons } from '../matching/explanation-text';
import { ProposalRefuseDialog } from './proposal-refuse-dialog';
import { PROPOSAL_STATUS_COLOR } from './proposal-status';

const OPEN = ['proposed', 'interview'];

/**
 * The participant's own proposals in plain Dutch (B1): each job with its employer, place and hours, where it
 * stands, why it suits them (from the explanation, never a number about their health), and "Nee, dit wil ik niet".
 */
export function MyProposalsPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['proposals', { mine: true }],
    queryFn: () => api.get<Page<Proposal>>('/proposals', { pageSize: 50 }),
  });
  return (
    <>
      <PageHeader title={t('myProposals.title')} description={t('myProposals.intro')} />
      <QueryView query={query}>
        {(data) => {
          const open = data.items.filter((p) => OPEN.includes(p.status));
          const earlier = data.items.filter((p) => !OPEN.includes(p.status));
          return (
            <Stack maw={760}>
              {open.length === 0 && <EmptyState>{t('myProposals.none')}</EmptyState>}
              {open.map((p) => (
                <MyProposalCard key={p.id} proposalId={p.id} />
              ))}
              {earlier.length > 0 && (
                <>
                  <Title order={2} size="h3" mt="md">
                    {t('myProposals.earlier')}
                  </Title>
                  {earlier.map((p) => (
                    <MyProposalCard key={p.id} proposalId={p.id} />
                  ))}
                </>
              )}
              <Text>{t('myProposals.questions')}</Text>
            </Stack>
          );
        }}
      </QueryView>
    </>
  );
}

/** Where a proposal stands, told to the participant. */
function statusSentence(t: TFunction, p: ProposalDetail): string {
  switch (p.status) {
    case 'interview':
      return p.interviewOn
        ? t('myProposals.statuses.interview', { date: formatDate(p.interviewOn) })
        : t('myProposals.statuses.interviewSoon');
    case 'accepted':
      return t('myProposals.statuses.accepted');
    case 'declined':
      return p.declinedBy === 'participant'
        ? t('myProposals.statuses.declinedByYou')
        : t('myProposals.statuses.declined');
    default:
      return t('myProposals.statuses.proposed');
  }
}

/** One proposal as the participant reads it (also the proposal page when the participant opens it). */
export function MyProposalCard({ proposalId }: { proposalId: string }) {
  const { t, i18n } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  const query = useQuery({
    queryKey: ['proposals', proposalId],
    queryFn: () => api.get<ProposalDetail>(`/proposals/${proposalId}`),
  });
  return (
    <QueryView query={query}>
      {(p) => {
        const reasons = p.explanation ? plainReasons(t, p.explanation, i18n.language) : null;
        const isOpen = OPEN.includes(p.status);
        const headingId = `proposal-${p.id}`;
        return (
          <Paper withBorder p="lg" component="article" aria-labelledby={headingId}>
            <Group justify="space-between" align="flex-start" wrap="wrap" mb="xs">
              <Stack gap={2}>
                <Title order={isOpen ? 2 : 3} size="h3" id={headingId}>
                  {p.job.title}
                </Title>
                <Text fw={600}>{p.employer.name}</Text>
                <Text>
                  {[
                    p.job.municipality ? t('myProposals.where', { place: p.job.municipality }) : null,
                    t('myProposals.hours', { hours: formatNumber(p.job.hoursPerWeek, i18n.language) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <Badge color={PROPOSAL_STATUS_COLOR[p.status]} size="lg">
                {t(`proposals.statuses.${p.status}`)}
              </Badge>
            </Group>
            <Text size="lg" mb="sm">
              {statusSentence(t, p)}
            </Text>
            {reasons && isOpen && (
              <Stack gap="sm">
                <div>
                  <Title order={isOpen ? 3 : 4} size="h5" mb={4}>
                    {t('myProposals.whyTitle')}
                  </Title>
                  <List
                    spacing={4}
                    icon={<IconCheck size={16} color="var(--mantine-color-green-9)" aria-hidden />}
                  >
                    {reasons.fits.map((text) => (
                      <List.Item key={text}>{text}</List.Item>
                    ))}
                  </List>
                </div>
                {reasons.goodToKnow.length > 0 && (
                  <div>
                    <Title order={isOpen ? 3 : 4} size="h5" mb={4}>
                      {t('myProposals.goodToKnow')}
                    </Title>
                    <List
                      spacing={4}
                      icon={<IconInfoCircle size={16} color="var(--mantine-color-blue-9)" aria-hidden />}
                    >
                      {reasons.goodToKnow.map((text) => (
                        <List.Item key={text}>{text}</List.Item>
                      ))}
                    </List>
                  </div>
                )}
              </Stack>
            )}
            {p.abilities.decline && (
              <Group mt="md">
                <Button
                  variant="light"
                  color="red"
                  leftSection={<IconX size={16} />}
                  aria-describedby={headingId}
                  onClick={() => setRefusing(true)}
                >
                  {t('myProposals.refuse')}
                </Button>
              </Group>
            )}
            {p.abilities.decline && (
              <ProposalRefuseDialog
                key={p.version}
                proposal={p}
                opened={refusing}
                onClose={() => setRefusing(false)}
              />
            )}
          </Paper>
        );
      }}
    </QueryView>
  );
}
