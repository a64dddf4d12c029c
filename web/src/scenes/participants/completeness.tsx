import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Completeness {
  percent: number;
  missing: string[];
}

function colorOf(percent: number) {
  return percent >= 80 ? 'green' : percent >= 50 ? 'orange' : 'red';
}

/** The named gaps of a profile, as one sentence ("Ontbreekt: gemeente, uren per week."). */
export function useMissingText() {
  const { t } = useTranslation();
  return (c: Completeness) =>
    c.missing.length === 0
      ? t('participantRecord.complete')
      : t('participantRecord.missing', {
          items: c.missing.map((key) => t(`participantRecord.completenessItems.${key}`)).join(', '),
        });
}

/**
 * Profile completeness in a table cell: a small bar with the percentage; the missing items in a tooltip for
 * the eye and as text for screen readers.
 */
export function CompletenessCell({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const missingText = useMissingText()(completeness);
  return (
    <Tooltip label={missingText} multiline w={260} withArrow>
      <Group gap={6} wrap="nowrap" miw={110}>
        <Progress
          value={completeness.percent}
          color={colorOf(completeness.percent)}
          size="md"
          w={60}
          aria-label={t('participantRecord.completenessValue', { percent: completeness.percent })}
        />
        <Text size="sm" aria-hidden>
          {completeness.percent}%
        </Text>
        <span className="visually-hidden">{missingText}</span>
      </Group>
    </Tooltip>
  );
}

/** Completeness on the participant's file: the bar, the percentage in words and every missing item named. */
export function CompletenessSummary({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const missingText = useMissingText()(completeness);
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t('participantRecord.completenessValue', { percent: completeness.percent })}</Text>
      </Group>
      <Progress
        value={completeness.percent}
        color={colorOf(completeness.percent)}
        size="lg"
        aria-label={t('participantRecord.completenessValue', { percent: completeness.percent })}
      />
      <Text size="sm" mt={6} c={completeness.missing.length ? undefined : 'dimmed'}>
        {missingText}
      </Text>
    </div>
  );
}
