/** Ground-mounted solar farms: layout of fixed-tilt rows, yield with inter-row shading, economics, sweep. See docs/farm.md. */
export { layoutFarm, SLIDE_STEP_M } from './layoutFarm';
export { farmYield } from './farmYield';
export { farmEconomics } from './farmEconomics';
export { sweepFarm, MAX_SWEEP_POINTS } from './sweepFarm';
export { parseFarmEconomics } from './parseFarmEconomics';
export { resolveFarmOptions } from './resolveFarmOptions';
export { solsticePitch, solsticeNoonElevation, OBLIQUITY_DEG } from './solsticePitch';
export { tableGeometry, MODULE_GAP_M, TABLE_GAP_M, DEFAULT_TABLE_COLUMNS } from './tableGeometry';
export type { TableGeometry } from './tableGeometry';
export { maskingAngle } from './maskingAngle';
export { maskingAnglePassias } from './maskingAnglePassias';
export { skyDiffusePassias } from './skyDiffusePassias';
export { shadedFraction1d } from './shadedFraction1d';
export { capitalRecoveryFactor } from './capitalRecoveryFactor';
export { farmPlaneParts } from './farmPlaneParts';
export type { FarmPlaneParts } from './farmPlaneParts';
export { farmYieldFromParts } from './farmYieldFromParts';
export { FARM_LOSSES_PCT } from './farmLosses';
export { checkRing, MAX_RING_VERTICES } from './checkRing';
export type {
  FarmEconomics,
  FarmEconomicsData,
  FarmFigure,
  FarmLayout,
  FarmLayoutOptions,
  FarmOptions,
  FarmPitch,
  FarmRow,
  FarmShadingGroups,
  FarmSweepPoint,
  FarmTable,
  FarmYield,
  FarmYieldOptions,
  Ring,
} from './types';
