import { Alert, Button, Checkbox, Fieldset, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { EvaluationDetail } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { errorMessage } from '../../components/forms';
import { Section } from '../../components/page';

interface Entry {
  score: string | null;
  evidenceKinds: string[];
  evidence: string;
}

/**
 * Scoring per criterion, grouped by theme: every level of the anchored scale with its description, the kinds of
 * evidence the criterion accepts and a note. Partial saves are fine; the server refuses a score off the scale and
 * missing required evidence, and its messages land beside the criterion they name.
 */
export function ScoringSection({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['evaluations', evaluation.id];
  const canEdit = evaluation.abilities.score;
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      evaluation.template.criteria.map((c) => {
        const s = evaluation.scores.find((x) => x.criterion === c.key);
        return [
          c.key,
          {
            score: s ? String(s.score) : null,
            evidenceKinds: s?.evidenceKinds ?? [],
            evidence: s?.evidence ?? '',
          },
        ];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const set = (criterion: string, change: Partial<Entry>) =>
    setEntries((e) => ({ ...e, [criterion]: { ...e[criterion]!, ...change } }));

  const save = async () => {
    const sent = evaluation.template.criteria.filter((c) => entries[c.key]?.score !== null);
    setErrors({});
    setGeneral(null);
    setBusy(true);
    try {
      const updated = await api.put<EvaluationDetail>(`/evaluations/${evaluation.id}/scores`, {
        version: evaluation.version,
        scores: sent.map((c) => ({
          criterion: c.key,
          score: Number(entries[c.key]!.score),
          evidenceKinds: entries[c.key]!.evidenceKinds,
          evidence: entries[c.key]!.evidence,
        })),
      });
      queryClient.setQueryData(key, updated);
      notifications.show({ color: 'green', message: t('evaluations.scoring.saved') });
    } catch (error) {
      if (await handleConflict(error, queryClient, key)) {
        return;
      }
      if (error instanceof ApiError && error.errors.length) {
        const byCriterion: Record<string, string[]> = {};
        const unplaced: string[] = [];
        for (const issue of error.errors) {
          const index = /^scores\.(\d+)\./.exec(issue.field)?.[1];
          const criterion = index !== undefined ? sent[Number(index)]?.key : undefined;
          if (criterion) {
            byCriterion[criterion] = [...(byCriterion[criterion] ?? []), issue.message];
          } else {
            unplaced.push(issue.message);
          }
        }
        setErrors(byCriterion);
        setGeneral(unplaced.join(' ') || error.message);
      } else {
        setGeneral(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const scored = evaluation.scores.length;
  const total = evaluation.template.criteria.length;
  return (
    <Section title={t('evaluations.scoring.title')}>
      <Text size="sm" c="dimmed" mb="md">
        {t('evaluations.scoring.help')} {t('evaluations.scoring.scored', { count: scored, total })}
      </Text>
      <Stack gap="lg">
        {evaluation.template.themes.map((theme) => (
          <Stack key={theme.key} gap="sm">
            <Title order={3} size="h5">
              {theme.name}
            </Title>
            {evaluation.template.criteria
              .filter((c) => c.theme === theme.key)
              .map((c) => {
                const entry = entries[c.key]!;
                return (
                  <Fieldset key={c.key} legend={c.name} disabled={!canEdit}>
                    <Text size="sm" mb="xs">
                      {c.question}
                    </Text>
                    <Radio.Group
                      aria-label={`${c.name}: ${t('evaluations.scoring.level')}`}
                      value={entry.score}
                      onChange={(v) => set(c.key, { score: v })}
                    >
                      <Stack gap={6}>
                        {c.levels.map((l) => (
                          <Radio
                            key={l.value}
                            value={String(l.value)}
                            label={`${l.value} · ${l.label}`}
                            description={l.description}
                          />
                        ))}
                      </Stack>
                    </Radio.Group>
                    <Checkbox.Group
                      mt="sm"
                      label={t('evaluations.scoring.evidenceKinds')}
                      description={t('evaluations.scoring.evidenceHelp', {
                        kinds: c.requiredEvidence.map((k) => t(`evaluations.evidenceKinds.${k}`)).join(', '),
                      })}
                      value={entry.evidenceKinds}
                      onChange={(v) => set(c.key, { evidenceKinds: v })}
                    >
                      <Group gap="md" mt={6}>
                        {c.requiredEvidence.map((k) => (
                          <Checkbox key={k} value={k} label={t(`evaluations.evidenceKinds.${k}`)} />
                        ))}
                      </Group>
                    </Checkbox.Group>
                    <Textarea
                      mt="sm"
                      label={t('evaluations.scoring.evidence')}
                      value={entry.evidence}
                      onChange={(e) => set(c.key, { evidence: e.currentTarget.value })}
                      autosize
                      minRows={1}
                    />
                    {errors[c.key]?.map((m) => (
                      <Text key={m} c="red.9" size="sm" mt={4} role="alert">
                        {m}
                      </Text>
                    ))}
                  </Fieldset>
                );
              })}
          </Stack>
        ))}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        {canEdit && (
          <Button onClick={save} loading={isBusy} w="fit-content">
            {t('evaluations.scoring.save')}
          </Button>
        )}
      </Stack>
    </Section>
  );
}
