/**
 * When the recognition register warns before a recognition expires: WERKBRUG_RECOGNITION_WARNING_DAYS, a list of
 * days before the end date (default "90,30"). The organisation's admins and the coach hear once per threshold;
 * the largest threshold is also what counts as "expiring" in the register and on the start page.
 */
export interface RecognitionWarningSettings {
  /** Days before the end date, largest first. */
  warningDays: number[];
}

export const DEFAULT_RECOGNITION_WARNINGS: RecognitionWarningSettings = { warningDays: [90, 30] };

export function recognitionWarningSettings(env: NodeJS.ProcessEnv = process.env): RecognitionWarningSettings {
  const raw = env.WERKBRUG_RECOGNITION_WARNING_DAYS;
  if (raw === undefined || raw.trim() === '') {
    return DEFAULT_RECOGNITION_WARNINGS;
  }
  const days = raw.split(',').map((part) => Number(part.trim()));
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 365)) {
    throw new Error(
      `WERKBRUG_RECOGNITION_WARNING_DAYS must be whole numbers of days between 1 and 365, separated by commas (got "${raw}")`,
    );
  }
  return { warningDays: [...new Set(days)].sort((a, b) => b - a) };
}

/** The horizon of "expiring": the largest warning threshold. */
export function expiringWithinDays(settings: RecognitionWarningSettings): number {
  return settings.warningDays[0]!;
}
