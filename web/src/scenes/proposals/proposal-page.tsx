import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconCircleDot, IconSend, IconUsers, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { JobKind, ProposalDetail, ProposalStatus } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { formatNumber } from '../matching/explanation-text';
import { MatchExplanation, MatchScore } from '../matching/match-explanation';
import { Field } from '../participants/participant-record';
import { MyProposalCard } from './my-proposals-page';
import { ProposalDeclineDialog } from './proposal-decline-dialog';
import { ProposalStatusBadge } from './proposal-status';
import { type ProposalStep, ProposalTransitionDialog } from './proposal-transition-dialog';

type Dialog = ProposalStep | 'declined' | null;

/**
 * One proposal, as each side may see it: staff get the course, the explanation of the match and the steps their
 * abilities allow (each sent with the version they saw); the participant gets their plain-Dutch view; the
 * employer contact reads it without score or profile, answering through the account manager.
 */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['proposals', id],
    queryFn: () => api.get<ProposalDetail>(`/proposals/${id}`),
  });
  return (
    <QueryView query={query}>
      {(p) =>
        p.side === 'self' ? (
          <>
            <PageHeader title={t('myProposals.title')} description={t('myProposals.intro')} />
            <Stack maw={760}>
              <MyProposalCard proposalId={p.id} />
              <Text>{t('myProposals.questions')}</Text>
            </Stack>
          </>
        ) : (
          <StaffProposal proposal={p} />
        )
      }
    </QueryView>
  );
}

const EVENT_ICON: Record<ProposalStatus, typeof IconSend> = {
  suggested: IconCircleDot,
  proposed: IconSend,
  interview: IconCalendarEvent,
  accepted: IconCheck,
  declined: IconX,
};

