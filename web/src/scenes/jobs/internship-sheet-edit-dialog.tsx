import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
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
import { useTranslation } from 'react-i18next';
import { COST_PAYERS, COST_PERIODS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { CostPayer, CostPeriod, InternshipSheet, Job } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { decimalSeparator, numberOrUndefined } from './job-fields';

interface CostRow {
  item: string;
  paidBy: CostPayer | null;
  amount: number | string;
  period: CostPeriod;
}

interface Values {
  costs: CostRow[];
  insurance: string;
  mentorHoursPerWeek: number | string;
  learningGoals: string[];
  expectations: string;
}

/**
 * Writes or changes the sheet of an internship place: who pays what, insurance, the mentor's time, learning
 * goals and expectations. A change resets the employer's acceptance (the server does that), so the employer
 * always agreed to what the sheet says now.
 */
export function InternshipSheetEditDialog({
  job,
  sheet,
  onClose,
}: {
  job: Job;
  sheet: InternshipSheet | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['jobs', job.id, 'internship-sheet'];
  const form = useForm<Values>({
    initialValues: {
      costs: (sheet?.costs ?? []).map((c) => ({ ...c, amount: c.amount ?? '' })),
      insurance: sheet?.insurance ?? '',
      mentorHoursPerWeek: sheet?.mentorHoursPerWeek ?? '',
      learningGoals: sheet?.learningGoals.length ? sheet.learningGoals : [''],
      expectations: sheet?.expectations ?? '',
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const data = {
        costs: v.costs.map((c) => ({
          item: c.item,
          paidBy: c.paidBy ?? undefined,
          amount: c.amount === '' ? null : Number(c.amount),
          period: c.period,
        })),
        insurance: v.insurance,
        mentorHoursPerWeek: numberOrUndefined(v.mentorHoursPerWeek),
        learningGoals: v.learningGoals,
        expectations: v.expectations,
      };
      return sheet
        ? api.patch<InternshipSheet>(`/jobs/${job.id}/internship-sheet`, { version: sheet.version, data })
        : api.post<InternshipSheet>(`/jobs/${job.id}/internship-sheet`, data);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['jobs', job.id] });
      notifications.show({
        color: 'green',
        message: sheet?.isAccepted && !saved.isAccepted ? t('jobs.sheet.savedReset') : t('jobs.sheet.saved'),
      });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={sheet ? t('jobs.sheet.editTitle') : t('jobs.sheet.create')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      {sheet?.isAccepted && (
        <Text size="sm" fw={700}>
          {t('jobs.sheet.resetWarning')}
        </Text>
      )}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('jobs.sheet.costs')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('jobs.sheet.costsHelp')}
        </Text>
        {values.costs.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed by index
          <Group key={index} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('jobs.sheet.costItem', { n: index + 1 })}
              required
              style={{ flex: '2 1 200px' }}
              {...form.getInputProps(`costs.${index}.item`)}
            />
            <Select
              label={t('jobs.sheet.paidBy')}
              required
              data={COST_PAYERS.map((p) => ({ value: p, label: t(`jobs.sheet.payers.${p}`) }))}
              style={{ flex: '1 1 150px' }}
              {...form.getInputProps(`costs.${index}.paidBy`)}
            />
            <NumberInput
              label={t('jobs.sheet.amount')}
              min={0}
              decimalScale={2}
              decimalSeparator={decimalSeparator(i18n.language)}
              prefix="€ "
              style={{ flex: '1 1 110px' }}
              {...form.getInputProps(`costs.${index}.amount`)}
            />
            <Select
              label={t('jobs.sheet.period')}
              allowDeselect={false}
              data={COST_PERIODS.map((p) => ({ value: p, label: t(`jobs.sheet.periods.${p}`) }))}
              style={{ flex: '1 1 130px' }}
              {...form.getInputProps(`costs.${index}.period`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('jobs.sheet.removeCost', { n: index + 1 })}
              onClick={() => form.removeListItem('costs', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('costs', { item: '', paidBy: null, amount: '', period: 'once' })}
        >
          {t('jobs.sheet.addCost')}
        </Button>
      </Stack>
      <Textarea
        label={t('jobs.sheet.insurance')}
        description={t('jobs.sheet.insuranceHelp')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('insurance')}
      />
      <NumberInput
        label={t('jobs.sheet.mentorHours')}
        description={t('jobs.sheet.mentorHoursHelp')}
        required
        min={0}
        max={40}
        step={0.5}
        decimalScale={1}
        decimalSeparator={decimalSeparator(i18n.language)}
        w={260}
        {...form.getInputProps('mentorHoursPerWeek')}
      />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('jobs.sheet.learningGoals')}
        </Title>
        {values.learningGoals.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: goals are only added at the end or removed by index
          <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label={t('jobs.sheet.learningGoal', { n: index + 1 })}
              required={index === 0}
              style={{ flex: 1 }}
              {...form.getInputProps(`learningGoals.${index}`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('jobs.sheet.removeGoal', { n: index + 1 })}
              disabled={values.learningGoals.length === 1}
              onClick={() => form.removeListItem('learningGoals', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('learningGoals', '')}
        >
          {t('jobs.sheet.addGoal')}
        </Button>
      </Stack>
      <Textarea
        label={t('jobs.sheet.expectations')}
        description={t('jobs.sheet.expectationsHelp')}
        autosize
        minRows={3}
        {...form.getInputProps('expectations')}
      />
    </FormDialog>
  );
}
