import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../api/types';
import { formatDate } from '../../components/format';
import { languageName } from '../../components/language-select';
import { STATUS_COLOR, statusLabel } from './participant-status';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="div">{children || '—'}</Text>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A month as "03/2021" (work history is kept by month). */
function formatMonth(value: string | null) {
  if (!value) {
    return null;
  }
  const [year, month] = value.split('-');
  return `${month}/${year}`;
}

/** Everything of a participant's record (ParticipantDetail), in the sections a coach reads it by. */
export function ParticipantRecord({ participant: p }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null
      ? t('participantRecord.unknown')
      : value
        ? t('participantRecord.yes')
        : t('participantRecord.no');
  const address = [p.street, [p.postcode, p.municipality?.name].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack>
      <Section title={t('participantRecord.sections.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('participants.nationalNumber')}>{p.nationalNumber}</Field>
          <Field label={t('participants.birthDate')}>{formatDate(p.birthDate)}</Field>
          <Field label={t('participants.email')}>{p.email}</Field>
          <Field label={t('participants.phone')}>{p.phone}</Field>
          <Field label={t('participants.address')}>{address}</Field>
        </SimpleGrid>
      </Section>
      <Section title={t('participantRecord.sections.trajectory')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('participants.status')}>
            <Badge color={STATUS_COLOR[p.status] ?? 'gray'}>{statusLabel(t, p.status)}</Badge>
          </Field>
          <Field label={t('participantRecord.currentMeasure')}>
            {p.currentMeasure ? t(`measures.${p.currentMeasure}`) : t('participantRecord.noMeasure')}
          </Field>
          <Field label={t('participants.organisation')}>{p.organisation?.name}</Field>
          <Field label={t('participants.coach')}>{p.coach?.name ?? t('participants.coachNone')}</Field>
          <Field label={t('participantRecord.waitingSince')}>
            {p.waitingSince
              ? t('participants.waitingDays', { date: formatDate(p.waitingSince), count: p.waitingDays ?? 0 })
              : null}
          </Field>
          <Field label={t('participantRecord.lastActivityAt')}>{formatDate(p.lastActivityAt)}</Field>
        </SimpleGrid>
      </Section>
      <Section title={t('participantRecord.sections.languages')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('participantRecord.languages')}>
            {p.languages.map((code) => languageName(code, i18n.language)).join(', ')}
          </Field>
          <Field label={t('participantRecord.dutchLevel')}>
            {p.dutchLevel ? t(`participantRecord.dutchLevels.${p.dutchLevel}`) : null}
          </Field>
          <Field label={t('participantRecord.hasDrivingLicence')}>
            {yesNo(p.mobility.hasDrivingLicence)}
          </Field>
          <Field label={t('participantRecord.hasCar')}>{yesNo(p.mobility.hasCar)}</Field>
          <Field label={t('participantRecord.hasBike')}>{yesNo(p.mobility.hasBike)}</Field>
          <Field label={t('participantRecord.publicTransportOnly')}>
            {yesNo(p.mobility.publicTransportOnly)}
          </Field>
          <Field label={t('participantRecord.maxCommuteMinutes')}>{p.mobility.maxCommuteMinutes}</Field>
          <Field label={t('participantRecord.maxCommuteKm')}>{p.mobility.maxCommuteKm}</Field>
        </SimpleGrid>
      </Section>
      <Section title={t('participantRecord.sections.availability')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('participantRecord.hoursPerWeek')}>{p.availability.hoursPerWeek}</Field>
          <Field label={t('participantRecord.days')}>
            {p.availability.days.map((d) => t(`participantRecord.weekdaysLong.${d}`)).join(', ')}
          </Field>
          <Field label={t('participantRecord.shifts')}>
            {p.availability.shifts.map((s) => t(`participantRecord.shiftNames.${s}`)).join(', ')}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('participantRecord.sections.interests')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('participantRecord.occupationInterests')}>
            {p.occupationInterests.length > 0 && (
              <Group gap={6}>
                {p.occupationInterests.map((o) => (
                  <Badge key={o.code} color="gray" variant="outline" tt="none">
                    {o.code} {o.title}
                  </Badge>
                ))}
              </Group>
            )}
          </Field>
          <Field label={t('participantRecord.educationLevel')}>
            {p.educationLevel ? t(`participantRecord.educationLevels.${p.educationLevel}`) : null}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('participantRecord.sections.workHistory')}>
        {p.workHistory.length === 0 ? (
          <Text c="dimmed">{t('participantRecord.noWorkHistory')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('participantRecord.workHistory')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('participantRecord.jobTitle')}</Table.Th>
                  <Table.Th>{t('participantRecord.employerName')}</Table.Th>
                  <Table.Th>{t('participantRecord.jobFrom')}</Table.Th>
                  <Table.Th>{t('participantRecord.jobTo')}</Table.Th>
                  <Table.Th>{t('participantRecord.jobDescription')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.workHistory.map((w) => (
                  <Table.Tr key={JSON.stringify(w)}>
                    <Table.Td>
                      {w.jobTitle}
                      {w.iscoCode && (
                        <Text size="xs" c="dimmed">
                          ISCO {w.iscoCode}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{w.employerName ?? '—'}</Table.Td>
                    <Table.Td>{formatMonth(w.from)}</Table.Td>
                    <Table.Td>{formatMonth(w.to) ?? t('participantRecord.ongoing')}</Table.Td>
                    <Table.Td>{w.description ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </Stack>
  );
}
