import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KINDS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { SuccessDefinition } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

type Kind = SuccessDefinition['rule']['kind'];
const KINDS: Kind[] = ['sustained_employment', 'outcome', 'aftercare_rating'];

/** A definition's rule in words. */
export function RuleText({ rule }: { rule: SuccessDefinition['rule'] }) {
  const { t } = useTranslation();
  const outcomes =
    'outcomeKinds' in rule
      ? rule.outcomeKinds.map((k) => t(`monitoring.outcomes.kinds.${k}`)).join(', ')
      : '';
  return <>{t(`monitoring.definitions.ruleText.${rule.kind}`, { ...rule, outcomes })}</>;
}

/** The network admin's list of success definitions, each editable, and a new one. */
export function SuccessDefinitionsDialog({
  definitions,
  onClose,
}: {
  definitions: SuccessDefinition[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<SuccessDefinition | 'new' | null>(null);
  return (
    <>
      <Modal opened={editing === null} onClose={onClose} title={t('monitoring.definitions.title')} size="xl">
        <Stack>
          {definitions.map((d) => (
            <Paper key={d.id} withBorder p="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={600}>{d.name}</Text>
                    <Badge variant="light" color={d.isActive ? 'teal' : 'gray'}>
                      {d.isActive ? t('monitoring.definitions.active') : t('monitoring.definitions.inactive')}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    <RuleText rule={d.rule} />
                  </Text>
                </Stack>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconEdit size={16} />}
                  onClick={() => setEditing(d)}
                  aria-label={`${t('monitoring.definitions.edit')}: ${d.name}`}
                >
                  {t('monitoring.definitions.edit')}
                </Button>
              </Group>
            </Paper>
          ))}
          <Group justify="flex-end">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('monitoring.definitions.add')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {editing !== null && (
        <DefinitionFormDialog
          definition={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

interface Values {
  key: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  kind: Kind;
  outcomeKinds: string[];
  minMonths: number;
  withinMonths: number;
  monthsAfter: number;
  minRating: number;
  isActive: boolean;
}

function ruleOf(v: Values): SuccessDefinition['rule'] {
  switch (v.kind) {
    case 'sustained_employment':
      return {
        kind: v.kind,
        outcomeKinds: v.outcomeKinds as never,
        minMonths: v.minMonths,
        withinMonths: v.withinMonths,
      };
    case 'outcome':
      return { kind: v.kind, outcomeKinds: v.outcomeKinds as never };
    default:
      return { kind: 'aftercare_rating', monthsAfter: v.monthsAfter, minRating: v.minRating };
  }
}

function DefinitionFormDialog({
  definition,
  onClose,
}: {
  definition: SuccessDefinition | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rule = definition?.rule;
  const form = useForm<Values>({
    initialValues: {
      key: definition?.key ?? '',
      nameNl: definition?.nameNl ?? '',
      nameEn: definition?.nameEn ?? '',
      descriptionNl: definition?.descriptionNl ?? '',
      descriptionEn: definition?.descriptionEn ?? '',
      kind: rule?.kind ?? 'sustained_employment',
      outcomeKinds: rule && 'outcomeKinds' in rule ? rule.outcomeKinds : ['employed_regular'],
      minMonths: rule?.kind === 'sustained_employment' ? rule.minMonths : 6,
      withinMonths: rule?.kind === 'sustained_employment' ? rule.withinMonths : 12,
      monthsAfter: rule?.kind === 'aftercare_rating' ? rule.monthsAfter : 6,
      minRating: rule?.kind === 'aftercare_rating' ? rule.minRating : 4,
      isActive: definition?.isActive ?? true,
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const fields = {
        nameNl: v.nameNl,
        nameEn: v.nameEn,
        descriptionNl: v.descriptionNl,
        descriptionEn: v.descriptionEn,
        rule: ruleOf(v),
      };
      return definition
        ? api.patch<SuccessDefinition>(`/monitoring/success-definitions/${definition.id}`, {
            version: definition.version,
            data: { ...fields, isActive: v.isActive },
          })
        : api.post<SuccessDefinition>('/monitoring/success-definitions', { key: v.key, ...fields });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['monitoring'] });
      notifications.show({ color: 'green', message: t('monitoring.definitions.saved') });
      onClose();
    },
    conflictKey: ['monitoring', 'success-definitions'],
    onConflict: onClose,
    fieldMap: {
      'rule.outcomeKinds': 'outcomeKinds',
      'rule.minMonths': 'minMonths',
      'rule.withinMonths': 'withinMonths',
      'rule.monthsAfter': 'monthsAfter',
      'rule.minRating': 'minRating',
    },
  });
  const kind = form.values.kind;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={definition ? t('monitoring.definitions.edit') : t('monitoring.definitions.add')}
      submitLabel={definition ? t('common.save') : t('monitoring.definitions.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      {!definition && (
        <TextInput
          label={t('monitoring.definitions.key')}
          description={t('monitoring.definitions.keyHelp')}
          required
          {...form.getInputProps('key')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('monitoring.definitions.nameNl')} required {...form.getInputProps('nameNl')} />
        <TextInput label={t('monitoring.definitions.nameEn')} required {...form.getInputProps('nameEn')} />
        <Textarea
          label={t('monitoring.definitions.descriptionNl')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionNl')}
        />
        <Textarea
          label={t('monitoring.definitions.descriptionEn')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionEn')}
        />
      </SimpleGrid>
      <Select
        label={t('monitoring.definitions.kind')}
        required
        allowDeselect={false}
        data={KINDS.map((k) => ({ value: k, label: t(`monitoring.definitions.kinds.${k}`) }))}
        {...form.getInputProps('kind')}
      />
      {kind !== 'aftercare_rating' && (
        <MultiSelect
          label={t('monitoring.definitions.outcomeKinds')}
          required
          data={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`monitoring.outcomes.kinds.${k}`) }))}
          {...form.getInputProps('outcomeKinds')}
        />
      )}
      {kind === 'sustained_employment' && (
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('monitoring.definitions.minMonths')}
            min={1}
            max={36}
            {...form.getInputProps('minMonths')}
          />
          <NumberInput
            label={t('monitoring.definitions.withinMonths')}
            min={1}
            max={60}
            {...form.getInputProps('withinMonths')}
          />
        </SimpleGrid>
      )}
      {kind === 'aftercare_rating' && (
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('monitoring.definitions.monthsAfter')}
            min={1}
            max={24}
            {...form.getInputProps('monthsAfter')}
          />
          <NumberInput
            label={t('monitoring.definitions.minRating')}
            min={1}
            max={5}
            {...form.getInputProps('minRating')}
          />
        </SimpleGrid>
      )}
      {definition && (
        <Checkbox
          label={t('monitoring.definitions.active')}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
      )}
    </FormDialog>
  );
}
