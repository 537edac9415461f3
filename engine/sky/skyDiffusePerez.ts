import { aoiCosine } from './aoiCosine';
import { checkSkyDiffuseInput } from './checkSkyDiffuseInput';
import { perezBrightness } from './perezBrightness';
import type { SkyDiffuseInput, SkyDiffuseParts } from './types';

const RAD = Math.PI / 180;
/** Floor on cos z in the circumsolar ratio a/b: cos 85° (Perez et al. 1990). */
export const PEREZ_MIN_COS_ZENITH = Math.cos(85 * RAD);
const ZERO: SkyDiffuseParts = { isotropic: 0, circumsolar: 0, horizon: 0 };

/**
 * Sky diffuse irradiance on a tilted plane by the Perez 1990 model: an isotropic dome, a circumsolar disc and a
 * horizon band whose weights F1, F2 depend on the sky's clearness ε and brightness Δ (perezBrightness.ts):
 *
 *   ε = ((DHI + DNI)/DHI + κ·z³) / (1 + κ·z³)      κ = 1.041, z = apparent zenith [rad]   (sky clearness)
 *   Δ = DHI·AM/E₀                                    AM: Kasten-Young relative air mass    (sky brightness)
 *   F1 = max(0, f11 + f12·Δ + f13·z),  F2 = f21 + f22·Δ + f23·z   (coefficients of ε's bin)
 *   E_sky = DHI·[(1 − F1)·(1 + cos β)/2 + F1·a/b + F2·sin β],  a = max(0, cos θ), b = max(cos 85°, cos z)
 *
 * Perez, R., Ineichen, P., Seals, R., Michalsky, J. & Stewart, R. (1990) "Modeling daylight availability and
 * irradiance components from direct and global irradiance", Solar Energy 44(5): 271-289,
 * doi:10.1016/0038-092X(90)90055-H, coefficient set "allsitescomposite1990" (perezCoefficients.ts).
 *
 * Conventions of pvlib `irradiance.perez` (so results compare one to one): F2 is not clipped, so the horizon part may
 * be negative; when DHI = 0 or the air mass is NaN (sun below the horizon) everything is 0; when the three parts sum
 * to less than 0 the sky diffuse is 0 and so are all three parts (pvlib's `return_components` mask), so the parts
 * always add up to the plane's sky diffuse.
 *
 * @param input plane and sun angles [°], dhi, dni, dniExtra [W/m²], airmass [-] (NaN below the horizon)
 * @returns isotropic, circumsolar and horizon parts [W/m²]
 * @example skyDiffusePerez({ surfaceTilt: 40, surfaceAzimuth: 180, solarZenith: 10.564, solarAzimuth: 144.77,
 *   dhi: 118.46, dni: 939.95, dniExtra: 1321.17, airmass: 1.0169 }) // parts sum ≈ 109.08
 */
export function skyDiffusePerez(input: SkyDiffuseInput): SkyDiffuseParts {
  checkSkyDiffuseInput(input, 'perez');
  const { surfaceTilt, surfaceAzimuth, solarZenith, solarAzimuth, dhi, dni, dniExtra, airmass } = input;
  if (dhi <= 0 || Number.isNaN(airmass)) return { ...ZERO };
  const { f1, f2 } = perezBrightness(solarZenith, dhi, dni, dniExtra, airmass);
  const a = Math.max(0, aoiCosine(surfaceTilt, surfaceAzimuth, solarZenith, solarAzimuth));
  const b = Math.max(PEREZ_MIN_COS_ZENITH, Math.cos(solarZenith * RAD));
  const tiltRad = surfaceTilt * RAD;
  const isotropic = dhi * (1 - f1) * 0.5 * (1 + Math.cos(tiltRad));
  const circumsolar = (dhi * f1 * a) / b;
  const horizon = dhi * f2 * Math.sin(tiltRad);
  if (!(isotropic + circumsolar + horizon > 0)) return { ...ZERO };
  return { isotropic, circumsolar, horizon };
}
