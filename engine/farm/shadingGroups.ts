import type { FarmShadingGroups } from './types';

/** A run of abutted tables in the row frame: u along the row, v from the front row backwards [m]. */
export interface PlacedRun {
  index: number;
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  tables: number;
}

/**
 * Splits the modules by what stands in front of them. A run of row k > 0 is behind row k − 1 over the length its
 * [u0, u1] shares with that row's runs: that share of its modules is 'inner', or 'after_road' when a road lies
 * between the two rows (k a multiple of `roadEveryRows`); the rest, and the whole front row, is 'open'. Shares are
 * kept fractional (module counts × length ratios). A row two pitches ahead is not looked for.
 *
 * @param runs the placed runs
 * @param modulesPerTable [-]
 * @param roadEveryRows a road after every this many rows [-]
 */
export function shadingGroups(
  runs: readonly PlacedRun[],
  modulesPerTable: number,
  roadEveryRows: number,
): FarmShadingGroups {
  const byRow = new Map<number, PlacedRun[]>();
  for (const run of runs) {
    const list = byRow.get(run.index) ?? [];
    list.push(run);
    byRow.set(run.index, list);
  }
  const groups: FarmShadingGroups = { open_modules: 0, inner_modules: 0, after_road_modules: 0 };
  for (const run of runs) {
    const modules = run.tables * modulesPerTable;
    const ahead = byRow.get(run.index - 1) ?? [];
    let covered = 0;
    for (const a of ahead) covered += Math.max(0, Math.min(run.u1, a.u1) - Math.max(run.u0, a.u0));
    const share = Math.min(1, covered / (run.u1 - run.u0));
    const behind = modules * share;
    groups.open_modules += modules - behind;
    if (run.index % roadEveryRows === 0) groups.after_road_modules += behind;
    else groups.inner_modules += behind;
  }
  return groups;
}