function StaffProposal({ proposal: p }: { proposal: ProposalDetail }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const a = p.abilities;
  const participant = `${p.participant.firstName} ${p.participant.lastName}`;
  const isEmployerContact = p.side === 'employer_contact';
  const status = (s: string) => t(`proposals.statuses.${s}`);
  const details = (
    <Paper withBorder p="lg" component="section" aria-labelledby="proposal-details">
      <Title order={2} size="h4" mb="md" id="proposal-details">
        {t('proposals.details')}
      </Title>
      <Stack gap="sm">
        <Field label={t('proposals.participant')}>
          {isEmployerContact ? (
            participant
          ) : (
            <Anchor component={Link} to={`/participants/${p.participant.id}?tab=matching`}>
              {participant}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {[
              p.participant.municipality,
              p.participant.dutchLevel ? `${t('proposals.dutchLevel')} ${p.participant.dutchLevel}` : null,
              p.participant.hoursPerWeek
                ? t('proposals.wantedHours', {
                    hours: formatNumber(p.participant.hoursPerWeek, i18n.language),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Field>
        <Field label={t('proposals.job')}>
          <Anchor component={Link} to={`/jobs/${p.job.id}`}>
            {p.job.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[
              p.job.municipality,
              t('proposals.hours', { hours: formatNumber(p.job.hoursPerWeek, i18n.language) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Field>
        <Field label={t('proposals.employer')}>
          <Anchor component={Link} to={`/employers/${p.employer.id}`}>
            {p.employer.name}
          </Anchor>
        </Field>
        <Field label={t('proposals.accountManager')}>
          {p.accountManager && (
            <>
              {p.accountManager.name}
              <Text size="sm">
                <Anchor href={`mailto:${p.accountManager.email}`} style={{ overflowWrap: 'anywhere' }}>
                  {p.accountManager.email}
                </Anchor>
              </Text>
            </>
          )}
        </Field>
        {!isEmployerContact && (
          <Field label={t('proposals.createdBy')}>
            {p.createdBy.name}
            <Text size="sm" c="dimmed">
              {formatDateTime(p.createdAt)}
            </Text>
          </Field>
        )}
        {p.note && <Field label={t('proposals.note')}>{p.note}</Field>}
        {p.status === 'declined' && (
          <>
            <Field label={t('proposals.declineReason')}>
              {p.declineReason && t(`proposals.reasons.${p.declineReason}`)}
            </Field>
            <Field label={t('proposals.declinedBy')}>
              {p.declinedBy && t(`proposals.declinedByOptions.${p.declinedBy}`)}
            </Field>
            {p.declineText && <Field label={t('proposals.declineText')}>{p.declineText}</Field>}
          </>
        )}
        {can('matching.read') && (
          <Anchor component={Link} to={`/jobs/${p.job.id}?tab=candidates`} size="sm">
            <Group gap={4} wrap="nowrap" component="span">
              <IconUsers size={16} aria-hidden />
              {t('proposals.otherCandidates')}
            </Group>
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
  const course = (
    <Paper withBorder p="lg" component="section" aria-labelledby="proposal-course">
      <Title order={2} size="h4" mb="md" id="proposal-course">
        {t('proposals.course')}
      </Title>
      <Timeline active={p.events.length - 1} bulletSize={26} lineWidth={2}>
        {p.events.map((e) => {
          const Icon = EVENT_ICON[e.toStatus as ProposalStatus] ?? IconCircleDot;
          return (
            <Timeline.Item
              key={`${e.at}-${e.toStatus}`}
              bullet={<Icon size={14} />}
              title={
                e.fromStatus
                  ? t('proposals.events.moved', {
                      from: status(e.fromStatus),
                      to: status(e.toStatus),
                    })
                  : t('proposals.events.created', { status: status(e.toStatus).toLowerCase() })
              }
            >
              <Text size="sm" c="dimmed">
                {formatDateTime(e.at)}
                {e.by ? ` · ${t('proposals.events.by', { name: e.by })}` : ''}
              </Text>
              {e.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
  return (
    <>
      <PageHeader
        title={t('proposals.pageTitle', { participant, job: p.job.title })}
        description={
          <Group gap="xs" component="span">
            <ProposalStatusBadge status={p.status} />
            <span>{p.employer.name}</span>
            {p.interviewOn && (
              <span>
                · {t('proposals.interviewOn')} {formatDate(p.interviewOn)}
              </span>
            )}
          </Group>
        }
        actions={
          <>
            {a.propose && (
              <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('proposed')}>
                {t('proposals.actions.propose')}
              </Button>
            )}
            {a.interview && (
              <Button
                variant="light"
                leftSection={<IconCalendarEvent size={16} />}
                onClick={() => setDialog('interview')}
              >
                {t('proposals.actions.interview')}
              </Button>
            )}
            {a.accept && (
              <Button
                variant="light"
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => setDialog('accepted')}
              >
                {t('proposals.actions.accept')}
              </Button>
            )}
            {a.decline && (
              <Button
                variant="light"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => setDialog('declined')}
              >
                {t('proposals.actions.decline')}
              </Button>
            )}
          </>
        }
      />
      {isEmployerContact && (
        <Alert color="blue" role="note" mb="md">
          {p.accountManager
            ? t('proposals.answerThrough', { name: p.accountManager.name, email: p.accountManager.email })
            : t('proposals.noAccountManager')}
        </Alert>
      )}
      <Grid>
        {p.explanation ? (
          <>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Paper withBorder p="lg" component="section" aria-labelledby="proposal-why">
                <Group justify="space-between" mb="md">
                  <Title order={2} size="h4" id="proposal-why">
                    {t('proposals.why')}
                  </Title>
                  <MatchScore explanation={p.explanation} />
                </Group>
                <MatchExplanation
                  explanation={p.explanation}
                  kind={p.job.kind as JobKind}
                  idPrefix="proposal-why"
                />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>
                {details}
                {course}
              </Stack>
            </Grid.Col>
          </>
        ) : (
          // The employer contact's view has no explanation: the details and the course side by side.
          <>
            <Grid.Col span={{ base: 12, md: 6 }}>{details}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>{course}</Grid.Col>
          </>
        )}
      </Grid>
      {/* Dialogs are keyed by version: after a step they start from what is stored now. */}
      {(['proposed', 'interview', 'accepted'] as const).map((step) => (
        <ProposalTransitionDialog
          key={`${step}-${p.version}`}
          proposal={p}
          to={step}
          opened={dialog === step}
          onClose={close}
        />
      ))}
      {a.decline && (
        <ProposalDeclineDialog
          key={`d${p.version}`}
          proposal={p}
          opened={dialog === 'declined'}
          onClose={close}
        />
      )}
    </>
  );
}
