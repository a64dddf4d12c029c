/** Colour classes of the monitoring map (pure, so it is testable without a browser). */

/** A sequential blue scale, light to dark (ColorBrewer "Blues"), readable for colour-blind users. */
export const SCALE = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/**
 * Quantile classes of the shown values above zero (counts per municipality are very skewed: equal-width classes would paint
 * nearly every municipality the lightest shade); each value gets the index of its class.
 */
export function classes(values: number[]): { bounds: number[]; classOf: (v: number) => number } {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return { bounds: [], classOf: () => 0 };
  }
  const bounds = [...new Set(SCALE.map((_, k) => sorted[Math.floor((k * sorted.length) / SCALE.length)]!))];
  return {
    bounds,
    classOf: (v) => {
      let k = 0;
      while (k + 1 < bounds.length && bounds[k + 1]! <= v) {
        k += 1;
      }
      return k;
    },
  };
}
