import { checkRange } from '../geo/checkRange';

/** Temperature coefficient of power of crystalline-silicon modules [1/°C]: PVWatts "premium" module, DESIGN §5. */
export const DEFAULT_GAMMA_PDC = -0.0037;

/**
 * DC power of an array by the PVWatts model:
 *
 *   P_dc = (E_eff / 1000 W/m²)·P_dc0·(1 + γ·(T_cell − 25 °C))
 *
 * (Dobos, A. P. 2014 "PVWatts Version 5 Manual", NREL/TP-6A20-62641, doi:10.2172/1158421, eq. 3; pvlib
 * `pvsystem.pvwatts_dc`).
 *
 * @param effectiveIrradiance irradiance reaching the cells, after incidence losses [W/m²], ≥ 0
 * @param cellTemperature [°C]
 * @param pdc0 DC rating at STC [W], > 0
 * @param gammaPdc temperature coefficient [1/°C], within [-0.02, 0]
 * @returns DC power [W]
 * @example pvwattsDc(1000, 45, 1000) // 926
 */
export function pvwattsDc(
  effectiveIrradiance: number,
  cellTemperature: number,
  pdc0: number,
  gammaPdc = DEFAULT_GAMMA_PDC,
): number {
  checkRange('effectiveIrradiance', effectiveIrradiance, 0, 2000);
  checkRange('cellTemperature', cellTemperature, -90, 150);
  checkRange('pdc0', pdc0, Number.MIN_VALUE, 1e12);
  checkRange('gammaPdc', gammaPdc, -0.02, 0);
  return (effectiveIrradiance / 1000) * pdc0 * (1 + gammaPdc * (cellTemperature - 25));
}
