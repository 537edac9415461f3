import { checkSkyDiffuseInput } from './checkSkyDiffuseInput';
import type { SkyDiffuseInput, SkyDiffuseParts } from './types';

/**
 * Sky diffuse irradiance on a tilted plane under a uniform (isotropic) sky: the plane sees the fraction
 * (1 + cos β)/2 of the sky dome,
 *
 *   E_sky = DHI·(1 + cos β)/2
 *
 * Liu, B. Y. H. & Jordan, R. C. (1963) "The long-term average performance of flat-plate solar-energy collectors",
 * Solar Energy 7(2): 53-74, doi:10.1016/0038-092X(63)90006-9 (as Loutzenhiser et al. 2007, Solar Energy 81(2):
 * 254-267, doi:10.1016/j.solener.2006.03.009, eq. 3; pvlib `irradiance.isotropic`).
 *
 * @param input surfaceTilt β [°] within [0, 180], dhi [W/m²] ≥ 0
 * @returns all of it in `isotropic` [W/m²]; circumsolar and horizon are 0
 * @example skyDiffuseIsotropic({ surfaceTilt: 40, dhi: 100 }).isotropic // ≈ 88.302
 */
export function skyDiffuseIsotropic(input: Pick<SkyDiffuseInput, 'surfaceTilt' | 'dhi'>): SkyDiffuseParts {
  checkSkyDiffuseInput(input, 'isotropic');
  const isotropic = input.dhi * 0.5 * (1 + Math.cos((input.surfaceTilt * Math.PI) / 180));
  return { isotropic, circumsolar: 0, horizon: 0 };
}
