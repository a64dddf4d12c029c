import { Alert, Badge, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MatchExplanation as Explanation, JobKind } from '../../api/types';
import {
  dimensionNote,
  exclusionSentences,
  formatNumber,
  isOverridable,
  PARTS,
  partPoints,
  partSentences,
} from './explanation-text';

/** A score as a badge: green from 75, blue from 50, gray below; "excluded" in red. Words, never colour alone. */
export function MatchScore({ explanation: e }: { explanation: Pick<Explanation, 'score' | 'isExcluded'> }) {
  const { t, i18n } = useTranslation();
  if (e.isExcluded) {
    return (
      <Badge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
        {t('matching.explanation.excluded')}
      </Badge>
    );
  }
  const color = e.score >= 75 ? 'green' : e.score >= 50 ? 'blue' : 'gray';
  return (
    <Badge color={color} size="lg">
      {formatNumber(e.score, i18n.language)}
    </Badge>
  );
}

/** Every hard constraint the pair breaks, in words. */
export function WhyNot({ explanation: e, kind }: { explanation: Explanation; kind?: JobKind }) {
  const { t, i18n } = useTranslation();
  if (e.excluded.length === 0) {
    return null;
  }
  const sentences = exclusionSentences(t, e, i18n.language, kind);
  return (
    <Alert color="red" title={t('matching.explanation.whyNot')} role="note">
      <List spacing={2} size="sm">
        {sentences.map((s) => (
          <List.Item key={s.reason}>{s.text}</List.Item>
        ))}
      </List>
      {isOverridable(e) && (
        <Text size="sm" mt="xs">
          {t('matching.explanation.canOverride')}
        </Text>
      )}
    </Alert>
  );
}

/**
 * Why a person fits a job (and why not): the score as the documented weighted sum of its parts, each with its
 * weight, its points and a sentence a coach understands; the comparison per dimension (demand, capability, gap,
 * the support or adaptation that bridges it, essential marked) when the participant's consent allows it, else the
 * counts; and every exclusion in words.
 */
export function MatchExplanation({
  explanation: e,
  kind,
  idPrefix,
}: {
  explanation: Explanation;
  kind?: JobKind;
  /** Makes the section titles' ids unique when several explanations are on one page. */
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const sentences = partSentences(t, e, i18n.language);
  const dimensions = e.dimensions
    ? [...e.dimensions].sort((a, b) => Number(b.gap > 0) - Number(a.gap > 0) || b.gap - a.gap)
    : null;
  return (
    <Stack gap="md">
      <WhyNot explanation={e} kind={kind} />
      <Table.ScrollContainer minWidth={620}>
        <Table aria-label={t('matching.explanation.parts')} verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('matching.explanation.part')}</Table.Th>
              <Table.Th w={160}>{t('matching.explanation.points')}</Table.Th>
              <Table.Th>{t('matching.explanation.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PARTS.map((part) => {
              const points = partPoints(e, part);
              const label = t('matching.explanation.pointsOf', {
                points: formatNumber(points, i18n.language),
                weight: e.weights[part],
              });
              return (
                <Table.Tr key={part}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(`matching.explanation.partNames.${part}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Progress
                        value={e.parts[part] * 100}
                        size="sm"
                        color={e.parts[part] >= 0.75 ? 'green' : e.parts[part] >= 0.4 ? 'blue' : 'orange'}
                        aria-label={`${t(`matching.explanation.partNames.${part}`)}: ${label}`}
                      />
                      <Text size="xs" c="dimmed">
                        {label}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{sentences[part]}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('matching.explanation.score')}</Table.Th>
              <Table.Td colSpan={2}>
                {e.isExcluded ? (
                  <Text size="sm" fw={600} c="red.9">
                    {t('matching.explanation.excluded')}
                  </Text>
                ) : (
                  <Text size="sm" fw={600}>
                    {t('matching.explanation.pointsOf', {
                      points: formatNumber(e.score, i18n.language),
                      weight: 100,
                    })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {dimensions ? (
        <section aria-labelledby={`${idPrefix}-dimensions`}>
          <Title order={4} size="h6" mb={4} id={`${idPrefix}-dimensions`}>
            {t('matching.explanation.dimensions')}
          </Title>
          <Table.ScrollContainer minWidth={620}>
            <Table aria-labelledby={`${idPrefix}-dimensions`} verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('matching.explanation.dimension')}</Table.Th>
                  <Table.Th>{t('matching.explanation.demand')}</Table.Th>
                  <Table.Th>{t('matching.explanation.capability')}</Table.Th>
                  <Table.Th>{t('matching.explanation.gap')}</Table.Th>
                  <Table.Th>{t('matching.explanation.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dimensions.map((d) => (
                  <Table.Tr key={d.dimension}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{d.label}</Text>
                        {d.isEssential && (
                          <Badge size="xs" color="grape" variant="light">
                            {t('matching.explanation.essential')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`matching.explanation.demandLevels.l${d.demand}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {d.capability === null
                          ? t('matching.explanation.notAssessed')
                          : t(`capabilities.levels.l${d.capability}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={d.gap > 0 ? 700 : 400}>
                        {d.gap > 0 ? d.gap : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        c={d.gap > 0 && !d.closedBy && d.capability !== null ? 'red.9' : undefined}
                      >
                        {dimensionNote(t, d)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ) : (
        <section aria-labelledby={`${idPrefix}-summary`}>
          <Title order={4} size="h6" mb={4} id={`${idPrefix}-summary`}>
            {t('matching.explanation.summary')}
          </Title>
          <Text size="sm">{sentences.profile}</Text>
          <Text size="sm" c="dimmed">
            {t('matching.explanation.summaryNoConsent')}
          </Text>
        </section>
      )}
    </Stack>
  );
}
