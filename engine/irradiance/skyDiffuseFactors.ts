import { perezBrightness } from '../sky/perezBrightness';
import { HAY_DAVIES_MIN_COS_ZENITH } from '../sky/skyDiffuseHayDavies';
import { PEREZ_MIN_COS_ZENITH } from '../sky/skyDiffusePerez';
import type { SkyYear } from './types';

const RAD = Math.PI / 180;

/**
 * Split each hour's sky diffuse models into what depends on the plane and what does not, and compute the latter once
 * per sky year: cos z and sin z (the sun's side of cos θ), Perez's DHI·(1 − F1)/2, DHI·F1, DHI·F2 and
 * max(cos 85°, cos z) (perezBrightness: sky clearness bin, F1, F2), Hay-Davies's DHI·(1 − AI)/2, DHI·AI and
 * max(cos z, 0.01745). A plane then only multiplies them by its tilt factors and cos θ (preparePlane).
 *
 * Each product is formed with the same operands in the same order as the model's own function (sky/skyDiffusePerez,
 * sky/skyDiffuseHayDavies, sky/aoiCosine, from the zenith clamped to [0°, 180°] as planeHourParts does), so a plane
 * finishing them gets the hourly path's values to the last bit. No validation: preparePlane checks the hours it reads.
 *
 * @param zenith_deg apparent sun zenith per hour [°]
 * @param dhi diffuse horizontal irradiance per hour [W/m²]
 * @param dni direct normal irradiance per hour [W/m²]
 * @param dniExtra extraterrestrial normal irradiance per hour [W/m²]
 * @param airmass relative air mass per hour [-], NaN with the sun below the horizon
 */
export function skyDiffuseFactors(
  zenith_deg: Float64Array,
  dhi: Float32Array,
  dni: Float32Array,
  dniExtra: Float64Array,
  airmass: Float64Array,
): Pick<SkyYear, 'cosZenith' | 'sinZenith' | 'perez' | 'haydavies'> {
  const hours = zenith_deg.length;
  const cosZenith = new Float64Array(hours);
  const sinZenith = new Float64Array(hours);
  const perez = {
    dome_w_m2: new Float64Array(hours),
    circumsolar_w_m2: new Float64Array(hours),
    circumsolarDivisor: new Float64Array(hours),
    horizon_w_m2: new Float64Array(hours),
  };
  const haydavies = {
    dome_w_m2: new Float64Array(hours),
    circumsolar_w_m2: new Float64Array(hours),
    circumsolarDivisor: new Float64Array(hours),
  };
  for (let i = 0; i < hours; i++) {
    const zenith = Math.min(180, Math.max(0, zenith_deg[i]!));
    const d = dhi[i]!;
    cosZenith[i] = Math.cos(zenith * RAD);
    sinZenith[i] = Math.sin(zenith * RAD);
    perez.circumsolarDivisor[i] = Math.max(PEREZ_MIN_COS_ZENITH, cosZenith[i]!);
    if (!(d <= 0 || Number.isNaN(airmass[i]!))) {
      const { f1, f2 } = perezBrightness(zenith, d, dni[i]!, dniExtra[i]!, airmass[i]!);
      perez.dome_w_m2[i] = d * (1 - f1) * 0.5;
      perez.circumsolar_w_m2[i] = d * f1;
      perez.horizon_w_m2[i] = d * f2;
    }
    const anisotropy = dni[i]! / dniExtra[i]!;
    haydavies.dome_w_m2[i] = d * (1 - anisotropy) * 0.5;
    haydavies.circumsolar_w_m2[i] = d * anisotropy;
    haydavies.circumsolarDivisor[i] = Math.max(Math.cos((zenith * Math.PI) / 180), HAY_DAVIES_MIN_COS_ZENITH);
  }
  return { cosZenith, sinZenith, perez, haydavies };
}
