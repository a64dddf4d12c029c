import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';

interface Candidate {
  id: string | null;
  organisation: { id: string; name: string } | null;
  nationalNumberMasked: string;
}

/** What a 409 on registering a person says: the national number is known, or namesakes need a look. */
export type DuplicateAnswer =
  | { kind: 'known'; existingId: string | null }
  | { kind: 'namesake'; message: string; candidates: Candidate[] };

/** Reads a registration refusal as a duplicate answer, or null when it is another error. */
export function duplicateAnswer(error: unknown): DuplicateAnswer | null {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return null;
  }
  const codes = error.errors.map((e) => e.code);
  if (codes.includes('possible_duplicate')) {
    const issue = error.errors.find((e) => e.code === 'possible_duplicate');
    return {
      kind: 'namesake',
      message: issue?.message ?? error.message,
      candidates: (error.body.candidates as Candidate[] | undefined) ?? [],
    };
  }
  if (codes.includes('duplicate') && error.errors.some((e) => e.field.endsWith('nationalNumber'))) {
    return { kind: 'known', existingId: (error.body.existingId as string | null | undefined) ?? null };
  }
  return null;
}

/**
 * Explains a duplicate answer: a known national number links to the existing file (when the user may see it);
 * namesakes are listed with a way to confirm that this is another person, which resends the registration.
 */
export function DuplicateNotice({
  answer,
  onConfirm,
  busy,
}: {
  answer: DuplicateAnswer;
  onConfirm: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The answer comes after a click on the submit button at the bottom of a long form: show it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again each time a new answer arrives
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [answer]);
  if (answer.kind === 'known') {
    return (
      <Alert color="orange" title={t('participantRecord.duplicate.knownTitle')} role="alert" ref={ref}>
        <Stack gap="xs">
          <Text size="sm">
            {answer.existingId
              ? t('participantRecord.duplicate.knownVisible')
              : t('participantRecord.duplicate.knownHidden')}
          </Text>
          {answer.existingId && (
            <Anchor
              component={Link}
              to={`/participants/${answer.existingId}`}
              size="sm"
              c="blue.9"
              underline="always"
            >
              {t('participantRecord.duplicate.openExisting')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="orange" title={t('participantRecord.duplicate.namesakeTitle')} role="alert" ref={ref}>
      <Stack gap="xs">
        <Text size="sm">{answer.message}</Text>
        <List size="sm">
          {answer.candidates.map((c) => (
            <List.Item key={`${c.id ?? ''}${c.nationalNumberMasked}`}>
              {c.organisation
                ? t('participantRecord.duplicate.candidateAt', {
                    number: c.nationalNumberMasked,
                    organisation: c.organisation.name,
                  })
                : c.id
                  ? t('participantRecord.duplicate.candidate', { number: c.nationalNumberMasked })
                  : t('participantRecord.duplicate.candidateHidden', { number: c.nationalNumberMasked })}
              {c.id && (
                <>
                  {' '}
                  <Anchor
                    component={Link}
                    to={`/participants/${c.id}`}
                    target="_blank"
                    c="blue.9"
                    underline="always"
                  >
                    {t('participantRecord.duplicate.open')}
                  </Anchor>
                </>
              )}
            </List.Item>
          ))}
        </List>
        <Button variant="light" color="orange" w="fit-content" loading={busy} onClick={onConfirm}>
          {t('participantRecord.duplicate.confirm')}
        </Button>
      </Stack>
    </Alert>
  );
}
