import type { LocalPoint } from '../geo/types';
import type { RoofPlane } from './planarFace';

/** A face before it is numbered: its plan outline and its plane. */
export interface RoofPiece {
  outline: LocalPoint[];
  plane: RoofPlane;
}

/** The faces of one footprint part and the height of its lowest eaves [m]. */
export interface PartRoof {
  pieces: RoofPiece[];
  eaves_m: number;
}
