import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Radio,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { EvaluationDetail, EvaluationOutcome } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate, formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { PageHeader, QueryView, Section } from '../../components/page';
import { BackgroundPanel } from './background-panel';
import { EvaluationStatusBadge } from './evaluation-status';
import { ParticipantViewForm, viewBody } from './participant-view-form';
import { ScoringSection } from './scoring-section';

const OUTCOMES: EvaluationOutcome[] = ['stay', 'transition', 'imw', 'other_measure', 're_evaluate'];
const STEP: Record<EvaluationDetail['status'], number> = {
  planned: 0,
  in_preparation: 0,
  discussed: 3,
  awaiting_sign_off: 4,
  decided: 5,
  cancelled: 0,
};

/** Sends a step of the procedure; field errors come back by field name, a stale version reloads the record. */
function useStep(evaluation: EvaluationDetail) {
  const queryClient = useQueryClient();
  const key = ['evaluations', evaluation.id];
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (send: () => Promise<EvaluationDetail>, done: string) => {
    setErrors({});
    setGeneral(null);
    setBusy(true);
    try {
      const updated = await send();
      queryClient.setQueryData(key, updated);
      await queryClient.invalidateQueries({ queryKey: ['evaluations'], refetchType: 'none' });
      notifications.show({ color: 'green', message: done });
    } catch (error) {
      if (await handleConflict(error, queryClient, key)) {
        return;
      }
      if (error instanceof ApiError && error.errors.length) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
        setGeneral(error.errors.map((e) => e.message).join(' '));
      } else {
        setGeneral(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return { run, errors, general, isBusy };
}

/**
 * One evaluation and its procedure, step by step: prepare (scores with evidence, the profile and trajectory
 * history beside), the participant's own view, the conversation, the rule's proposal and the decision (a deviation
 * needs a motivation), and the sign-off by a second person.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['evaluations', id],
    queryFn: () => api.get<EvaluationDetail>(`/evaluations/${id}`),
  });
  return (
    <QueryView query={query}>
      {(e) => (
        <>
          <PageHeader
            title={`${e.participant.firstName} ${e.participant.lastName}`}
            description={
              <>
                {t('nav.evaluations')} · {e.organisation.name} · {t(`evaluations.measures.${e.measure}`)} ·{' '}
                {t(`evaluations.reasons.${e.reason}`)}
                {e.phase ? ` (${t('evaluations.page.phase', { phase: e.phase.name })})` : ''} ·{' '}
                {t('evaluations.page.due', { date: formatDate(e.dueOn) })} ·{' '}
                {t('evaluations.templateVersion', { version: e.templateVersion })}
              </>
            }
            actions={
              <Group gap="xs">
                <EvaluationStatusBadge status={e.status} isOverdue={e.isOverdue} />
                {e.abilities.cancel && <CancelButton evaluation={e} />}
                {e.status === 'decided' && (
                  <Anchor component={Link} to={`/evaluations/${e.id}/summary`}>
                    {t('evaluations.page.summaryLink')}
                  </Anchor>
                )}
              </Group>
            }
          />
          <Stepper active={STEP[e.status]} size="sm" mb="lg" allowNextStepsSelect={false}>
            <Stepper.Step label={t('evaluations.steps.prepare')} />
            <Stepper.Step label={t('evaluations.steps.view')} />
            <Stepper.Step label={t('evaluations.steps.conversation')} />
            <Stepper.Step label={t('evaluations.steps.decision')} />
            <Stepper.Step label={t('evaluations.steps.signOff')} />
          </Stepper>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="lg">
                <ScoringSection key={`scores-${e.version}`} evaluation={e} />
                <ProposalSection evaluation={e} />
                <ViewSection key={`view-${e.participantView?.version ?? 0}`} evaluation={e} />
                <ConversationSection key={`talk-${e.version}`} evaluation={e} />
                <DecisionSection key={`decision-${e.version}`} evaluation={e} />
                <SignOffSection key={`sign-${e.version}`} evaluation={e} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              {e.abilities.readBackground && <BackgroundPanel evaluationId={e.id} />}
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryView>
  );
}

function ProposalSection({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('evaluations.proposal.title')}>
      {e.proposal ? (
        <Stack gap="xs">
          <Text fw={700} size="lg">
            {t(`evaluations.outcomes.${e.proposal.outcome}`)}
          </Text>
          <Text size="sm">{e.proposal.explanation}</Text>
          <Text size="sm" fw={600}>
            {t('evaluations.proposal.themes')}
          </Text>
          <List size="sm" spacing={0}>
            {e.template.themes.map((th) => (
              <List.Item key={th.key}>
                {th.name}: {e.proposal!.themes[th.key]?.avg ?? '—'}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text c="dimmed">{t('evaluations.proposal.incomplete')}</Text>
      )}
    </Section>
  );
}

function ViewSection({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(false);
  const v = e.participantView;
  return (
    <Section title={t('evaluations.view.title')}>
      {v && !isEditing ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {v.enteredOnBehalf
              ? t('evaluations.view.onBehalf', { name: v.enteredBy.name })
              : t('evaluations.view.byParticipant')}{' '}
            · {formatDateTime(v.enteredAt)}
          </Text>
          <Text>
            {t('myEvaluations.feeling')} <b>{t(`evaluations.feelings.f${v.feeling}`)}</b>
          </Text>
          <Text>
            {t('myEvaluations.wish')} <b>{t(`evaluations.wishes.${v.wish}`)}</b>
          </Text>
          {v.goingWell && (
            <Text>
              {t('myEvaluations.goingWell')} {v.goingWell}
            </Text>
          )}
          {v.difficult && (
            <Text>
              {t('myEvaluations.difficult')} {v.difficult}
            </Text>
          )}
          {v.supportWanted && (
            <Text>
              {t('myEvaluations.supportWanted')} {v.supportWanted}
            </Text>
          )}
          {v.otherRemarks && (
            <Text>
              {t('myEvaluations.otherRemarks')} {v.otherRemarks}
            </Text>
          )}
          {e.abilities.giveView && (
            <Button variant="default" w="fit-content" mt="xs" onClick={() => setEditing(true)}>
              {t('myEvaluations.change')}
            </Button>
          )}
        </Stack>
      ) : e.abilities.giveView ? (
        <Stack>
          {!v && <Text c="dimmed">{t('evaluations.view.none')}</Text>}
          {isEditing || v ? (
            <ParticipantViewForm
              view={v}
              submitLabel={t('common.save')}
              onSubmit={async (values) => {
                try {
                  const updated = await api.put<EvaluationDetail>(
                    `/evaluations/${e.id}/participant-view`,
                    viewBody(values),
                  );
                  queryClient.setQueryData(['evaluations', e.id], updated);
                  notifications.show({ color: 'green', message: t('evaluations.view.saved') });
                  setEditing(false);
                } catch (error) {
                  if (!(await handleConflict(error, queryClient, ['evaluations', e.id]))) {
                    throw error;
                  }
                }
              }}
            />
          ) : (
            <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
              {t('evaluations.view.enterOnBehalf')}
            </Button>
          )}
        </Stack>
      ) : (
        <Text c="dimmed">{t('evaluations.view.none')}</Text>
      )}
    </Section>
  );
}

function ConversationSection({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const step = useStep(e);
  const [heldOn, setHeldOn] = useState(e.conversation?.heldOn ?? '');
  const [present, setPresent] = useState(e.conversation?.present.join('\n') ?? '');
  const [summary, setSummary] = useState(e.conversation?.summary ?? '');
  if (!e.abilities.recordConversation) {
    return (
      <Section title={t('evaluations.conversation.title')}>
        {e.conversation ? (
          <Stack gap={4}>
            <Text>
              {formatDate(e.conversation.heldOn)} · {e.conversation.present.join(', ')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{e.conversation.summary}</Text>
          </Stack>
        ) : (
          <Text c="dimmed">{t('evaluations.conversation.none')}</Text>
        )}
      </Section>
    );
  }
  return (
    <Section title={t('evaluations.conversation.title')}>
      <Stack gap="sm" maw={640}>
        <TextInput
          type="date"
          label={t('evaluations.conversation.heldOn')}
          value={heldOn}
          onChange={(ev) => setHeldOn(ev.currentTarget.value)}
          error={step.errors.heldOn}
        />
        <Textarea
          label={t('evaluations.conversation.present')}
          description={t('evaluations.conversation.presentHelp')}
          value={present}
          onChange={(ev) => setPresent(ev.currentTarget.value)}
          autosize
          minRows={2}
          error={step.errors.present}
        />
        <Textarea
          label={t('evaluations.conversation.summary')}
          value={summary}
          onChange={(ev) => setSummary(ev.currentTarget.value)}
          autosize
          minRows={3}
          error={step.errors.summary}
        />
        {step.general && (
          <Alert color="red" role="alert">
            {step.general}
          </Alert>
        )}
        <Button
          w="fit-content"
          loading={step.isBusy}
          onClick={() =>
            step.run(
              () =>
                api.put<EvaluationDetail>(`/evaluations/${e.id}/conversation`, {
                  version: e.version,
                  heldOn,
                  present: present
                    .split('\n')
                    .map((s) => s.trim())
                    .filter(Boolean),
                  summary,
                }),
              t('evaluations.conversation.saved'),
            )
          }
        >
          {t('evaluations.conversation.save')}
        </Button>
      </Stack>
    </Section>
  );
}

function DecisionSection({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const step = useStep(e);
  const [outcome, setOutcome] = useState<string | null>(e.decision?.outcome ?? e.proposal?.outcome ?? null);
  const [motivation, setMotivation] = useState(e.decision?.deviationMotivation ?? '');
  const [reEvaluateOn, setReEvaluateOn] = useState(e.decision?.reEvaluateOn ?? '');
  const [rationale, setRationale] = useState(e.decision?.rationale ?? '');
  const [nextSteps, setNextSteps] = useState(e.decision?.nextSteps ?? '');
  const d = e.decision;
  if (!e.abilities.decide) {
    return (
      <Section title={t('evaluations.decision.title')}>
        {d ? (
          <Stack gap={4}>
            <Text fw={700}>{t(`evaluations.outcomes.${d.outcome}`)}</Text>
            <Text size="sm">
              {t('evaluations.decision.proposed', {
                outcome: t(`evaluations.outcomes.${d.proposedOutcome}`),
              })}
            </Text>
            {d.isDeviation && (
              <Alert color="orange" variant="light" title={t('evaluations.decision.deviation')}>
                {d.deviationMotivation}
              </Alert>
            )}
            {d.reEvaluateOn && (
              <Text size="sm">
                {t('evaluations.decision.reEvaluateOn')}: {formatDate(d.reEvaluateOn)}
              </Text>
            )}
            <Text size="sm">{d.rationale}</Text>
            <Text size="sm">{d.nextSteps}</Text>
            {d.proposedBy && d.proposedAt && (
              <Text size="xs" c="dimmed">
                {t('evaluations.decision.by', {
                  name: d.proposedBy.name,
                  date: formatDateTime(d.proposedAt),
                })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Section>
    );
  }
  const isDeviation = !!outcome && !!e.proposal && outcome !== e.proposal.outcome;
  return (
    <Section title={t('evaluations.decision.title')}>
      <Stack gap="sm" maw={680}>
        {e.proposal && (
          <Text>
            {t('evaluations.decision.proposed', { outcome: t(`evaluations.outcomes.${e.proposal.outcome}`) })}
          </Text>
        )}
        {e.signOffNote && (
          <Alert color="orange">{t('evaluations.signOff.returned', { note: e.signOffNote })}</Alert>
        )}
        <Radio.Group
          label={t('evaluations.decision.outcome')}
          value={outcome}
          onChange={setOutcome}
          error={step.errors.outcome}
        >
          <Stack gap={6} mt={6}>
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={t(`evaluations.outcomes.${o}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {isDeviation && (
          <Alert color="orange" variant="light">
            {t('evaluations.decision.deviation')}
          </Alert>
        )}
        <Textarea
          label={t('evaluations.decision.deviationMotivation')}
          description={t('evaluations.decision.deviationHelp')}
          value={motivation}
          onChange={(ev) => setMotivation(ev.currentTarget.value)}
          autosize
          minRows={2}
          error={step.errors.deviationMotivation}
          required={isDeviation}
        />
        {outcome === 're_evaluate' && (
          <TextInput
            type="date"
            label={t('evaluations.decision.reEvaluateOn')}
            value={reEvaluateOn}
            onChange={(ev) => setReEvaluateOn(ev.currentTarget.value)}
            error={step.errors.reEvaluateOn}
          />
        )}
        <Textarea
          label={t('evaluations.decision.rationale')}
          value={rationale}
          onChange={(ev) => setRationale(ev.currentTarget.value)}
          autosize
          minRows={2}
          error={step.errors.rationale}
        />
        <Textarea
          label={t('evaluations.decision.nextSteps')}
          value={nextSteps}
          onChange={(ev) => setNextSteps(ev.currentTarget.value)}
          autosize
          minRows={2}
          error={step.errors.nextSteps}
        />
        {step.general && (
          <Alert color="red" role="alert">
            {step.general}
          </Alert>
        )}
        <Button
          w="fit-content"
          loading={step.isBusy}
          onClick={() =>
            step.run(
              () =>
                api.post<EvaluationDetail>(`/evaluations/${e.id}/decision`, {
                  version: e.version,
                  outcome,
                  deviationMotivation: motivation,
                  reEvaluateOn: outcome === 're_evaluate' ? reEvaluateOn || null : null,
                  rationale,
                  nextSteps,
                }),
              t('evaluations.decision.submitted'),
            )
          }
        >
          {t('evaluations.decision.submit')}
        </Button>
      </Stack>
    </Section>
  );
}

function SignOffSection({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const step = useStep(e);
  const [note, setNote] = useState('');
  const d = e.decision;
  const send = (approve: boolean) =>
    step.run(
      () =>
        api.post<EvaluationDetail>(`/evaluations/${e.id}/sign-off`, { version: e.version, approve, note }),
      t(approve ? 'evaluations.signOff.approved' : 'evaluations.signOff.sentBack'),
    );
  return (
    <Section title={t('evaluations.signOff.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('evaluations.signOff.help')}
      </Text>
      {d?.signedOffBy && d.signedOffAt ? (
        <Text>
          {t('evaluations.signOff.by', { name: d.signedOffBy.name, date: formatDateTime(d.signedOffAt) })}
        </Text>
      ) : e.abilities.signOff ? (
        <Stack gap="sm" maw={640}>
          <Textarea
            label={t('evaluations.signOff.note')}
            value={note}
            onChange={(ev) => setNote(ev.currentTarget.value)}
            autosize
            minRows={2}
            error={step.errors.note}
          />
          {step.general && (
            <Alert color="red" role="alert">
              {step.general}
            </Alert>
          )}
          <Group>
            <Button loading={step.isBusy} onClick={() => send(true)}>
              {t('evaluations.signOff.approve')}
            </Button>
            <Button variant="default" loading={step.isBusy} onClick={() => send(false)}>
              {t('evaluations.signOff.sendBack')}
            </Button>
          </Group>
        </Stack>
      ) : e.status === 'awaiting_sign_off' ? (
        <Text>{t('evaluations.signOff.notYou')}</Text>
      ) : (
        <Text c="dimmed">—</Text>
      )}
    </Section>
  );
}

function CancelButton({ evaluation: e }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const step = useStep(e);
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpen(true)}>
        {t('evaluations.page.cancel')}
      </Button>
      <Modal opened={isOpen} onClose={() => setOpen(false)} title={t('evaluations.page.cancelTitle')}>
        <Stack>
          <Textarea
            label={t('evaluations.page.cancelReason')}
            value={reason}
            onChange={(ev) => setReason(ev.currentTarget.value)}
            error={step.errors.reason}
            autosize
            minRows={2}
          />
          {step.general && !step.errors.reason && (
            <Alert color="red" role="alert">
              {step.general}
            </Alert>
          )}
          <Button
            color="red"
            w="fit-content"
            loading={step.isBusy}
            onClick={() =>
              step.run(
                () =>
                  api.post<EvaluationDetail>(`/evaluations/${e.id}/cancel`, { version: e.version, reason }),
                t('evaluations.page.cancelled'),
              )
            }
          >
            {t('evaluations.page.cancelTitle')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
