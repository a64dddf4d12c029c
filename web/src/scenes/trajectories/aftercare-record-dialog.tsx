import { Group, Radio, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AftercareContact } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { todayIso, useTrajectoryAction } from './use-trajectory-action';

/** Record an aftercare contact: does the person still work there, how does it go, what support is needed. */
export function AftercareRecordDialog({
  trajectoryId,
  contact,
  opened,
  onClose,
}: {
  trajectoryId: string;
  contact: AftercareContact;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      contactedOn: todayIso(),
      isStillEmployed: 'yes',
      employmentEndedOn: '',
      howItGoes: '4',
      howItGoesText: '',
      supportNeeded: '',
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.put(`/trajectories/${trajectoryId}/aftercare/${contact.id}`, {
        version: contact.version,
        contactedOn: v.contactedOn,
        isStillEmployed: v.isStillEmployed === 'yes',
        employmentEndedOn:
          v.isStillEmployed === 'no' && v.employmentEndedOn ? v.employmentEndedOn : undefined,
        howItGoes: Number(v.howItGoes),
        howItGoesText: v.howItGoesText,
        supportNeeded: v.supportNeeded,
      }),
    saved: t('trajectories.aftercare.saved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('trajectories.aftercare.recordTitle', { count: contact.monthsAfter })}
      submitLabel={t('trajectories.aftercare.record')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <TextInput
        label={t('trajectories.aftercare.contactedOn')}
        type="date"
        required
        {...form.getInputProps('contactedOn')}
      />
      <Radio.Group
        label={t('trajectories.aftercare.stillEmployed')}
        required
        {...form.getInputProps('isStillEmployed')}
      >
        <Group mt={4}>
          <Radio value="yes" label={t('trajectories.yes')} />
          <Radio value="no" label={t('trajectories.no')} />
        </Group>
      </Radio.Group>
      {form.values.isStillEmployed === 'no' && (
        <TextInput
          label={t('trajectories.aftercare.employmentEndedOn')}
          description={t('trajectories.aftercare.employmentEndedOnHelp')}
          type="date"
          {...form.getInputProps('employmentEndedOn')}
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="how-it-goes">
          {t('trajectories.aftercare.howItGoes')}
        </Text>
        <SegmentedControl
          aria-labelledby="how-it-goes"
          data={['1', '2', '3', '4', '5'].map((v) => ({
            value: v,
            label: t(`trajectories.aftercare.scale.${v}`),
          }))}
          {...form.getInputProps('howItGoes')}
        />
      </Stack>
      <Textarea
        label={t('trajectories.aftercare.howItGoesText')}
        autosize
        minRows={2}
        {...form.getInputProps('howItGoesText')}
      />
      <Textarea
        label={t('trajectories.aftercare.supportNeeded')}
        autosize
        minRows={2}
        {...form.getInputProps('supportNeeded')}
      />
    </FormDialog>
  );
}
