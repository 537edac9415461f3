import { plugInKit, type Tariffs } from '../../../../engine/economics/index.js';
import type { SkyYear } from '../../../../engine/irradiance/index.js';
import type { Climate, PvOptions } from '../../../../engine/pv/index.js';
import { plugInKitModel } from '../../fixtures/loadFixture.js';
import { faceYield } from './faceYield.js';
import type { FaceRow } from './roofInputs.js';

/** The building's walls as pv/building_faces gives them (building_envelope): 8 sectors centred N, NE, … NW. */
export interface WallRow {
  exposed_wall_m: number[];
  obstruction_deg: number[];
}

/**
 * Where a kit can go (fixtures/homeowner: « a balcony, wall, garden or flat roof »): on the sunniest exposed wall
 * (vertical, a railing or a wall bracket), in the garden in front of it (on a ground frame), or on a flat roof (on
 * a frame). A pitched roof is not a kit's place: fixing modules on tiles is a roofer's job.
 */
export interface KitSpot {
  spot: 'wall' | 'garden' | 'flat_roof';
  tilt_deg: number;
  azimuth_deg: number;
  /** Plane-of-array irradiation behind the spot's horizon [kWh/m²/yr] */
  poa_kwh_m2: number;
  dc_w_per_kwp: Float32Array;
}

/** A wall takes a kit on ≥ 2 m of exposed length (one module wide, with room to fix it; assumption). */
const MIN_WALL_M = 2;
/** A flat roof face takes a kit framed at KIT_FRAME_TILT_DEG when it holds two modules' area (2 × 1.0 × 1.8 m). */
const MIN_FLAT_FACE_M2 = 3.6;
/** A face this flat or flatter is a flat roof [°] (below the pitch of any tiled roof; assumption). */
const FLAT_MAX_TILT_DEG = 10;
/** Ground and flat-roof kit frames: 30° (best tilt 30–35° at this latitude, francaise-solaire in fixtures/homeowner). */
const KIT_FRAME_TILT_DEG = 30;
/** Horizon sectors built for a wall or garden spot [°]. */
const SECTOR_DEG = 10;
/** building_envelope's obstruction angle holds within 60° of the wall's outward normal (its COMMENT). */
const OBSTRUCTION_HALF_ANGLE_DEG = 60;

const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/**
 * The kit spots of this building, each behind its horizon: the sunniest exposed wall facing east to west through
 * south (vertical, behind the neighbours in front — building_envelope's obstruction angle within 60° of the wall's
 * normal, open sky beyond), the garden in front of that wall (a frame at 30° facing the same way, behind the same
 * neighbours: the garden's own horizon is not known, the wall's is the nearest measure — an assumption), and the
 * largest flat roof face (a frame at 30° facing south, behind the face's mean horizon).
 */
export function kitSpots(
  skyKey: string,
  sky: SkyYear,
  climate: Climate,
  faces: FaceRow[],
  walls: WallRow | null | undefined,
  options: PvOptions,
): KitSpot[] {
  const spots: KitSpot[] = [];
  let wall: (KitSpot & { horizon: number[] }) | null = null;
  if (walls) {
    for (let k = 2; k <= 6; k++) {
      if (!(walls.exposed_wall_m[k]! >= MIN_WALL_M)) continue;
      const azimuth = k * 45;
      const obstruction = Math.max(0, Math.min(89, walls.obstruction_deg[k] ?? 0));
      const horizon: number[] = [];
      for (let c = SECTOR_DEG / 2; c < 360; c += SECTOR_DEG) {
        horizon.push(angleBetween(c, azimuth) <= OBSTRUCTION_HALF_ANGLE_DEG ? obstruction : 0);
      }
      const y = faceYield(skyKey, sky, climate, 90, azimuth, horizon, options);
      if (!wall || y.poa_kwh_m2 > wall.poa_kwh_m2)
        wall = { spot: 'wall', tilt_deg: 90, azimuth_deg: azimuth, horizon, ...y };
    }
  }
  if (wall) {
    const { horizon, ...spot } = wall;
    spots.push(spot);
    const g = faceYield(skyKey, sky, climate, KIT_FRAME_TILT_DEG, wall.azimuth_deg, horizon, options);
    spots.push({ spot: 'garden', tilt_deg: KIT_FRAME_TILT_DEG, azimuth_deg: wall.azimuth_deg, ...g });
  }
  const flat = faces
    .filter((f) => f.tilt_deg <= FLAT_MAX_TILT_DEG && f.area_m2 >= MIN_FLAT_FACE_M2)
    .sort((a, b) => b.area_m2 - a.area_m2)[0];
  if (flat) {
    const y = faceYield(skyKey, sky, climate, KIT_FRAME_TILT_DEG, 180, flat.horizon_deg, options);
    spots.push({ spot: 'flat_roof', tilt_deg: KIT_FRAME_TILT_DEG, azimuth_deg: 180, ...y });
  }
  return spots;
}

const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The plug-in kits of the homeowner fixture (or only the one of `modules`), each on the spot where it produces
 * most, against the household's hourly load: no surplus is paid (engine/economics plugInKit).
 */
export function plugInKitAnswers(spots: KitSpot[], load_kwh: Float64Array, tariffs: Tariffs, modules?: number) {
  const model = plugInKitModel();
  const kits = model.kits.filter((k) => modules === undefined || k.modules === modules);
  return kits.flatMap((kit) => {
    let best: { spot: KitSpot; result: ReturnType<typeof plugInKit> } | null = null;
    for (const spot of spots) {
      const result = plugInKit({
        kit,
        dc_w_per_kwp: spot.dc_w_per_kwp,
        load_kwh,
        microinverter_efficiency: model.microinverter_efficiency,
        lifetime_years: model.lifetime_years,
        retail_eur_kwh: tariffs.retail.price_eur_kwh_ttc.value,
        drift_pct_yr: tariffs.retail.drift_pct_yr.value,
        degradation_pct_yr: tariffs.pv.degradation_pct_yr.value,
        discount_rate_pct: tariffs.finance.discount_rate_pct.value,
      });
      if (!best || result.self_consumed_kwh > best.result.self_consumed_kwh) best = { spot, result };
    }
    if (!best) return [];
    const { spot, result } = best;
    return [
      {
        modules: kit.modules,
        kwp: kit.kwp,
        ac_w: kit.ac_w,
        price_eur: kit.price_eur_ttc,
        spot: spot.spot,
        tilt_deg: r1(spot.tilt_deg),
        azimuth_deg: r1(spot.azimuth_deg),
        annual_kwh: r0(result.annual_kwh),
        self_consumed_kwh: r0(result.self_consumed_kwh),
        unused_kwh: r0(result.unused_kwh),
        self_consumption_pct: r1(result.self_consumption_pct),
        savings_eur_yr: r0(result.savings_eur_yr),
        payback_years: result.payback_years === null ? null : r1(result.payback_years),
        npv_eur: r0(result.npv_eur),
        lifetime_years: model.lifetime_years,
      },
    ];
  });
}
