import { skyDiffuseHayDavies } from './skyDiffuseHayDavies';
import { skyDiffuseIsotropic } from './skyDiffuseIsotropic';
import { skyDiffusePerez } from './skyDiffusePerez';
import { SKY_MODELS, type SkyDiffuseInput, type SkyDiffuseParts, type SkyModel } from './types';

const MODELS: Record<SkyModel, (input: SkyDiffuseInput) => SkyDiffuseParts> = {
  isotropic: skyDiffuseIsotropic,
  haydavies: skyDiffuseHayDavies,
  perez: skyDiffusePerez,
};

/** True when `name` is one of the sky diffuse models the dispatcher knows. */
export function isSkyModel(name: unknown): name is SkyModel {
  return typeof name === 'string' && Object.hasOwn(MODELS, name);
}

/** Throw a RangeError naming the argument unless `name` is a known sky model. */
export function checkSkyModel(name: unknown, argument = 'model'): asserts name is SkyModel {
  if (!isSkyModel(name)) {
    throw new RangeError(`${argument} must be one of ${SKY_MODELS.join(', ')}, got ${String(name)}`);
  }
}

/**
 * Sky diffuse irradiance on a tilted plane by the chosen transposition model, split into its parts [W/m²]:
 * 'isotropic' (Liu & Jordan 1963), 'haydavies' (Hay & Davies 1980), 'perez' (Perez et al. 1990, the project's
 * default). Each model's reference and equation are in its own file.
 *
 * @param model 'isotropic' | 'haydavies' | 'perez'; anything else throws a RangeError
 * @param input plane and sun angles [°], dhi, dni, dniExtra [W/m²], airmass [-]
 * @example skyDiffuse('isotropic', { ...input, surfaceTilt: 0 }).isotropic // = input.dhi
 */
export function skyDiffuse(model: SkyModel, input: SkyDiffuseInput): SkyDiffuseParts {
  checkSkyModel(model);
  return MODELS[model](input);
}
