import { Alert, Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSend } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_KINDS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type {
  Employer,
  MatchJob,
  Page,
  Participant,
  Proposal,
  ProposalStatus,
  TopJobs,
} from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, QueryView } from '../../components/page';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { ProposalCreateDialog, type ProposalTarget } from '../proposals/proposal-create-dialog';
import { ProposalStatusBadge } from '../proposals/proposal-status';
import { CarvingSection } from './carving-section';
import { formatNumber } from './explanation-text';
import { MatchExplainDialog } from './match-explain-dialog';
import { MatchExplanation, MatchScore } from './match-explanation';

/** Exclusions no motivation lifts (consent, the pool): such a person cannot be proposed at all. */
const NOT_PROPOSABLE = ['no_pool_consent', 'not_in_pool'];

export const employerOption = (e: Employer): Option => ({ value: e.id, label: e.name });

/**
 * The matching tab of a participant's file: their best jobs with why (and why not), the way to propose one, a
 * look-up of any open job's "why not", their proposals, and the carving suggestion at an employer.
 */
export function ParticipantMatchingSection({ participant }: { participant: Participant }) {
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <Stack>
      <BestJobs participant={participant} name={name} />
      <ParticipantProposals participantId={participant.id} name={name} />
      <CarvingSection participant={participant} />
    </Stack>
  );
}

