import { Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EVALUATION_CRITERIA, EVALUATION_RECOMMENDATIONS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { FormDialog } from '../../components/form-dialog';
import { useTrajectoryAction } from './use-trajectory-action';

/** The mentor's evaluation at the end of the internship: a score per criterion, strengths, points, advice. */
export function InternshipEvaluateDialog({
  trajectoryId,
  internshipId,
  opened,
  onClose,
}: {
  trajectoryId: string;
  internshipId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      scores: Object.fromEntries(EVALUATION_CRITERIA.map((c) => [c, '3'])) as Record<string, string>,
      strengths: '',
      improvements: '',
      recommendation: null as string | null,
    },
  });
  const { submit, message, busy } = useTrajectoryAction(form, trajectoryId, {
    send: (v) =>
      api.post(`/trajectories/${trajectoryId}/internships/${internshipId}/evaluation`, {
        scores: Object.fromEntries(Object.entries(v.scores).map(([k, s]) => [k, Number(s)])),
        strengths: v.strengths,
        improvements: v.improvements,
        recommendation: v.recommendation ?? undefined,
      }),
    saved: t('workfloor.evaluationSaved'),
    onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('workfloor.evaluate')}
      submitLabel={t('workfloor.evaluateSubmit')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <Text size="sm">{t('workfloor.evaluateIntro')}</Text>
      {EVALUATION_CRITERIA.map((c) => (
        <Group key={c} justify="space-between" wrap="nowrap">
          <Text size="sm" id={`criterion-${c}`}>
            {t(`trajectories.internship.criteria.${c}`)}
          </Text>
          <SegmentedControl
            aria-labelledby={`criterion-${c}`}
            data={['1', '2', '3', '4', '5']}
            {...form.getInputProps(`scores.${c}`)}
          />
        </Group>
      ))}
      <Stack gap="sm">
        <Textarea
          label={t('trajectories.internship.strengths')}
          autosize
          minRows={2}
          {...form.getInputProps('strengths')}
        />
        <Textarea
          label={t('trajectories.internship.improvements')}
          autosize
          minRows={2}
          {...form.getInputProps('improvements')}
        />
        <Select
          label={t('trajectories.internship.recommendation')}
          required
          data={EVALUATION_RECOMMENDATIONS.map((r) => ({
            value: r,
            label: t(`trajectories.internship.recommendations.${r}`),
          }))}
          {...form.getInputProps('recommendation')}
        />
      </Stack>
    </FormDialog>
  );
}
