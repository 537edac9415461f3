import { checkRange } from '../geo/checkRange';
import { DEFAULT_INVERTER_EFFICIENCY, pvwattsInverter } from './pvwattsInverter';

/**
 * DC rating over inverter AC rating [-]: PVWatts' default "DC to AC size ratio" (NREL PVWatts Calculator,
 * https://pvwatts.nrel.gov, System Info, default 1.2; Dobos 2014 §3.2 uses 1.1 for v5; residential French installs
 * sit between 1.0 and 1.3).
 */
export const DEFAULT_DC_AC_RATIO = 1.2;

/**
 * AC power of a system whose arrays feed one inverter capacity: the summed DC through the PVWatts inverter
 * (pvwattsInverter) sized at P_ac0 = P_dc0 / ratio, i.e. an inverter DC limit P_dc0,inv = P_ac0 / η_nom.
 *
 * @param dc_w the system's DC power per hour [W]
 * @param kwp the system's DC rating [kWp], > 0
 * @param dcAcRatio DC rating / AC rating [-], within [0.5, 3]
 * @param etaNominal nominal inverter efficiency [-]
 * @returns AC power per hour [W]
 */
export function systemAc(
  dc_w: ArrayLike<number>,
  kwp: number,
  dcAcRatio = DEFAULT_DC_AC_RATIO,
  etaNominal = DEFAULT_INVERTER_EFFICIENCY,
): Float64Array {
  checkRange('kwp', kwp, Number.MIN_VALUE, 1e6);
  checkRange('dcAcRatio', dcAcRatio, 0.5, 3);
  checkRange('etaNominal', etaNominal, 0.5, 1);
  const pdc0Inverter = (kwp * 1000) / dcAcRatio / etaNominal;
  const ac = new Float64Array(dc_w.length);
  for (let i = 0; i < dc_w.length; i++) {
    const dc = dc_w[i]!;
    if (dc > 0) ac[i] = pvwattsInverter(dc, pdc0Inverter, etaNominal);
  }
  return ac;
}
