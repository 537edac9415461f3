import type { FaceGrid, RoofFace, Vec3 } from '../geo/types';

/** Front/back construction of a module, for the SAPM cell-temperature parameters. */
export type ModuleGlass = 'glass_glass' | 'glass_polymer';

/** A PV module as fixtures/modules/modules.json lists it (see its SOURCE.md). */
export interface ModuleSpec {
  id: string;
  manufacturer: string;
  model: string;
  /** Nameplate power at STC [Wp]. */
  wp: number;
  /** Long side of the frame [m]. */
  length_m: number;
  /** Short side of the frame [m]. */
  width_m: number;
  /** Module efficiency at STC [%]. */
  efficiency_pct: number;
  /** Temperature coefficient of Pmax [%/°C] (negative). */
  gamma_pdc_pct_per_c: number;
  glass: ModuleGlass;
  /** True for the one module used when none is chosen. */
  default?: boolean;
  source: { title: string; url: string; date: string };
  /** Figures not read in the datasheet, each with the reason for the value used. */
  assumptions?: string[];
}

/** portrait = long side up the slope (along v); landscape = long side along the eaves (along u). */
export type PanelOrientation = 'portrait' | 'landscape';

export interface LayoutOptions {
  /** Clear margin between every module and every edge of the face [m] (default `DEFAULT_SETBACK_M`). */
  setback_m?: number;
  /** Gap between neighbouring modules [m] (default `DEFAULT_GAP_M`). */
  gap_m?: number;
  /** Lowest annual irradiation a cell under a module may have [kWh/m²] (default 800, as the cadastre's usable area). */
  usableThreshold_kwh_m2?: number;
  /** 'auto' (default) keeps whichever orientation fits more modules. */
  orientation?: 'auto' | PanelOrientation;
}

/** One placed module. */
export interface Panel {
  /** Corners counter-clockwise seen from above, in the face plane lifted `MOUNTING_HEIGHT_M` along its normal [m]. */
  corners: [Vec3, Vec3, Vec3, Vec3];
  /** Centre of the module, lifted like the corners [m]. */
  center: Vec3;
  orientation: PanelOrientation;
  /** Mean annual irradiation of the grid samples under the module (the nearest cell's when none is) [kWh/m²]. */
  mean_kwh_m2: number;
}

/** The modules placed on one face. */
export interface FaceLayout {
  face_index: number;
  /** Orientation of the modules; null when none fits. */
  orientation: PanelOrientation | null;
  /** Modules row by row from the eaves up, each row from low to high u. */
  panels: Panel[];
  /** Slope of the face (and of its modules) [°]. */
  tilt_deg: number;
  /** Azimuth the face looks towards [°]. */
  azimuth_deg: number;
}

/** A face with its sample grid and the annual irradiation of each cell (index i + j·nu, null outside) [kWh/m²]. */
export interface FaceInput {
  face: RoofFace;
  grid: FaceGrid;
  sample_kwh_m2: ArrayLike<number | null>;
}

/** A panel of the whole roof with its face and its rank (1 = highest mean irradiation). */
export interface RankedPanel extends Panel {
  face_index: number;
  rank: number;
}

export interface RoofLayout {
  module_id: string;
  /** One layout per input face, in input order. */
  faces: FaceLayout[];
  /** Every panel, best mean_kwh_m2 first: the first n are the best n. */
  panels: RankedPanel[];
}
