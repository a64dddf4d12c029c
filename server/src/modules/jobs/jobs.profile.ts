import { DIMENSIONS, type DimensionKey, type Level } from '../profiles/dimensions';

/**
 * A job's demand profile, derived from its tasks. The rule, in full:
 *
 * 1. Per dimension, the job demands the MAXIMUM level over its tasks. A person holding the job must be able to do
 *    every task of it, so the most demanding task decides; an average would hide a task the person cannot do
 *    (two hours of heavy lifting a week are not "a little lifting"). This is exactly why job carving exists: to
 *    leave that task out, compose a carved job from the other tasks.
 * 2. Next to the level, each dimension says which tasks demand it (level above 0), at what level, and the share
 *    of the task hours they take: the hours of the demanding tasks ÷ the hours of all tasks. A high demand for a
 *    small share of the hours is where carving or an adaptation pays off.
 * 3. A dimension no task demands (missing, or level 0 everywhere) is "not required" and left out of the profile.
 * 4. `isEssential` marks the dimensions the job flags as essential: there a gap excludes a person, elsewhere a
 *    gap can be weighed against support or adaptations.
 * 5. Dimensions come in the catalogue's order (profiles/dimensions.ts), so every profile reads alike.
 */
export interface TaskDemands {
  id: string;
  name: string;
  hoursPerWeek: number;
  demands: ReadonlyMap<string, number>;
}

export interface DerivedDimension {
  dimension: DimensionKey;
  level: Level;
  isEssential: boolean;
  /** Hours a week of the tasks that demand this dimension (level above 0). */
  demandingHoursPerWeek: number;
  /** demandingHoursPerWeek ÷ the hours of all tasks, 0–1, rounded to two decimals. */
  hoursShare: number;
  tasks: { id: string; name: string; level: Level; hoursPerWeek: number }[];
}

export interface DerivedJobProfile {
  taskHoursPerWeek: number;
  dimensions: DerivedDimension[];
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function deriveJobProfile(
  tasks: readonly TaskDemands[],
  essentialDimensions: readonly string[] = [],
): DerivedJobProfile {
  const taskHours = round(
    tasks.reduce((sum, t) => sum + t.hoursPerWeek, 0),
    1,
  );
  const dimensions: DerivedDimension[] = [];
  for (const { key } of DIMENSIONS) {
    const demanding = tasks
      .map((t) => ({ task: t, level: (t.demands.get(key) ?? 0) as Level }))
      .filter((d) => d.level > 0);
    if (demanding.length === 0) {
      continue;
    }
    const hours = round(
      demanding.reduce((sum, d) => sum + d.task.hoursPerWeek, 0),
      1,
    );
    dimensions.push({
      dimension: key,
      level: Math.max(...demanding.map((d) => d.level)) as Level,
      isEssential: essentialDimensions.includes(key),
      demandingHoursPerWeek: hours,
      hoursShare: taskHours > 0 ? round(hours / taskHours, 2) : 0,
      tasks: demanding.map((d) => ({
        id: d.task.id,
        name: d.task.name,
        level: d.level,
        hoursPerWeek: d.task.hoursPerWeek,
      })),
    });
  }
  return { taskHoursPerWeek: taskHours, dimensions };
}
