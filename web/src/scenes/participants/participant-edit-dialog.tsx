import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EDUCATION_LEVELS,
  MEASURES,
  PARTICIPANT_STATUSES,
  SHIFTS,
  WEEKDAYS,
} from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Participant } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { OccupationMultiSelect, type OccupationOption } from '../../components/occupation-select';
import { PersonFields, type PersonValues } from './person-fields';

interface WorkEntry {
  jobTitle: string;
  employerName: string;
  iscoCode: string;
  from: string;
  to: string;
  description: string;
}

interface Values extends PersonValues {
  mobility: {
    hasDrivingLicence: boolean | null;
    hasCar: boolean | null;
    hasBike: boolean | null;
    publicTransportOnly: boolean;
    maxCommuteMinutes: number | string;
    maxCommuteKm: number | string;
  };
  availability: { hoursPerWeek: number | string; days: string[]; shifts: string[] };
  occupationInterests: OccupationOption[];
  educationLevel: string | null;
  workHistory: WorkEntry[];
  currentMeasure: string | null;
  status: string;
  waitingSince: string;
}

const number = (value: number | string) => (value === '' ? null : Number(value));
const text = (value: string) => (value.trim() === '' ? null : value);

function initialValues(p: Participant): Values {
  return {
    nationalNumber: p.nationalNumber,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    email: p.email ?? '',
    phone: p.phone ?? '',
    street: p.street ?? '',
    postcode: p.postcode ?? '',
    municipalityNis: p.municipality?.nisCode ?? null,
    languages: p.languages,
    dutchLevel: p.dutchLevel as Values['dutchLevel'],
    mobility: {
      ...p.mobility,
      maxCommuteMinutes: p.mobility.maxCommuteMinutes ?? '',
      maxCommuteKm: p.mobility.maxCommuteKm ?? '',
    },
    availability: {
      hoursPerWeek: p.availability.hoursPerWeek ?? '',
      days: p.availability.days,
      shifts: p.availability.shifts,
    },
    occupationInterests: p.occupationInterests,
    educationLevel: p.educationLevel,
    workHistory: p.workHistory.map((w) => ({
      jobTitle: w.jobTitle,
      employerName: w.employerName ?? '',
      iscoCode: w.iscoCode ?? '',
      from: w.from,
      to: w.to ?? '',
      description: w.description ?? '',
    })),
    currentMeasure: p.currentMeasure,
    status: p.status,
    waitingSince: p.waitingSince ?? '',
  };
}

/** The request value of each field as the API takes it. */
function requestValues(v: Values): Record<keyof Values, unknown> {
  return {
    nationalNumber: v.nationalNumber,
    firstName: v.firstName,
    lastName: v.lastName,
    birthDate: v.birthDate,
    email: v.email,
    phone: v.phone,
    street: v.street,
    postcode: v.postcode,
    municipalityNis: v.municipalityNis,
    languages: v.languages,
    dutchLevel: v.dutchLevel,
    mobility: {
      ...v.mobility,
      maxCommuteMinutes: number(v.mobility.maxCommuteMinutes),
      maxCommuteKm: number(v.mobility.maxCommuteKm),
    },
    availability: {
      hoursPerWeek: number(v.availability.hoursPerWeek),
      days: v.availability.days,
      shifts: v.availability.shifts,
    },
    occupationInterests: v.occupationInterests.map((o) => o.code),
    educationLevel: v.educationLevel,
    workHistory: v.workHistory.map((w) => ({
      jobTitle: w.jobTitle,
      employerName: w.employerName,
      iscoCode: text(w.iscoCode),
      from: w.from,
      to: text(w.to),
      description: w.description,
    })),
    currentMeasure: v.currentMeasure,
    status: v.status,
    waitingSince: text(v.waitingSince),
  };
}

/** Errors on one occupation (`occupationInterests.2`) belong to the one select that holds them all. */
const FIELD_MAP = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`occupationInterests.${i}`, 'occupationInterests']),
);

