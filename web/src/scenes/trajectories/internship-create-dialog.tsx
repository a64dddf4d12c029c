import { Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { ContactPerson, JobItem, Page, Trajectory } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { useTrajectoryAction } from './use-trajectory-action';

interface Values {
  jobId: string | null;
  mentorContactPersonId: string | null;
  legalSignatoryContactPersonId: string | null;
  startsOn: string;
  endsOn: string;
  days: string[];
  from: string;
  to: string;
  learningGoals: string;
  expectations: string;
}

/**
 * Set up an internship at an internship place: the place (its costs, insurance and expectations come from its
 * sheet), the mentor and the employer's legal signatory, the dates, the weekly hours and the learning goals.
 * The server then generates the agreement that each party approves.
 */
export function InternshipCreateDialog({
  trajectory,
  opened,
  onClose,
}: {
  trajectory: Trajectory;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const jobs = useQuery({
    queryKey: ['jobs', 'internship-places', debounced],
    queryFn: () =>
      api.get<Page<JobItem>>('/jobs', { kind: 'internship_place', q: debounced || undefined, pageSize: 50 }),
    enabled: opened,
  });
  const form = useForm<Values>({
    initialValues: {
      jobId: trajectory.job?.id ?? null,
      mentorContactPersonId: trajectory.mentor?.contactPerson.id ?? null,
      legalSignatoryContactPersonId: null,
      startsOn: '',
      endsOn: '',
      days: ['mon', 'tue', 'wed'],
      from: '09:00',
      to: '16:00',
      learningGoals: '',
      expectations: '',
    },
  });
  const values = form.getValues();
  const job = jobs.data?.items.find((j) => j.id === values.jobId);
  const employerId = job?.employer.id ?? trajectory.employer?.id ?? null;
  const people = useQuery({
    queryKey: ['employers', employerId, 'contact-persons'],
    queryFn: () => api.get<{ items: ContactPerson[] }>(`/employers/${employerId}/contact-persons`),
    enabled: opened && !!employerId,
  });
  const personOption = (p: ContactPerson) => ({
    value: p.id,
    label: `${p.firstName} ${p.lastName}`,
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectory.id, {
    send: (v) => {
      const goals = v.learningGoals
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean);
      return api.post(`/trajectories/${trajectory.id}/internships`, {
        jobId: v.jobId ?? undefined,
        mentorContactPersonId: v.mentorContactPersonId ?? undefined,
        legalSignatoryContactPersonId: v.legalSignatoryContactPersonId ?? undefined,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        weeklySchedule: v.days.map((day) => ({ day, from: v.from, to: v.to })),
        ...(goals.length > 0 && { learningGoals: goals }),
        expectations: v.expectations,
      });
    },
    saved: t('trajectories.internship.created'),
    onClose,
    fieldMap: { weeklySchedule: 'days' },
  });
  const jobOptions = (jobs.data?.items ?? []).map((j) => ({
    value: j.id,
    label: `${j.title} · ${j.employer.name}`,
  }));
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.internship.create')}
      submitLabel={t('trajectories.internship.createSubmit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Select
        label={t('trajectories.internship.place')}
        description={t('trajectories.internship.placeHelp')}
        required
        searchable
        filter={({ options }) => options}
        searchValue={search}
        onSearchChange={setSearch}
        data={jobOptions}
        nothingFoundMessage={jobs.isFetching ? t('common.loading') : t('common.nothingFound')}
        {...form.getInputProps('jobId')}
      />
      <Group grow>
        <Select
          label={t('trajectories.mentor')}
          required
          disabled={!employerId}
          data={(people.data?.items ?? []).map(personOption)}
          {...form.getInputProps('mentorContactPersonId')}
        />
        <Select
          label={t('trajectories.internship.legalSignatory')}
          description={t('trajectories.internship.legalSignatoryHelp')}
          required
          disabled={!employerId}
          data={(people.data?.items ?? []).filter((p) => p.isLegalSignatory).map(personOption)}
          {...form.getInputProps('legalSignatoryContactPersonId')}
        />
      </Group>
      <Group grow>
        <TextInput
          label={t('trajectories.internship.startsOn')}
          type="date"
          required
          {...form.getInputProps('startsOn')}
        />
        <TextInput
          label={t('trajectories.internship.endsOn')}
          type="date"
          required
          {...form.getInputProps('endsOn')}
        />
      </Group>
      <Stack gap={4}>
        <Checkbox.Group label={t('trajectories.internship.days')} required {...form.getInputProps('days')}>
          <Group mt={4}>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={d} label={t(`participantRecord.weekdaysLong.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow>
          <TextInput label={t('trajectories.internship.from')} type="time" {...form.getInputProps('from')} />
          <TextInput label={t('trajectories.internship.to')} type="time" {...form.getInputProps('to')} />
        </Group>
      </Stack>
      <Textarea
        label={t('trajectories.internship.learningGoals')}
        description={t('trajectories.internship.learningGoalsHelp')}
        autosize
        minRows={3}
        {...form.getInputProps('learningGoals')}
      />
      <Textarea
        label={t('trajectories.internship.expectations')}
        autosize
        minRows={2}
        {...form.getInputProps('expectations')}
      />
      <Text size="xs" c="dimmed">
        {t('trajectories.internship.approvalsReset')}
      </Text>
    </FormDialog>
  );
}
