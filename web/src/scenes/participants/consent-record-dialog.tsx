import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONSENT_BASES, CONSENT_PURPOSES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Consent, ConsentBasis, ConsentPurpose } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { OrganisationSelect } from '../../components/organisation-select';

interface Values {
  purpose: ConsentPurpose | null;
  organisationId: string | null;
  basis: ConsentBasis | null;
  givenOn: string;
  note: string;
}

/** Record a consent the participant gave: for which purpose (and organisation, to share the profile), on what basis, when. */
export function ConsentRecordDialog({
  participantId,
  opened,
  onClose,
}: {
  participantId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      purpose: null,
      organisationId: null,
      basis: 'signed_form',
      givenOn: dayjs().format('YYYY-MM-DD'),
      note: '',
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Consent>(`/participants/${participantId}/consents`, {
        purpose: v.purpose ?? undefined,
        organisationId: v.purpose === 'share_profile' ? (v.organisationId ?? undefined) : undefined,
        basis: v.basis ?? undefined,
        givenOn: v.givenOn,
        note: v.note,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('consents.recorded') });
      await queryClient.invalidateQueries({ queryKey: ['participants', participantId] });
      await queryClient.invalidateQueries({ queryKey: ['participants'], exact: false });
      form.reset();
      onClose();
    },
  });
  const isShare = form.getValues().purpose === 'share_profile';
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('consents.record')}
      submitLabel={t('consents.record')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Select
        label={t('consents.purpose')}
        required
        data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`consents.purposes.${p}`) }))}
        {...form.getInputProps('purpose')}
      />
      {isShare && (
        <OrganisationSelect
          label={t('consents.organisation')}
          description={t('consents.organisationHelp')}
          required
          {...form.getInputProps('organisationId')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('consents.basis')}
          required
          allowDeselect={false}
          data={CONSENT_BASES.map((b) => ({ value: b, label: t(`consents.bases.${b}`) }))}
          {...form.getInputProps('basis')}
        />
        <TextInput label={t('consents.givenOn')} type="date" required {...form.getInputProps('givenOn')} />
      </SimpleGrid>
      <Textarea label={t('consents.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
