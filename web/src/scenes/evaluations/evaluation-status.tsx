import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationStatus } from '../../api/types';

const COLORS: Record<EvaluationStatus, string> = {
  planned: 'gray',
  in_preparation: 'blue',
  discussed: 'cyan',
  awaiting_sign_off: 'orange',
  decided: 'green',
  cancelled: 'gray',
};

/** An evaluation's status, with "overdue" beside it when its due date passed without a decision. */
export function EvaluationStatusBadge({
  status,
  isOverdue,
}: {
  status: EvaluationStatus;
  isOverdue?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={COLORS[status]} variant="light">
        {t(`evaluations.statuses.${status}`)}
      </Badge>
      {isOverdue && (
        <Badge color="red" variant="light" ml={4}>
          {t('evaluations.overdue')}
        </Badge>
      )}
    </>
  );
}
