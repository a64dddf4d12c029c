import { type Actor, isNetworkAdmin } from '../../lib/actor';

/** The adaptation catalogue is the network's reference data: network admins keep it. */
export function canManageAdaptations(actor: Actor): boolean {
  return isNetworkAdmin(actor);
}

/**
 * The adaptations that can close a gap on any of the given dimensions (what matching shows next to a gap), the
 * ones closing the most of them first.
 */
export function adaptationsClosing<T extends { dimensions: readonly string[] }>(
  adaptations: readonly T[],
  gapDimensions: readonly string[],
): { adaptation: T; closes: string[] }[] {
  return adaptations
    .map((adaptation) => ({
      adaptation,
      closes: gapDimensions.filter((d) => adaptation.dimensions.includes(d)),
    }))
    .filter((a) => a.closes.length > 0)
    .sort((a, b) => b.closes.length - a.closes.length);
}
