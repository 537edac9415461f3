/** Shapes of the irradiance integrator: a sky year per weather × location, a table per plane orientation. */
import type { SkyModel } from '../sky/types';

/** Where and when to put the sun for a typical year. */
export interface SkyYearOptions {
  /** Site latitude [°], within [-90, 90]. */
  latitude_deg: number;
  /** Site longitude [°], within [-180, 180]. */
  longitude_deg: number;
  /**
   * Minutes added to each hour's UTC label before computing the sun position [min], within [-60, 60]. Default
   * {@link DEFAULT_TIME_OFFSET_MINUTES} (see prepareSkyYear.ts for why).
   */
  timeOffsetMinutes?: number;
}

/** Sun and irradiance of every hour of a typical year at one location (prepareSkyYear). */
export interface SkyYear {
  latitude_deg: number;
  longitude_deg: number;
  timeOffsetMinutes: number;
  /** Number of hours (8760 for a typical year). */
  hours: number;
  /** Sun azimuth [°] clockwise from north, at label + offset. */
  azimuth_deg: Float64Array;
  /** Apparent sun zenith [°]. */
  zenith_deg: Float64Array;
  /** Apparent sun elevation [°] (= 90 − zenith). */
  elevation_deg: Float64Array;
  /** Global horizontal irradiance [W/m²] (the weather's array, not copied). */
  ghi: Float32Array;
  /** Direct normal irradiance [W/m²] (the weather's array). */
  dni: Float32Array;
  /** Diffuse horizontal irradiance [W/m²] (the weather's array). */
  dhi: Float32Array;
  /** Extraterrestrial normal irradiance [W/m²]. */
  dniExtra: Float64Array;
  /** Relative air mass (Kasten-Young) [-]; NaN when the sun is below the horizon. */
  airmass: Float64Array;
  /** Month of each hour's label, 0 = January … 11 = December. */
  month: Uint8Array;
  /*
   * What follows is derived from the fields above by prepareSkyYear, once for every plane: it goes stale if the
   * weather's arrays are changed afterwards, so build a SkyYear only with prepareSkyYear.
   */
  /** cos z of the apparent zenith clamped to [0°, 180°] [-]: the sun's share of cos θ (sky/aoiCosine). */
  cosZenith: Float64Array;
  /** sin z of the same zenith [-]. */
  sinZenith: Float64Array;
  /**
   * Hours with the sun above the horizon (zenith < 90°), from the highest sun to the lowest (equal elevations in
   * hour order): the order in which preparePlane accumulates every bucket, so that no plane sorts.
   */
  sunUpByElevation: Uint32Array;
  /** Plane-independent factors of the Perez sky diffuse per hour (sky/skyDiffusePerez). */
  perez: PerezFactors;
  /** Plane-independent factors of the Hay-Davies sky diffuse per hour (sky/skyDiffuseHayDavies). */
  haydavies: HayDaviesFactors;
}

/**
 * The Perez 1990 sky diffuse of one hour on a plane of tilt β is isotropic = dome·(1 + cos β), circumsolar =
 * circumsolar·max(0, cos θ)/circumsolarDivisor and horizon = horizon·sin β, all three 0 when they sum below 0
 * (skyDiffusePerez). These are the factors that do not depend on the plane; all 0 for an hour with DHI = 0 or the sun
 * below the horizon (NaN air mass), where the model gives nothing.
 */
export interface PerezFactors {
  /** DHI·(1 − F1)/2 [W/m²]. */
  dome_w_m2: Float64Array;
  /** DHI·F1 [W/m²]. */
  circumsolar_w_m2: Float64Array;
  /** max(cos 85°, cos z) [-], the b of the circumsolar ratio a/b. */
  circumsolarDivisor: Float64Array;
  /** DHI·F2 [W/m²], of either sign. */
  horizon_w_m2: Float64Array;
}

/**
 * The Hay-Davies sky diffuse of one hour on a plane of tilt β is isotropic = max(0, dome·(1 + cos β)) and
 * circumsolar = max(0, circumsolar·max(0, cos θ)/circumsolarDivisor) (skyDiffuseHayDavies), with these factors that
 * do not depend on the plane (AI = DNI/E₀, the anisotropy index).
 */
