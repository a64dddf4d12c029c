import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Job } from '../../api/types';
import { formatDate, formatHours } from '../../components/format';
import { Section } from '../../components/page';
import { Field } from '../participants/participant-record';
import { OFFER_MARKS } from './job-fields';

/** The job's record: what it is, its terms, language, what the employer offers and its essential dimensions. */
export function JobRecord({ job }: { job: Job }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Section title={t('jobs.sections.job')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('jobs.occupation')}>
            {job.occupation && `${job.occupation.code} ${job.occupation.title}`}
          </Field>
          <Field label={t('jobs.employer')}>
            <Anchor component={Link} to={`/employers/${job.employer.id}`}>
              {job.employer.name}
            </Anchor>
          </Field>
          <Field label={t('jobs.site')}>
            {job.site.municipality ? `${job.site.name} (${job.site.municipality.name})` : job.site.name}
          </Field>
          <Field label={t('jobs.kind')}>{t(`jobs.kinds.${job.kind}`)}</Field>
          <Field label={t('jobs.createdBy')}>
            {[job.createdByOrganisation?.name, formatDate(job.createdAt)].filter(Boolean).join(' · ')}
          </Field>
          {job.carvedFrom.length > 0 && (
            <Field label={t('jobs.carvedFrom')}>
              <Stack gap={2}>
                {job.carvedFrom.map((source) => (
                  <Anchor key={source.id} component={Link} to={`/jobs/${source.id}`}>
                    {source.title}
                  </Anchor>
                ))}
              </Stack>
            </Field>
          )}
        </SimpleGrid>
        {job.description && (
          <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
            {job.description}
          </Text>
        )}
      </Section>
      <Section title={t('jobs.sections.terms')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('jobs.hoursPerWeek')}>
            {t('jobs.hoursValue', { hours: formatHours(job.hoursPerWeek) })}
          </Field>
          <Field label={t('jobs.positions')}>{job.positions}</Field>
          <Field label={t('jobs.startDate')}>{job.startDate && formatDate(job.startDate)}</Field>
          <Field label={t('jobs.contractType')}>
            {job.contractType && t(`jobs.contractTypes.${job.contractType}`)}
          </Field>
          <Field label={t('jobs.schedule')}>{job.schedule}</Field>
          <Field label={t('participantRecord.shifts')}>
            {job.shifts.map((s) => t(`participantRecord.shiftNames.${s}`)).join(', ')}
          </Field>
          <Field label={t('jobs.dutchLevel')}>
            {job.dutchLevel &&
              `${t(`participantRecord.dutchLevels.${job.dutchLevel}`)}${
                job.dutchLevelWaivable ? ` · ${t('jobs.waivable')}` : ''
              }`}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('jobs.sections.offer')}>
        <List spacing={6} size="sm" center>
          {OFFER_MARKS.map((mark) => (
            <List.Item
              key={mark}
              icon={
                <ThemeIcon size={20} radius="xl" color={job[mark] ? 'green.8' : 'gray.6'} variant="filled">
                  {job[mark] ? <IconCheck size={12} /> : <IconMinus size={12} />}
                </ThemeIcon>
              }
            >
              <Text size="sm" c={job[mark] ? undefined : 'dimmed'}>
                {t(`jobs.offer.${mark}`)}
                <span className="visually-hidden">
                  : {job[mark] ? t('participantRecord.yes') : t('participantRecord.no')}
                </span>
              </Text>
            </List.Item>
          ))}
        </List>
        <Stack mt="md">
          <Field label={t('jobs.essentialDimensions')}>
            {job.essentialDimensions.length > 0 && (
              <Group gap={4} mt={4}>
                {job.essentialDimensions.map((d) => (
                  <Badge key={d.key} color="red" variant="light">
                    {d.label}
                  </Badge>
                ))}
              </Group>
            )}
          </Field>
        </Stack>
      </Section>
    </Stack>
  );
}
