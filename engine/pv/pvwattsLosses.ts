import { checkRange } from '../geo/checkRange';

/** System losses between the modules' DC rating and the inverter input, in percent, by cause. */
export interface SystemLosses {
  soiling_pct: number;
  /** Shading the 3D model does not see: trees, chimneys, vents, dormers (the buildings' shading is computed). */
  shading_pct: number;
  snow_pct: number;
  mismatch_pct: number;
  wiring_pct: number;
  connections_pct: number;
  light_induced_degradation_pct: number;
  nameplate_rating_pct: number;
  age_pct: number;
  availability_pct: number;
}

/**
 * PVWatts v5 default losses (Dobos 2014, NREL/TP-6A20-62641, Table 1; pvlib `pvsystem.pvwatts_losses`): 14.08 % in
 * all. The 3 % shading item stays: the 3D model sees buildings and slag heaps, not trees or roof furniture.
 */
export const DEFAULT_LOSSES: SystemLosses = {
  soiling_pct: 2,
  shading_pct: 3,
  snow_pct: 0,
  mismatch_pct: 2,
  wiring_pct: 2,
  connections_pct: 0.5,
  light_induced_degradation_pct: 1.5,
  nameplate_rating_pct: 1,
  age_pct: 0,
  availability_pct: 3,
};

/**
 * Total loss of independent causes, combined multiplicatively: L = 100·(1 − Π(1 − lᵢ/100)) (Dobos 2014, eq. 2).
 *
 * @param losses each cause [%], within [0, 100]
 * @returns total loss [%]
 * @example pvwattsLosses(DEFAULT_LOSSES) // ≈ 14.08
 */
export function pvwattsLosses(losses: SystemLosses = DEFAULT_LOSSES): number {
  let kept = 1;
  for (const [name, value] of Object.entries(losses)) {
    checkRange(name, value, 0, 100);
    kept *= 1 - value / 100;
  }
  return 100 * (1 - kept);
}
