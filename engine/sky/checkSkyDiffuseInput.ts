import { checkAtLeast, checkRange } from '../geo/checkRange';
import type { SkyDiffuseInput, SkyModel } from './types';

/**
 * Validate the fields of a sky diffuse input that `model` reads; throws a RangeError naming the first bad field.
 * `airmass` may be NaN (sun below the horizon) but not negative.
 */
export function checkSkyDiffuseInput(input: Partial<SkyDiffuseInput>, model: SkyModel): void {
  checkRange('surfaceTilt', input.surfaceTilt as number, 0, 180);
  checkAtLeast('dhi', input.dhi as number, 0);
  if (model === 'isotropic') return;
  checkRange('surfaceAzimuth', input.surfaceAzimuth as number, 0, 360);
  checkRange('solarZenith', input.solarZenith as number, 0, 180);
  checkRange('solarAzimuth', input.solarAzimuth as number, 0, 360);
  checkAtLeast('dni', input.dni as number, 0);
  if (!((input.dniExtra as number) > 0 && Number.isFinite(input.dniExtra))) {
    throw new RangeError(`dniExtra must be a finite number > 0, got ${input.dniExtra}`);
  }
  if (model === 'perez' && !Number.isNaN(input.airmass)) checkAtLeast('airmass', input.airmass as number, 0);
}
