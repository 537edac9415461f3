import { checkRange } from '../geo/checkRange';

/** Nominal inverter efficiency [-], PVWatts default (Dobos 2014, DESIGN §5). */
export const DEFAULT_INVERTER_EFFICIENCY = 0.96;
/** Reference efficiency of the PVWatts part-load curve [-] (Dobos 2014, eq. 4). */
const ETA_REF = 0.9637;

/**
 * AC power by the PVWatts inverter model: part-load efficiency
 *
 *   ζ = P_dc / P_dc0,inv;   η = (η_nom / η_ref)·(−0.0162·ζ − 0.0059/ζ + 0.9858),  η_ref = 0.9637
 *   P_ac = min(η·P_dc, η_nom·P_dc0,inv), 0 when P_dc ≤ 0
 *
 * (Dobos 2014, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, eq. 4; pvlib `inverter.pvwatts`).
 *
 * @param pdc DC power into the inverter [W]
 * @param pdc0 DC input limit of the inverter [W] (its AC rating / η_nom), > 0
 * @param etaNominal nominal efficiency [-], within (0, 1]
 * @returns AC power [W], within [0, η_nom·pdc0]
 * @example pvwattsInverter(1000, 1000) // 960
 */
export function pvwattsInverter(pdc: number, pdc0: number, etaNominal = DEFAULT_INVERTER_EFFICIENCY): number {
  checkRange('pdc0', pdc0, Number.MIN_VALUE, 1e12);
  checkRange('etaNominal', etaNominal, Number.MIN_VALUE, 1);
  if (!Number.isFinite(pdc)) throw new RangeError(`pdc must be a finite number, got ${pdc}`);
  if (pdc <= 0) return 0;
  const zeta = pdc / pdc0;
  const eta = (etaNominal / ETA_REF) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
  return Math.max(0, Math.min(eta * pdc, etaNominal * pdc0));
}
