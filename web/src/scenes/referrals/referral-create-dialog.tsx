import { SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, REFERRAL_CHANNELS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Measure, ParticipantItem, Referral, ReferralChannel } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate } from '../../components/format';
import { OrganisationSelect } from '../../components/organisation-select';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { type DuplicateAnswer, DuplicateNotice, duplicateAnswer } from '../participants/duplicate-notice';
import {
  emptyPerson,
  PersonFields,
  type PersonValues,
  personBody,
  personFieldMap,
} from '../participants/person-fields';
import { useRecordOrganisations } from '../participants/record-organisations';

interface Values {
  mode: 'existing' | 'new';
  participant: Option | null;
  person: PersonValues;
  confirmNotDuplicate: boolean;
  channel: ReferralChannel | null;
  referrerOrganisationId: string | null;
  referrerName: string;
  referrerContact: string;
  targetOrganisationId: string | null;
  measure: Measure | null;
  referredOn: string;
  motivation: string;
}

/** The channel an organisation usually refers through, by its kind. */
const CHANNEL_OF_KIND: Record<string, ReferralChannel> = {
  public_employment_service: 'vdab',
  gtb: 'gtb',
  ocmw: 'ocmw_indication_cell',
  health_insurer: 'health_insurer',
  caw: 'caw',
};

export const participantOption = (
  p: Pick<ParticipantItem, 'id' | 'firstName' | 'lastName' | 'birthDate'>,
) => ({
  value: p.id,
  label: `${p.lastName}, ${p.firstName} (${formatDate(p.birthDate)})`,
});

const FIELD_MAP = {
  ...personFieldMap('participant.'),
  participantId: 'participant',
  'participant.confirmNotDuplicate': 'confirmNotDuplicate',
};

/**
 * Refer someone to a measure at an organisation: an existing participant (searched among those the user may
 * see) or a new person. A known national number links the referral to the existing file; a namesake with the
 * same birth date must first be confirmed as another person.
 */
export function ReferralCreateDialog({
  opened,
  onClose,
  participant,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  /** Refer this participant (from their file); the choice of person is then fixed. */
  participant?: Option;
  onCreated: (referral: Referral) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const own = useRecordOrganisations();
  const [duplicate, setDuplicate] = useState<DuplicateAnswer | null>(null);
  const form = useForm<Values>({
    initialValues: {
      mode: 'existing',
      participant: participant ?? null,
      person: emptyPerson(),
      confirmNotDuplicate: false,
      channel: CHANNEL_OF_KIND[me.homeOrganisation?.kind ?? ''] ?? null,
      referrerOrganisationId: own.defaultId,
      referrerName: '',
      referrerContact: '',
      targetOrganisationId: null,
      measure: null,
      referredOn: dayjs().format('YYYY-MM-DD'),
      motivation: '',
    },
  });
  const values = form.getValues();

  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Referral>('/referrals', {
        ...(v.mode === 'existing'
          ? { participantId: v.participant?.value }
          : { participant: { ...personBody(v.person), confirmNotDuplicate: v.confirmNotDuplicate } }),
        // An empty select is left out, so that the server answers "required" rather than "wrong type".
        channel: v.channel ?? undefined,
        referrerOrganisationId: v.channel === 'self' ? undefined : (v.referrerOrganisationId ?? undefined),
        referrerName: v.referrerName,
        referrerContact: v.referrerContact,
        targetOrganisationId: v.targetOrganisationId ?? undefined,
        measure: v.measure ?? undefined,
        referredOn: v.referredOn,
        motivation: v.motivation,
      }),
    onSuccess: async (created) => {
      notifications.show({
        color: 'green',
        message: t('referrals.createDialog.created', {
          name: `${created.participant.firstName} ${created.participant.lastName}`,
          organisation: created.targetOrganisation.name,
        }),
      });
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
      await queryClient.invalidateQueries({ queryKey: ['participants'] });
      form.reset();
      setDuplicate(null);
      onCreated(created);
    },
    fieldMap: FIELD_MAP,
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
      title={t('referrals.createDialog.title')}
      submitLabel={t('referrals.createDialog.submit')}
      onSubmit={(event) => {
        form.setFieldValue('confirmNotDuplicate', false);
        submit(event);
      }}
      busy={busy}
      message={message}
      size="xl"
    >
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('referrals.participant')}
        </Title>
        {!participant && (
          <SegmentedControl
            aria-label={t('referrals.createDialog.who')}
            w="fit-content"
            data={[
              { value: 'existing', label: t('referrals.createDialog.existing') },
              { value: 'new', label: t('referrals.createDialog.newPerson') },
            ]}
            {...form.getInputProps('mode')}
          />
        )}
        {values.mode === 'existing' ? (
          <RemoteSelect<ParticipantItem>
            path="/participants"
            label={t('referrals.participant')}
            description={participant ? undefined : t('referrals.createDialog.participantHelp')}
            required
            toOption={participantOption}
            value={values.participant?.value ?? null}
            selected={values.participant}
            onChange={(option) => form.setFieldValue('participant', option)}
            error={form.errors.participant}
            disabled={!!participant}
          />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('referrals.createDialog.knownNumberHelp')}
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
            <PersonFields field={(name) => form.getInputProps(`person.${name}`)} />
          </>
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('referrals.createDialog.referral')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('referrals.channel')}
            required
            data={REFERRAL_CHANNELS.map((c) => ({ value: c, label: t(`referrals.channels.${c}`) }))}
            {...form.getInputProps('channel')}
          />
          {values.channel !== 'self' && (
            <OrganisationSelect
              label={t('referrals.referrerOrganisation')}
              description={t('referrals.createDialog.referrerOrganisationHelp')}
              clearable
              {...form.getInputProps('referrerOrganisationId')}
            />
          )}
          <TextInput
            label={t('referrals.referrerName')}
            description={t('referrals.createDialog.referrerNameHelp')}
            {...form.getInputProps('referrerName')}
          />
          <TextInput
            label={t('referrals.referrerContact')}
            description={t('referrals.referrerContactHelp')}
            {...form.getInputProps('referrerContact')}
          />
          <OrganisationSelect
            label={t('referrals.targetOrganisation')}
            required
            {...form.getInputProps('targetOrganisationId')}
          />
          <Select
            label={t('referrals.measure')}
            required
            data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
            {...form.getInputProps('measure')}
          />
          <TextInput
            label={t('referrals.referredOn')}
            type="date"
            required
            {...form.getInputProps('referredOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('referrals.motivation')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('motivation')}
        />
      </Stack>
    </FormDialog>
  );
}
