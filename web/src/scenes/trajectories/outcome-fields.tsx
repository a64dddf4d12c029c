import { NumberInput, Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CONTRACT_TYPES, DROPOUT_REASONS, OUTCOME_KINDS } from '../../../../server/src/db/schema';

export interface OutcomeValues {
  kind: string | null;
  contractType: string | null;
  hoursPerWeek: number | string;
  dropoutReason: string | null;
  outcomeOn: string;
}

/** Outcomes that carry a contract and hours (required for a regular job, optional for the others). */
export const WITH_CONTRACT = ['employed_regular', 'imw', 'cmw', 'back_to_social_economy'];

/** The outcome as the API takes it: fields that do not apply to the kind are left out. */
export function outcomeBody(v: OutcomeValues) {
  const hasContract = WITH_CONTRACT.includes(v.kind ?? '');
  return {
    kind: v.kind ?? undefined,
    contractType: hasContract ? v.contractType : null,
    hoursPerWeek: hasContract && v.hoursPerWeek !== '' ? Number(v.hoursPerWeek) : null,
    dropoutReason: v.kind === 'dropped_out' ? v.dropoutReason : null,
    ...(v.outcomeOn && { outcomeOn: v.outcomeOn }),
  };
}

/**
 * The outcome's fields: its kind, then what that kind needs (contract type and hours for work, the reason for a
 * drop-out). `prefix` is where they sit in the form ('outcome.' in the closing dialog).
 */
export function OutcomeFields<V extends object>({
  form,
  prefix,
  values,
}: {
  form: UseFormReturnType<V>;
  prefix: string;
  values: OutcomeValues;
}) {
  const { t } = useTranslation();
  const hasContract = WITH_CONTRACT.includes(values.kind ?? '');
  const input = (name: keyof OutcomeValues) => form.getInputProps(`${prefix}${name}`);
  return (
    <>
      <Select
        label={t('trajectories.outcome.kind')}
        required
        data={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`trajectories.outcomes.${k}`) }))}
        {...input('kind')}
      />
      {hasContract && (
        <>
          <Select
            label={t('trajectories.outcome.contractType')}
            required={values.kind === 'employed_regular'}
            clearable
            data={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`trajectories.contractTypes.${c}`) }))}
            {...input('contractType')}
          />
          <NumberInput
            label={t('trajectories.outcome.hoursPerWeek')}
            required={values.kind === 'employed_regular'}
            min={0.5}
            max={50}
            step={0.5}
            decimalScale={1}
            {...input('hoursPerWeek')}
          />
        </>
      )}
      {values.kind === 'dropped_out' && (
        <Select
          label={t('trajectories.outcome.dropoutReason')}
          required
          data={DROPOUT_REASONS.map((r) => ({ value: r, label: t(`trajectories.dropoutReasons.${r}`) }))}
          {...input('dropoutReason')}
        />
      )}
    </>
  );
}
