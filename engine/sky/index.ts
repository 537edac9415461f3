/** Sky: GHI decomposition (Erbs), angle of incidence, transposition of the sky diffuse, ground reflection. */
export { aoiCosine } from './aoiCosine';
export { erbs } from './erbs';
export type { Decomposition } from './erbs';
export { groundDiffuse } from './groundDiffuse';
export { skyDiffuse, isSkyModel, checkSkyModel } from './skyDiffuse';
export { skyDiffuseIsotropic } from './skyDiffuseIsotropic';
export { skyDiffuseHayDavies } from './skyDiffuseHayDavies';
export { skyDiffusePerez } from './skyDiffusePerez';
export { PEREZ_ALLSITES_COMPOSITE_1990, PEREZ_EPSILON_BIN_EDGES, perezEpsilonBin } from './perezCoefficients';
export { SKY_MODELS } from './types';
export type { SkyDiffuseInput, SkyDiffuseParts, SkyModel } from './types';
