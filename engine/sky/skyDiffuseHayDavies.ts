import { aoiCosine } from './aoiCosine';
import { checkSkyDiffuseInput } from './checkSkyDiffuseInput';
import type { SkyDiffuseInput, SkyDiffuseParts } from './types';

/** Floor on cos z in the beam ratio Rb (cos 89°), as pvlib (GH 432), so Rb stays finite at sunrise and sunset. */
export const HAY_DAVIES_MIN_COS_ZENITH = 0.01745;

/**
 * Sky diffuse irradiance on a tilted plane by Hay & Davies: a share of the diffuse, the anisotropy index
 * AI = DNI/E₀, comes from the sun's direction (circumsolar, projected like the beam); the rest is isotropic:
 *
 *   E_sky = DHI·[AI·Rb + (1 − AI)·(1 + cos β)/2],  Rb = max(cos θ, 0)/max(cos z, 0.01745)
 *
 * Hay, J. E. & Davies, J. A. (1980) "Calculation of the solar radiation incident on an inclined surface", in
 * Proc. First Canadian Solar Radiation Data Workshop, Hay & Won (eds.), Ministry of Supply and Services Canada,
 * pp. 59-72 (no DOI); equation as Loutzenhiser et al. 2007, Solar Energy 81(2): 254-267,
 * doi:10.1016/j.solener.2006.03.009, eq. 7; pvlib `irradiance.haydavies` (each part clipped at 0).
 *
 * @param input plane and sun angles [°], dhi and dni [W/m²], dniExtra [W/m²] (airmass not read)
 * @returns isotropic and circumsolar [W/m²]; horizon is 0
 * @example skyDiffuseHayDavies({ surfaceTilt: 40, surfaceAzimuth: 180, solarZenith: 10.564, solarAzimuth: 144.77,
 *   dhi: 118.46, dni: 939.95, dniExtra: 1321.17 }) // ≈ { isotropic: 30.18, circumsolar: 72.81, horizon: 0 }
 */
export function skyDiffuseHayDavies(input: Omit<SkyDiffuseInput, 'airmass'>): SkyDiffuseParts {
  checkSkyDiffuseInput(input, 'haydavies');
  const { surfaceTilt, surfaceAzimuth, solarZenith, solarAzimuth, dhi, dni, dniExtra } = input;
  const cosAoi = Math.max(0, aoiCosine(surfaceTilt, surfaceAzimuth, solarZenith, solarAzimuth));
  const beamRatio = cosAoi / Math.max(Math.cos((solarZenith * Math.PI) / 180), HAY_DAVIES_MIN_COS_ZENITH);
  const anisotropy = dni / dniExtra;
  const isotropic = Math.max(0, dhi * (1 - anisotropy) * 0.5 * (1 + Math.cos((surfaceTilt * Math.PI) / 180)));
  const circumsolar = Math.max(0, dhi * anisotropy * beamRatio);
  return { isotropic, circumsolar, horizon: 0 };
}
