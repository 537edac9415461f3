/**
 * The envelope heat losses of the 3CL-DPE 2021 method (§3 déperditions, §4 renouvellement d'air): `envelopeLosses`
 * composes the per-element models below.
 */
export { envelopeLosses, type EnvelopeLosses, type ElementLoss, type BridgeLoss } from './envelopeLosses';
export { envelopeContext, isEffetJoule, type EnvelopeContext } from './context';
export { reductionFactorB } from './reductionFactorB';
export { wallU, bareWallU, umur0Row, type WallU } from './wallU';
export { lowFloorU, ueFromTable, type LowFloorU } from './lowFloorU';
export { ceilingU, type CeilingU } from './ceilingU';
export { windowU, ugFromTable, uwFromTable, ujnFromTable, type WindowU } from './windowU';
export { doorU } from './doorU';
export { thermalBridgeK, type ThermalBridgeK, type EnvelopeElements } from './thermalBridgeK';
export { airRenewal, q4paConvFromTable, type AirRenewal, type AirRenewalInputs } from './airRenewal';
export { ventilationSurface } from './ventilationSurface';
export { tabulatedU, defaultUPeriod } from './tabulatedU';
export { insulatedU } from './insulatedU';