export interface HayDaviesFactors {
  /** DHI·(1 − AI)/2 [W/m²]. */
  dome_w_m2: Float64Array;
  /** DHI·AI [W/m²]. */
  circumsolar_w_m2: Float64Array;
  /** max(cos z, 0.01745) [-], the divisor of the beam ratio Rb. */
  circumsolarDivisor: Float64Array;
}

/** Orientation and model of a plane (a roof face). */
export interface PlaneOptions {
  /** Plane tilt [°], within [0, 180]. */
  tilt_deg: number;
  /** Direction the plane faces [°] clockwise from north, within [0, 360]. */
  azimuth_deg: number;
  /** Sky diffuse transposition model. */
  model: SkyModel;
  /** Ground reflectance [-], within [0, 1]; default 0.2. */
  albedo?: number;
  /** Azimuth sectors of the horizons this table will be used with, within [4, 3600]; default 72 (5° each). */
  sectors?: number;
}

/** Per-sector sky geometry of a plane, for its sky view factor under a horizon (planeSkyViewFactor.ts). */
export interface SectorSky {
  /** sin β·cos(φs − γ) per sector [-]. */
  a: Float64Array;
  /** cos β [-]. */
  b: number;
  /** Lowest and highest elevation of the sky the plane sees in each sector [rad]; low ≥ high when none. */
  visibleLow_rad: Float64Array;
  visibleHigh_rad: Float64Array;
  /** Cosine-weighted sky integral of each sector with no obstruction [sr]. */
  open: Float64Array;
  /** Sum of `open` [sr]. */
  openTotal: number;
  /** Weight of each sector in the band the plane faces, max(0, cos(φs − γ)) normalised to sum 1 (unused at β = 0). */
  bandWeight: Float64Array;
}

/**
 * Cumulative sun/sky table of one plane orientation over a sky year (preparePlane.ts). Hours with the sun up and in
 * front of the plane are grouped in buckets b = sector·12 + month, sorted by sun elevation from the top down, and
 * their beam and circumsolar irradiation accumulated in that order; the parts that do not follow the sun are summed
 * per month.
 */
export interface PlaneTable {
  tilt_deg: number;
  azimuth_deg: number;
  model: SkyModel;
  albedo: number;
  sectors: number;
  /** Bucket b holds entries [bucketStart[b], bucketStart[b + 1]); length sectors·12 + 1. */
  bucketStart: Uint32Array;
  /** Sun elevation of each entry [°], decreasing within a bucket. */
  elevation_deg: Float64Array;
  /** Beam on the plane, DNI·cos θ, summed from the bucket's first entry to this one (included) [Wh/m²]. */
  beamCumulative_wh_m2: Float64Array;
  /** Circumsolar diffuse on the plane, summed the same way [Wh/m²]. */
  circumsolarCumulative_wh_m2: Float64Array;
  /** Isotropic sky diffuse on the unobstructed plane, per month [Wh/m²]. */
  isotropic_wh_m2: Float64Array;
  /** Positive (brightening) horizon-band diffuse per month [Wh/m²]; removed by an obstructed horizon. */
  horizonBrightening_wh_m2: Float64Array;
  /** Negative (darkening) horizon-band diffuse per month [Wh/m²]; scaled with the isotropic dome. */
  horizonDarkening_wh_m2: Float64Array;
  /** Ground-reflected irradiation per month [Wh/m²]. */
  ground_wh_m2: Float64Array;
  /** Sky geometry per sector for the sky view factor and the horizon band. */
  sky: SectorSky;
}

/** Irradiation received by one point over the typical year. */
export interface PointIrradiation {
  /** Total on the plane [kWh/m²]. */
  annual_kwh_m2: number;
  /** Total per month, January first [kWh/m²]. */
  monthly_kwh_m2: Float64Array;
  /** Beam on the plane [kWh/m²]. */
  beam_kwh_m2: number;
  /** Sky diffuse: circumsolar + isotropic + horizon band [kWh/m²]. */
  diffuse_kwh_m2: number;
  /** Ground-reflected [kWh/m²]. */
  ground_kwh_m2: number;
  /** Sky view factor of the point used for the isotropic diffuse [-]. */
  skyViewFactor: number;
}
