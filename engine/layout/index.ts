/** Panel layout: modules packed on roof faces in their own planes, ranked by irradiation; the module catalogue. */
export {
  layoutFace,
  DEFAULT_GAP_M,
  DEFAULT_SETBACK_M,
  DEFAULT_USABLE_THRESHOLD_KWH_M2,
  MOUNTING_HEIGHT_M,
} from './layoutFace';
export { layoutRoof } from './layoutRoof';
export { parseModules, defaultModule, moduleById } from './parseModules';
export { validateModule } from './validateModule';
export { PHASES } from './packFace';
export type {
  FaceInput,
  FaceLayout,
  LayoutOptions,
  ModuleGlass,
  ModuleSpec,
  Panel,
  PanelOrientation,
  RankedPanel,
  RoofLayout,
} from './types';
