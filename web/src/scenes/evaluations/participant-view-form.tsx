import { Button, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { EvaluationDetail } from '../../api/types';

type View = NonNullable<EvaluationDetail['participantView']>;
export type ViewValues = {
  version?: number;
  feeling: number;
  goingWell: string;
  difficult: string;
  wish: View['wish'];
  supportWanted: string;
  otherRemarks: string;
};

const WISHES = ['stay', 'regular_job', 'other_work', 'not_sure'] as const;

/**
 * The participant's own view, in plain language: how work goes, what goes well, what is hard, what they want next
 * and what help they want. The participant fills it in themselves, or the coach with them (the server records who).
 */
export function ParticipantViewForm({
  view,
  labels,
  submitLabel,
  onSubmit,
}: {
  view: View | null;
  /** The questions' namespace: the participant's own words (myEvaluations) are used on both sides. */
  labels?: 'myEvaluations';
  submitLabel: string;
  onSubmit: (values: ViewValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const ns = labels ?? 'myEvaluations';
  const [values, setValues] = useState<ViewValues>({
    version: view?.version,
    feeling: view?.feeling ?? 0,
    goingWell: view?.goingWell ?? '',
    difficult: view?.difficult ?? '',
    wish: view?.wish ?? ('' as View['wish']),
    supportWanted: view?.supportWanted ?? '',
    otherRemarks: view?.otherRemarks ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof ViewValues>(key: K, value: ViewValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      } else {
        throw error;
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="md" maw={640}>
      <Radio.Group
        label={t(`${ns}.feeling`)}
        value={values.feeling ? String(values.feeling) : null}
        onChange={(v) => set('feeling', Number(v))}
        error={errors.feeling}
        size="md"
      >
        <Stack gap={6} mt={6}>
          {[1, 2, 3, 4].map((f) => (
            <Radio key={f} value={String(f)} label={t(`evaluations.feelings.f${f}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t(`${ns}.goingWell`)}
        value={values.goingWell}
        onChange={(e) => set('goingWell', e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.goingWell}
        size="md"
      />
      <Textarea
        label={t(`${ns}.difficult`)}
        value={values.difficult}
        onChange={(e) => set('difficult', e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.difficult}
        size="md"
      />
      <Radio.Group
        label={t(`${ns}.wish`)}
        value={values.wish || null}
        onChange={(v) => set('wish', v as View['wish'])}
        error={errors.wish}
        size="md"
      >
        <Stack gap={6} mt={6}>
          {WISHES.map((w) => (
            <Radio key={w} value={w} label={t(`evaluations.wishes.${w}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t(`${ns}.supportWanted`)}
        value={values.supportWanted}
        onChange={(e) => set('supportWanted', e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.supportWanted}
        size="md"
      />
      <Textarea
        label={t(`${ns}.otherRemarks`)}
        value={values.otherRemarks}
        onChange={(e) => set('otherRemarks', e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.otherRemarks}
        size="md"
      />
      <Button onClick={submit} loading={isBusy} w="fit-content" size="md">
        {submitLabel}
      </Button>
    </Stack>
  );
}

/** The body the API takes from the form's values (empty texts are left out; a missing feeling or wish is refused by the server). */
export function viewBody(v: ViewValues) {
  return {
    ...(v.version ? { version: v.version } : {}),
    feeling: v.feeling || undefined,
    goingWell: v.goingWell,
    difficult: v.difficult,
    wish: v.wish || undefined,
    supportWanted: v.supportWanted,
    otherRemarks: v.otherRemarks,
  };
}
