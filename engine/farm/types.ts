/** Shapes of the ground-mounted farm engine (engine/farm). Lengths in m, areas in m², power in kWp, energy in kWh. */
import type { ModuleSpec } from '../layout/types';
import type { PvOptions } from '../pv/types';

/** A ring in the local metric frame (x east, y north) [m], closed or open. */
export type Ring = [number, number][];

/** How the row pitch is chosen: from a ground coverage ratio, or from the winter-solstice noon no-shading rule. */
export type FarmPitch = { kind: 'gcr'; gcr: number } | { kind: 'solstice' };

/** Table types: 2 modules portrait (long side up the slope) or 3 landscape, per table column. */
export type FarmTable = '2P' | '3L';

export interface FarmOptions {
  /** Module tilt [°], within (0, 60]; default 25. */
  tilt_deg?: number;
  /** Direction the rows face [°] clockwise from north, within [90, 270]; default 180. */
  azimuth_deg?: number;
  /** Default '2P'. */
  table?: FarmTable;
  /** Default { kind: 'gcr', gcr: 0.4 }. */
  pitch?: FarmPitch;
  /** Clear margin inside the site boundary [m], within [0, 500]; default 10. */
  setback_m?: number;
  /** An internal road after every N rows, N within [1, 1000]; default 10. */
  road_every_rows?: number;
  /** Width of an internal road [m], within [0, 50]; default 5. */
  road_width_m?: number;
  /** Module columns per table, within [1, 100]; default 12 for 2P (24 modules), 8 for 3L (24 modules). */
  table_columns?: number;
  /** The module (required by layoutFarm; the API passes fixtures/farm/modules.json's default). */
  module?: ModuleSpec;
}

/** FarmOptions with the module given: what layoutFarm and sweepFarm take. */
export type FarmLayoutOptions = FarmOptions & { module: ModuleSpec };

/** Every option with its value, checked (resolveFarmOptions). */
export interface ResolvedFarmOptions {
  tilt_deg: number;
  azimuth_deg: number;
  table: FarmTable;
  pitch: FarmPitch;
  setback_m: number;
  road_every_rows: number;
  road_width_m: number;
  table_columns: number;
  module: ModuleSpec;
}

/** A run of abutted tables in one row. */
export interface FarmRow {
  /** Horizontal footprint, 4 corners counter-clockwise [m] (local frame). */
  corners: [number, number][];
  tables: number;
  modules: number;
  /** Row number from the front (0 = the row nearest the direction the rows face, never shaded by another). */
  index: number;
}

/** Modules by inter-row shading situation: what the yield model needs from the layout. */
export interface FarmShadingGroups {
  /** Modules with no row in front of them (the front row, and row ends that overhang the row in front). */
  open_modules: number;
  /** Modules behind a row at the normal pitch. */
  inner_modules: number;
  /** Modules behind a row across an internal road (pitch + road width). */
  after_road_modules: number;
}

export interface FarmLayout {
  rows: FarmRow[];
  modules: number;
  /** DC rating at STC [kWp]. */
  kwp: number;
  /** Row-to-row distance, front edge to front edge, within a block [m]. */
  pitch_m: number;
  /** Slant height over pitch [-]. */
  gcr: number;
  /** Table height along the slope [m]. */
  slant_height_m: number;
  /** Area inside the setback and outside the exclusions [m²] (estimated on a grid, see buildableArea). */
  buildable_area_m2: number;
  /** Area of the site ring [m²]. */
  site_area_m2: number;
  /** Geometry the yield model uses. */
  tilt_deg: number;
  azimuth_deg: number;
  road_width_m: number;
  module: ModuleSpec;
  shading: FarmShadingGroups;
}

/** PV-chain choices for farmYield; the geometry always comes from the layout. */
export interface FarmYieldOptions extends Pick<
  PvOptions,
  'model' | 'albedo' | 'losses_pct' | 'iam' | 'dcAcRatio' | 'inverterEfficiency'
> {
  /** Accepted so that a FarmOptions object can be passed; must then equal the layout's. */
  tilt_deg?: number;
  /** Accepted so that a FarmOptions object can be passed; must then equal the layout's. */
  azimuth_deg?: number;
}

export interface FarmYield {
  annual_kwh: number;
  /** January first [kWh]. */
  monthly_kwh: number[];
  /** [kWh/kWp] */
  specific_yield_kwh_kwp: number;
  /** IEC 61724-1 final over reference yield, the reference being the unshaded plane of array [-]. */
  performance_ratio: number;
  /** Inter-row shading loss: 1 − AC with shading / AC with every row open [%]. */
  shading_loss_pct: number;
  /** Annual irradiation on the unshaded plane (site horizon included) [kWh/m²]. */
  poa_kwh_m2: number;
  kwp: number;
}

/** One figure of fixtures/farm/economics.json. */
export interface FarmFigure {
  value: number;
  source: string;
  date?: string;
  assumption?: string;
}

/** fixtures/farm/economics.json, validated (parseFarmEconomics). */
export interface FarmEconomicsData {
  compiled_on: string;
  sources: { id: string; title: string; url: string; publisher: string; date: string }[];
  /** [€/Wp] */
  capex_eur_per_wp: FarmFigure;
  /** [€/kWp/yr] */
  opex_eur_per_kwp_yr: FarmFigure;
  /** [%/yr] */
  discount_rate_pct: FarmFigure;
  /** [yr] */
  life_years: FarmFigure;
  /** [%/yr] */
  degradation_pct_yr: FarmFigure;
  /** [kWh/yr] */
  household_kwh_yr: FarmFigure;
  /** [kg CO2/kWh] */
  co2_kg_kwh: FarmFigure;
  /** Reference only [€/MWh]. */
  tender_price_eur_mwh: FarmFigure;
}

export interface FarmEconomics {
  capex_eur: number;
  opex_eur_yr: number;
  /** Levelised cost with a capital recovery factor and degradation [€/MWh]. */
  lcoe_eur_mwh: number;
  /** Year-1 production over a household's consumption [-]. */
  households: number;
  /** [t CO2/yr] */
  co2_avoided_t_yr: number;
  assumptions: {
    capex_eur_per_wp: number;
    opex_eur_per_kwp_yr: number;
    discount_rate_pct: number;
    life_years: number;
    degradation_pct_yr: number;
    capital_recovery_factor: number;
    household_kwh_yr: number;
    co2_kg_kwh: number;
    tender_price_eur_mwh: number;
    compiled_on: string;
  };
}

export interface FarmSweepPoint {
  tilt_deg: number;
  gcr: number;
  mwp: number;
  mwh_yr: number;
  specific_yield_kwh_kwp: number;
}
