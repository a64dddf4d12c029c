import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SupportBudget } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { formatHours } from './budget-section';
import { formatRange } from './trajectory-status';
import { useTrajectoryAction } from './use-trajectory-action';

/** Move hours from one budget period to another, with a reason (never leaving a period below zero). */
export function BudgetMoveDialog({
  trajectoryId,
  budget,
  opened,
  onClose,
}: {
  trajectoryId: string;
  budget: SupportBudget;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{
    fromPeriodId: string | null;
    toPeriodId: string | null;
    hours: number | string;
    reason: string;
  }>({ initialValues: { fromPeriodId: null, toPeriodId: null, hours: 1, reason: '' } });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.post(`/trajectories/${trajectoryId}/budget/moves`, {
        version: budget.version,
        fromPeriodId: v.fromPeriodId ?? undefined,
        toPeriodId: v.toPeriodId ?? undefined,
        hours: v.hours === '' ? undefined : Number(v.hours),
        reason: v.reason,
      }),
    saved: t('trajectories.budget.moved'),
    onClose,
  });
  const options = budget.periods.map((p) => ({
    value: p.id,
    label: `${formatRange(p.startsOn, p.endsOn)} · ${t('trajectories.budget.remainingShort', {
      hours: formatHours(p.remainingHours),
    })}`,
  }));
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.budget.move')}
      submitLabel={t('trajectories.budget.moveSubmit')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Select
        label={t('trajectories.budget.from')}
        required
        data={options}
        {...form.getInputProps('fromPeriodId')}
      />
      <Select
        label={t('trajectories.budget.to')}
        required
        data={options}
        {...form.getInputProps('toPeriodId')}
      />
      <NumberInput
        label={t('trajectories.budget.hours')}
        description={t('trajectories.budget.hoursHelp')}
        required
        min={0.5}
        step={0.5}
        decimalScale={1}
        {...form.getInputProps('hours')}
      />
      <Textarea
        label={t('trajectories.budget.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}

/** Add a budget period after the others (periods never overlap), with its hours. */
export function BudgetPeriodDialog({
  trajectoryId,
  budget,
  opened,
  onClose,
}: {
  trajectoryId: string;
  budget: SupportBudget;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const last = budget.periods.at(-1);
  const startsOn = last ? dayjs(last.endsOn).add(1, 'day') : dayjs();
  const form = useForm<{ startsOn: string; endsOn: string; hours: number | string }>({
    initialValues: {
      startsOn: startsOn.format('YYYY-MM-DD'),
      endsOn: startsOn.add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD'),
      hours: last?.initialHours ?? 0,
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.post(`/trajectories/${trajectoryId}/budget/periods`, {
        version: budget.version,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        hours: v.hours === '' ? undefined : Number(v.hours),
      }),
    saved: t('trajectories.budget.periodAdded'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.budget.addPeriod')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <TextInput
        label={t('trajectories.budget.startsOn')}
        type="date"
        required
        {...form.getInputProps('startsOn')}
      />
      <TextInput
        label={t('trajectories.budget.endsOn')}
        type="date"
        required
        {...form.getInputProps('endsOn')}
      />
      <NumberInput
        label={t('trajectories.budget.hours')}
        required
        min={0}
        step={0.5}
        decimalScale={1}
        {...form.getInputProps('hours')}
      />
    </FormDialog>
  );
}