function TriState({
  label,
  value,
  onChange,
}: {
  label: string;
  value?: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      allowDeselect={false}
      value={value === null || value === undefined ? 'unknown' : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes' ? true : v === 'no' ? false : null)}
      data={[
        { value: 'unknown', label: t('participantRecord.unknown') },
        { value: 'yes', label: t('participantRecord.yes') },
        { value: 'no', label: t('participantRecord.no') },
      ]}
    />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend" mb="xs">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * Edit a participant's whole record (PATCH with the version). Only the fields that were changed are sent, so the
 * audit log names exactly those; a stale version reloads the file instead of overwriting someone else's change.
 */
export function ParticipantEditDialog({
  participant,
  opened,
  onClose,
}: {
  participant: Participant;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['participants', participant.id];
  const form = useForm<Values>({ initialValues: initialValues(participant) });

  const { submit, message, busy } = useServerSubmit(form, {
    send: (values) => {
      const all = requestValues(values);
      const data = Object.fromEntries(
        (Object.keys(all) as (keyof Values)[]).filter((k) => form.isDirty(k)).map((k) => [k, all[k]]),
      );
      return api.patch<Participant>(`/participants/${participant.id}`, {
        version: participant.version,
        data,
      });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      notifications.show({ color: 'green', message: t('participantRecord.saved') });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
    fieldMap: FIELD_MAP,
  });

  const work = form.getValues().workHistory;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('participantRecord.editTitle', { name: `${participant.firstName} ${participant.lastName}` })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      <Section title={t('participantRecord.sections.identity')}>
        <PersonFields field={(name) => form.getInputProps(name)} />
      </Section>
      <Section title={t('participantRecord.mobility')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TriState
            label={t('participantRecord.hasDrivingLicence')}
            {...form.getInputProps('mobility.hasDrivingLicence')}
          />
          <TriState label={t('participantRecord.hasCar')} {...form.getInputProps('mobility.hasCar')} />
          <TriState label={t('participantRecord.hasBike')} {...form.getInputProps('mobility.hasBike')} />
          <NumberInput
            label={t('participantRecord.maxCommuteMinutes')}
            min={0}
            max={300}
            allowDecimal={false}
            {...form.getInputProps('mobility.maxCommuteMinutes')}
          />
          <NumberInput
            label={t('participantRecord.maxCommuteKm')}
            min={0}
            max={300}
            allowDecimal={false}
            {...form.getInputProps('mobility.maxCommuteKm')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('participantRecord.publicTransportOnly')}
          {...form.getInputProps('mobility.publicTransportOnly', { type: 'checkbox' })}
        />
      </Section>
      <Section title={t('participantRecord.sections.availability')}>
        <NumberInput
          label={t('participantRecord.hoursPerWeek')}
          min={1}
          max={50}
          allowDecimal={false}
          w={200}
          {...form.getInputProps('availability.hoursPerWeek')}
        />
        <Checkbox.Group label={t('participantRecord.days')} {...form.getInputProps('availability.days')}>
          <Group gap="md" mt={4}>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={d} label={t(`participantRecord.weekdaysLong.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group label={t('participantRecord.shifts')} {...form.getInputProps('availability.shifts')}>
          <Group gap="md" mt={4}>
            {SHIFTS.map((s) => (
              <Checkbox key={s} value={s} label={t(`participantRecord.shiftNames.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Section>
      <Section title={t('participantRecord.sections.interests')}>
        <OccupationMultiSelect
          label={t('participantRecord.occupationInterests')}
          description={t('participantRecord.occupationHelp')}
          {...form.getInputProps('occupationInterests')}
        />
        <Select
          label={t('participantRecord.educationLevel')}
          clearable
          data={EDUCATION_LEVELS.map((e) => ({
            value: e,
            label: t(`participantRecord.educationLevels.${e}`),
          }))}
          {...form.getInputProps('educationLevel')}
        />
      </Section>
      <Section title={t('participantRecord.sections.workHistory')}>
        {work.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('participantRecord.noWorkHistory')}
          </Text>
        )}
        {work.map((_, index) => (
          <Paper
            // Entries have no id of their own; the index is their identity while editing.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            withBorder
            p="sm"
            component="fieldset"
            aria-label={t('participantRecord.job', { number: index + 1 })}
          >
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {t('participantRecord.job', { number: index + 1 })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('participantRecord.removeJob', { number: index + 1 })}
                onClick={() => form.removeListItem('workHistory', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('participantRecord.jobTitle')}
                required
                {...form.getInputProps(`workHistory.${index}.jobTitle`)}
              />
              <TextInput
                label={t('participantRecord.employerName')}
                {...form.getInputProps(`workHistory.${index}.employerName`)}
              />
              <TextInput
                label={t('participantRecord.jobFrom')}
                type="month"
                required
                {...form.getInputProps(`workHistory.${index}.from`)}
              />
              <TextInput
                label={t('participantRecord.jobTo')}
                description={t('participantRecord.jobToHelp')}
                type="month"
                {...form.getInputProps(`workHistory.${index}.to`)}
              />
              <TextInput
                label={t('participantRecord.iscoCode')}
                inputMode="numeric"
                {...form.getInputProps(`workHistory.${index}.iscoCode`)}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('participantRecord.jobDescription')}
              autosize
              minRows={2}
              {...form.getInputProps(`workHistory.${index}.description`)}
            />
          </Paper>
        ))}
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            form.insertListItem('workHistory', {
              jobTitle: '',
              employerName: '',
              iscoCode: '',
              from: '',
              to: '',
              description: '',
            })
          }
        >
          {t('participantRecord.addJob')}
        </Button>
      </Section>
      <Section title={t('participantRecord.sections.trajectory')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('participantRecord.currentMeasure')}
            clearable
            data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
            {...form.getInputProps('currentMeasure')}
          />
          <Select
            label={t('participants.status')}
            allowDeselect={false}
            data={PARTICIPANT_STATUSES.filter((s) => s !== 'merged').map((s) => ({
              value: s,
              label: t(`participants.statuses.${s}`),
            }))}
            {...form.getInputProps('status')}
          />
          <TextInput
            label={t('participantRecord.waitingSince')}
            type="date"
            {...form.getInputProps('waitingSince')}
          />
        </SimpleGrid>
      </Section>
    </FormDialog>
  );
}
