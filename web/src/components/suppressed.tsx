import { useTranslation } from 'react-i18next';

/** "< 5" for a hidden figure, with its meaning for screen readers. */
export function Suppressed({ minimum }: { minimum: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden>{`< ${minimum}`}</span>
      <span className="visually-hidden">{t('leadTimes.suppressed', { minimum })}</span>
    </>
  );
}

/** A count that may be hidden (null) to protect small cells. */
export function CountCell({ value, minimum }: { value: number | null; minimum: number }) {
  return value === null ? <Suppressed minimum={minimum} /> : value.toLocaleString();
}
