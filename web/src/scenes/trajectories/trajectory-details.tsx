import { Alert, Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Trajectory } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { Field } from '../participants/participant-record';
import { participantName } from './trajectory-status';

/** A corrected field's value in words (the server keeps them as stored: dates, keys, numbers). */
export function correctionValue(t: TFunction, field: string, value: string | null): string {
  if (value === null || value === '') {
    return '—';
  }
  if (field === 'outcome_kind') {
    return t(`trajectories.outcomes.${value}`);
  }
  if (field === 'outcome_contract_type') {
    return t(`trajectories.contractTypes.${value}`);
  }
  if (field === 'outcome_dropout_reason') {
    return t(`trajectories.dropoutReasons.${value}`);
  }
  if (field === 'outcome_hours_per_week') {
    return t('trajectories.hoursPerWeekValue', { hours: value });
  }
  return formatDate(value);
}

/** Who and what: participant, type, lead organisation, coach, mentor, employer, dates, and the outcome. */
export function TrajectoryDetails({ trajectory: tr }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const o = tr.outcome;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="trajectory-details">
      <Title order={2} size="h4" mb="md" id="trajectory-details">
        {t('trajectories.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
        <Field label={t('trajectories.participant')}>
          <Anchor component={Link} to={`/participants/${tr.participant.id}`}>
            {participantName(tr)}
          </Anchor>
        </Field>
        <Field label={t('trajectories.type')}>{tr.type.name}</Field>
        <Field label={t('trajectories.leadOrganisation')}>{tr.leadOrganisation.name}</Field>
        <Field label={t('trajectories.coach')}>{tr.coach?.name}</Field>
        <Field label={t('trajectories.employer')}>
          {tr.employer && (
            <>
              <Anchor component={Link} to={`/employers/${tr.employer.id}`}>
                {tr.employer.name}
              </Anchor>
              {tr.site && (
                <Text size="sm" c="dimmed">
                  {tr.site.name}
                </Text>
              )}
            </>
          )}
        </Field>
        <Field label={t('trajectories.job')}>{tr.job?.title}</Field>
        <Field label={t('trajectories.mentor')}>
          {tr.mentor && (
            <>
              {tr.mentor.contactPerson.name}
              <Text size="sm" c="dimmed">
                {[
                  tr.mentor.contactPerson.jobTitle,
                  tr.mentor.contactPerson.phone,
                  tr.mentor.contactPerson.email,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {!tr.mentor.user && (
                <Text size="xs" c="dimmed">
                  {t('trajectories.mentorNoLogin')}
                </Text>
              )}
            </>
          )}
        </Field>
        <Field label={t('trajectories.period')}>
          {t('trajectories.periodValue', {
            from: formatDate(tr.startedOn),
            to: formatDate(tr.plannedEndOn),
          })}
        </Field>
        <Field label={t('trajectories.placedOn')}>{tr.placedOn && formatDate(tr.placedOn)}</Field>
        <Field label={t('trajectories.closedOn')}>{tr.closedOn && formatDate(tr.closedOn)}</Field>
      </SimpleGrid>
      {o && (
        <Alert
          mt="md"
          color={o.isSuccess ? 'green' : 'gray'}
          title={t('trajectories.outcome.title')}
          component="section"
          aria-label={t('trajectories.outcome.title')}
        >
          <Stack gap={4}>
            <Text fw={700}>
              {t(`trajectories.outcomes.${o.kind}`)}
              {o.isSuccess && ` · ${t('trajectories.outcome.success')}`}
            </Text>
            <Text size="sm">
              {[
                o.contractType && t(`trajectories.contractTypes.${o.contractType}`),
                o.hoursPerWeek !== null && t('trajectories.hoursPerWeekValue', { hours: o.hoursPerWeek }),
                o.dropoutReason && t(`trajectories.dropoutReasons.${o.dropoutReason}`),
                t('trajectories.outcome.on', { date: formatDate(o.outcomeOn) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </Alert>
      )}
      {tr.corrections.length > 0 && (
        <Stack gap={4} mt="md" component="section" aria-labelledby="trajectory-corrections">
          <Title order={3} size="h5" id="trajectory-corrections">
            {t('trajectories.corrections')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trajectories.originalHelp')}
          </Text>
          <List size="sm" spacing={4}>
            {Object.entries(tr.original).map(([field, value]) => (
              <List.Item key={`o-${field}`}>
                {t('trajectories.originalLine', {
                  field: t(`trajectories.fields.${field}`),
                  value: correctionValue(t, field, value),
                })}
              </List.Item>
            ))}
          </List>
          <List size="sm" spacing={4} mt="xs">
            {tr.corrections.map((c) => (
              <List.Item key={c.id}>
                {t('trajectories.correctionLine', {
                  field: t(`trajectories.fields.${c.field}`),
                  from: correctionValue(t, c.field, c.oldValue),
                  to: correctionValue(t, c.field, c.newValue),
                  reason: c.reason,
                  by: c.by,
                  at: formatDateTime(c.at),
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Paper>
  );
}
