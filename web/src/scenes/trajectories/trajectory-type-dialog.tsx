import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  AFTERCARE_MONTHS,
  BUDGET_PERIOD_MONTHS,
  MEASURES,
  OUTCOME_KINDS,
  TRAJECTORY_ROLES,
} from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { TrajectoryType } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

interface PhaseValues {
  key: string;
  nameNl: string;
  nameEn: string;
  defaultTermDays: number | string;
}

/** Add a trajectory type or edit one (a new version; the key of an existing type stays). */
export function TrajectoryTypeDialog({
  type,
  opened,
  onClose,
}: {
  type: TrajectoryType | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      key: type?.key ?? '',
      nameNl: type?.nameNl ?? '',
      nameEn: type?.nameEn ?? '',
      measure: (type?.measure ?? null) as string | null,
      totalTermDays: (type?.totalTermDays ?? 365) as number | string,
      participatingRoles: (type?.participatingRoles ?? ['coach', 'participant']) as string[],
      successOutcomes: (type?.successOutcomes ?? ['employed_regular']) as string[],
      aftercareMonths: (type?.aftercareMonths ?? [1, 3, 6, 12]).map(String),
      budgetHoursPerPeriod: (type?.budgetHoursPerPeriod ?? 0) as number | string,
      budgetPeriodMonths: String(type?.budgetPeriodMonths ?? 3),
      isActive: type?.isActive ?? true,
      phases: (type?.phases ?? [{ key: '', nameNl: '', nameEn: '', defaultTermDays: 90 }]).map(
        (p): PhaseValues => ({
          key: p.key,
          nameNl: p.nameNl,
          nameEn: p.nameEn,
          defaultTermDays: p.defaultTermDays,
        }),
      ),
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const fields = {
        nameNl: v.nameNl,
        nameEn: v.nameEn,
        measure: v.measure ?? undefined,
        totalTermDays: Number(v.totalTermDays),
        participatingRoles: v.participatingRoles,
        successOutcomes: v.successOutcomes,
        aftercareMonths: v.aftercareMonths.map(Number).sort((a, b) => a - b),
        budgetHoursPerPeriod: Number(v.budgetHoursPerPeriod),
        budgetPeriodMonths: Number(v.budgetPeriodMonths),
        phases: v.phases.map((p) => ({ ...p, defaultTermDays: Number(p.defaultTermDays) })),
      };
      return type
        ? api.patch(`/trajectory-types/${type.id}`, {
            version: type.version,
            data: { ...fields, isActive: v.isActive },
          })
        : api.post('/trajectory-types', { key: v.key, ...fields });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['trajectory-types'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onClose();
    },
    conflictKey: ['trajectory-types'],
    onConflict: onClose,
  });
  const phases = form.getValues().phases;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={type ? t('trajectoryTypes.editNamed', { name: type.name }) : t('trajectoryTypes.new')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      {!type && (
        <TextInput
          label={t('trajectoryTypes.key')}
          description={t('trajectoryTypes.keyHelp')}
          required
          {...form.getInputProps('key')}
        />
      )}
      <Group grow>
        <TextInput label={t('trajectoryTypes.nameNl')} required {...form.getInputProps('nameNl')} />
        <TextInput label={t('trajectoryTypes.nameEn')} required {...form.getInputProps('nameEn')} />
      </Group>
      <Group grow>
        <Select
          label={t('trajectoryTypes.measure')}
          required
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          {...form.getInputProps('measure')}
        />
        <NumberInput
          label={t('trajectoryTypes.totalTermDays')}
          required
          min={1}
          max={3650}
          {...form.getInputProps('totalTermDays')}
        />
      </Group>
      <Fieldset legend={t('trajectoryTypes.phases')}>
        {phases.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: phases are edited in place, by position
          <Group key={index} align="flex-end" gap="xs" mb="xs" wrap="nowrap">
            <TextInput
              label={t('trajectoryTypes.phaseKey')}
              required
              w={150}
              {...form.getInputProps(`phases.${index}.key`)}
            />
            <TextInput
              label={t('trajectoryTypes.nameNl')}
              required
              style={{ flex: 1 }}
              {...form.getInputProps(`phases.${index}.nameNl`)}
            />
            <TextInput
              label={t('trajectoryTypes.nameEn')}
              required
              style={{ flex: 1 }}
              {...form.getInputProps(`phases.${index}.nameEn`)}
            />
            <NumberInput
              label={t('trajectoryTypes.defaultTermDays')}
              required
              min={1}
              max={3650}
              w={120}
              {...form.getInputProps(`phases.${index}.defaultTermDays`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              disabled={phases.length <= 1}
              onClick={() => form.removeListItem('phases', index)}
              aria-label={t('trajectoryTypes.removePhase', { index: index + 1 })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.insertListItem('phases', { key: '', nameNl: '', nameEn: '', defaultTermDays: 90 })
          }
        >
          {t('trajectoryTypes.addPhase')}
        </Button>
      </Fieldset>
      <MultiSelect
        label={t('trajectoryTypes.roles')}
        required
        data={TRAJECTORY_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        {...form.getInputProps('participatingRoles')}
      />
      <MultiSelect
        label={t('trajectoryTypes.successOutcomes')}
        required
        data={OUTCOME_KINDS.map((o) => ({ value: o, label: t(`trajectories.outcomes.${o}`) }))}
        {...form.getInputProps('successOutcomes')}
      />
      <MultiSelect
        label={t('trajectoryTypes.aftercareMonths')}
        data={AFTERCARE_MONTHS.map((m) => ({
          value: String(m),
          label: t('trajectories.aftercare.monthsAfter', { count: m }),
        }))}
        {...form.getInputProps('aftercareMonths')}
      />
      <Group grow>
        <NumberInput
          label={t('trajectoryTypes.budgetHours')}
          min={0}
          max={500}
          {...form.getInputProps('budgetHoursPerPeriod')}
        />
        <Select
          label={t('trajectoryTypes.budgetPeriod')}
          allowDeselect={false}
          data={BUDGET_PERIOD_MONTHS.map((m) => ({
            value: String(m),
            label: t('trajectoryTypes.months', { count: m }),
          }))}
          {...form.getInputProps('budgetPeriodMonths')}
        />
      </Group>
      {type && (
        <Switch
          label={t('trajectoryTypes.active')}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
      )}
    </FormDialog>
  );
}