function BestJobs({ participant, name }: { participant: Participant; name: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [kind, setKind] = useState<string | null>(null);
  const [employer, setEmployer] = useState<Option | null>(null);
  const [openJob, setOpenJob] = useState<string | null>(null);
  const [proposing, setProposing] = useState<ProposalTarget | null>(null);
  const [lookup, setLookup] = useState<Option | null>(null);
  const query = useQuery({
    queryKey: ['matching', 'participant', participant.id, { kind, employerId: employer?.value }],
    queryFn: () =>
      api.get<TopJobs>(`/matching/participants/${participant.id}/jobs`, {
        kind,
        employerId: employer?.value,
        limit: 20,
      }),
    placeholderData: keepPreviousData,
  });
  const canPropose = (m: MatchJob) =>
    can('proposal.create') &&
    !m.openProposal &&
    !m.explanation.excluded.some((r) => NOT_PROPOSABLE.includes(r));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="best-jobs">
      <Title order={2} size="h4" id="best-jobs">
        {t('matching.tab.jobs', { name })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('matching.tab.intro')}
      </Text>
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('matching.tab.kind')}
          clearable
          value={kind}
          onChange={setKind}
          data={JOB_KINDS.map((k) => ({ value: k, label: t(`jobs.kinds.${k}`) }))}
          w={280}
        />
        <div style={{ width: 280 }}>
          <RemoteSelect<Employer>
            path="/employers"
            label={t('matching.tab.employer')}
            toOption={employerOption}
            value={employer?.value ?? null}
            selected={employer}
            onChange={setEmployer}
          />
        </div>
      </Group>
      <QueryView query={query}>
        {(data) => (
          <Stack>
            {!data.isInPool && (
              <Alert color="orange" role="status">
                {t('matching.tab.notInPool')}
              </Alert>
            )}
            {data.items.length === 0 ? (
              <EmptyState>{t('matching.tab.none')}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table aria-label={t('matching.tab.jobs', { name })} verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('matching.explanation.score')}</Table.Th>
                      <Table.Th>{t('matching.tab.job')}</Table.Th>
                      <Table.Th>{t('matching.tab.place')}</Table.Th>
                      <Table.Th>{t('matching.tab.hours')}</Table.Th>
                      <Table.Th>{t('matching.tab.positionsLeft')}</Table.Th>
                      <Table.Th>{t('matching.tab.state')}</Table.Th>
                      <Table.Th>{t('matching.tab.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((m) => {
                      const isOpen = openJob === m.job.id;
                      const whyId = `why-${m.job.id}`;
                      return (
                        <Fragment key={m.job.id}>
                          <Table.Tr>
                            <Table.Td>
                              <MatchScore explanation={m.explanation} />
                            </Table.Td>
                            <Table.Td>
                              <Anchor component={Link} to={`/jobs/${m.job.id}`} fw={600} size="sm">
                                {m.job.title}
                              </Anchor>
                              <Text size="sm">{m.job.employer.name}</Text>
                              <Text size="xs" c="dimmed">
                                {t(`jobs.kinds.${m.job.kind}`)}
                              </Text>
                            </Table.Td>
                            <Table.Td>{m.job.municipality ?? '—'}</Table.Td>
                            <Table.Td>{formatNumber(m.job.hoursPerWeek, i18n.language)}</Table.Td>
                            <Table.Td>{m.job.positionsLeft}</Table.Td>
                            <Table.Td>
                              {m.openProposal ? (
                                <Anchor component={Link} to={`/proposals/${m.openProposal.id}`}>
                                  <ProposalStatusBadge status={m.openProposal.status as ProposalStatus} />
                                </Anchor>
                              ) : (
                                t('matching.tab.notProposed')
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Group gap="xs" wrap="nowrap">
                                <Button
                                  size="xs"
                                  variant="default"
                                  aria-expanded={isOpen}
                                  aria-controls={whyId}
                                  aria-label={t(isOpen ? 'matching.tab.hideWhy' : 'matching.tab.showWhy', {
                                    job: m.job.title,
                                  })}
                                  leftSection={
                                    isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />
                                  }
                                  onClick={() => setOpenJob(isOpen ? null : m.job.id)}
                                >
                                  {t('matching.tab.why')}
                                </Button>
                                {canPropose(m) && (
                                  <Button
                                    size="xs"
                                    leftSection={<IconSend size={14} />}
                                    aria-label={t('matching.tab.proposeJob', { job: m.job.title })}
                                    onClick={() =>
                                      setProposing({
                                        participant: { id: participant.id, name },
                                        job: {
                                          id: m.job.id,
                                          title: m.job.title,
                                          employerName: m.job.employer.name,
                                        },
                                        explanation: m.explanation,
                                      })
                                    }
                                  >
                                    {t('matching.tab.propose')}
                                  </Button>
                                )}
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                          {isOpen && (
                            <Table.Tr id={whyId}>
                              <Table.Td colSpan={7} bg="gray.0" p="md">
                                <MatchExplanation
                                  explanation={m.explanation}
                                  kind={m.job.kind}
                                  idPrefix={whyId}
                                />
                              </Table.Td>
                            </Table.Tr>
                          )}
                        </Fragment>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </QueryView>
      <Stack gap={4} mt="lg">
        <Title order={3} size="h5">
          {t('matching.tab.whyNotTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('matching.tab.whyNotHelp')}
        </Text>
        <div style={{ maxWidth: 480 }}>
          <RemoteSelect<{ id: string; title: string; employer: { name: string } }>
            path="/jobs"
            params={{ status: 'open' }}
            label={t('matching.tab.whyNotJob')}
            toOption={(j) => ({ value: j.id, label: `${j.title} · ${j.employer.name}` })}
            value={lookup?.value ?? null}
            selected={lookup}
            onChange={setLookup}
          />
        </div>
      </Stack>
      <MatchExplainDialog
        participantId={lookup ? participant.id : null}
        jobId={lookup?.value ?? null}
        onClose={() => setLookup(null)}
      />
      {proposing && <ProposalCreateDialog opened target={proposing} onClose={() => setProposing(null)} />}
    </Paper>
  );
}

function ParticipantProposals({ participantId, name }: { participantId: string; name: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['proposals', { participantId }],
    queryFn: () => api.get<Page<Proposal>>('/proposals', { participantId, pageSize: 50 }),
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="participant-proposals">
      <Title order={2} size="h4" mb="md" id="participant-proposals">
        {t('matching.tab.proposals', { name })}
      </Title>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('matching.tab.noProposals')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label={t('matching.tab.proposals', { name })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('proposals.job')}</Table.Th>
                    <Table.Th>{t('proposals.employer')}</Table.Th>
                    <Table.Th>{t('proposals.status')}</Table.Th>
                    <Table.Th>{t('proposals.createdAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/proposals/${p.id}`}>
                          {p.job.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.employer.name}</Table.Td>
                      <Table.Td>
                        <ProposalStatusBadge status={p.status} />
                      </Table.Td>
                      <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Paper>
  );
}
