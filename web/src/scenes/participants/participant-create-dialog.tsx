import { Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { Measure, Participant } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { type DuplicateAnswer, DuplicateNotice, duplicateAnswer } from './duplicate-notice';
import { emptyPerson, PersonFields, type PersonValues, personBody, personFieldMap } from './person-fields';
import { useRecordOrganisations } from './record-organisations';

interface Values {
  person: PersonValues;
  organisationId: string | null;
  currentMeasure: Measure | null;
  confirmNotDuplicate: boolean;
}

/**
 * Register a participant (POST /api/participants). A known national number is refused with a link to the
 * existing file when the user may see it; a namesake with the same birth date must be confirmed as another person.
 */
export function ParticipantCreateDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (participant: Participant) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useRecordOrganisations();
  const [duplicate, setDuplicate] = useState<DuplicateAnswer | null>(null);
  const form = useForm<Values>({
    initialValues: {
      person: emptyPerson(),
      organisationId: organisations.defaultId,
      currentMeasure: null,
      confirmNotDuplicate: false,
    },
  });
  useEffect(() => {
    if (!form.getValues().organisationId && organisations.defaultId) {
      form.setFieldValue('organisationId', organisations.defaultId);
    }
  }, [organisations.defaultId, form]);

  const { submit, message, busy } = useServerSubmit(form, {
    send: (values) =>
      api.post<Participant>('/participants', {
        ...personBody(values.person),
        organisationId: values.organisationId ?? undefined,
        currentMeasure: values.currentMeasure,
        confirmNotDuplicate: values.confirmNotDuplicate,
      }),
    onSuccess: async (created) => {
      notifications.show({
        color: 'green',
        message: t('participantRecord.registered', { name: `${created.firstName} ${created.lastName}` }),
      });
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      form.reset();
      setDuplicate(null);
      onCreated(created);
    },
    fieldMap: personFieldMap(''),
    onRefused: (error) => {
      const answer = duplicateAnswer(error);
      setDuplicate(answer);
      return answer?.kind === 'namesake';
    },
  });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('participantRecord.register')}
      submitLabel={t('participantRecord.register')}
      onSubmit={(event) => {
        form.setFieldValue('confirmNotDuplicate', false);
        submit(event);
      }}
      busy={busy}
      message={message}
      size="xl"
    >
      <Text size="sm" c="dimmed">
        {t('participantRecord.registerHelp')}
      </Text>
      {duplicate && (
        <DuplicateNotice
          answer={duplicate}
          busy={busy}
          onConfirm={() => {
            form.setFieldValue('confirmNotDuplicate', true);
            submit();
          }}
        />
      )}
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('participantRecord.person')}
        </Title>
        <PersonFields field={(name) => form.getInputProps(`person.${name}`)} />
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('participantRecord.sections.trajectory')}
        </Title>
        <Select
          label={t('participantRecord.organisation')}
          description={t('participantRecord.organisationHelp')}
          searchable
          allowDeselect={false}
          data={organisations.options}
          {...form.getInputProps('organisationId')}
        />
        <Select
          label={t('participantRecord.currentMeasure')}
          clearable
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          {...form.getInputProps('currentMeasure')}
        />
      </Stack>
    </FormDialog>
  );
}
