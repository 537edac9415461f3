import type { SkyModel } from '../sky/types';
import { planeHourParts } from './planeHourParts';
import { sectorOf } from './sectorOf';
import type { SkyYear } from './types';

const RAD = Math.PI / 180;

/** What a plane takes from each hour of a sky year before its hours are put into buckets (preparePlane). */
export interface PlaneHourSums {
  /** Isotropic sky diffuse per month [Wh/m²]. */
  isotropic_wh_m2: Float64Array;
  /** Positive horizon-band diffuse per month [Wh/m²]. */
  horizonBrightening_wh_m2: Float64Array;
  /** Negative horizon-band diffuse per month [Wh/m²]. */
  horizonDarkening_wh_m2: Float64Array;
  /** Ground-reflected irradiation per month [Wh/m²]. */
  ground_wh_m2: Float64Array;
  /** Beam DNI·cos θ of each hour that enters a bucket (sun up and in front, some beam or circumsolar) [Wh/m²]; else 0. */
  beamOf: Float64Array;
  /** Circumsolar diffuse of each hour that enters a bucket [Wh/m²]; else 0. */
  circumsolarOf: Float64Array;
  /** 1 + the bucket sector(sun azimuth)·12 + month of each hour that enters one; 0 for the others. */
  bucketOf: Uint32Array;
  /** Entries of bucket b at b + 1 (length sectors·12 + 1, first 0): bucketStart once summed (cumulativeBuckets). */
  bucketCount: Uint32Array;
}

/** True for a finite number ≥ 0. */
function isFiniteNonNegative(value: number): boolean {
  return value >= 0 && value < Infinity;
}

/**
 * Split every hour of a sky year on a plane into its parts with the rules of planeHourParts — beam DNI·cos θ and
 * circumsolar with the sun up and in front, isotropic, horizon band (Perez), ground GHI·ρ·(1 − cos β)/2 — but from
 * the sky year's plane-independent factors (skyDiffuseFactors): per hour one cosine for cos θ and a few products,
 * formed with the same operands in the same order as the model functions, so every value is theirs to the last bit.
 * Sums per month the parts that do not follow the sun; keeps by hour the beam, circumsolar and bucket of the hours
 * that enter a bucket, and counts each bucket's entries. The weather is checked as the hourly path checks it: an hour
 * it would refuse throws its RangeError.
 *
 * @param sky the sky year (prepareSkyYear)
 * @param tilt_deg plane tilt β [°], within [0, 180] (checked by the caller)
 * @param azimuth_deg plane azimuth γ [°], within [0, 360] (checked by the caller)
 * @param model sky diffuse model (checked by the caller)
 * @param albedo ground reflectance ρ [-], within [0, 1] (checked by the caller)
 * @param sectors azimuth sectors of the horizons, within [4, 3600] (checked by the caller)
 */
export function planeHourSums(
  sky: SkyYear,
  tilt_deg: number,
  azimuth_deg: number,
  model: SkyModel,
  albedo: number,
  sectors: number,
): PlaneHourSums {
  const { hours, month, zenith_deg, azimuth_deg: sunAzimuth, cosZenith, sinZenith, ghi, dni, dhi } = sky;
  const perez = model === 'perez';
  const factors = perez ? sky.perez : sky.haydavies;
  const { dome_w_m2: dome, circumsolar_w_m2: circumsolarFactor, circumsolarDivisor } = factors;
  const horizonFactor = sky.perez.horizon_w_m2;
  // The tilt terms as each model writes them (Perez and aoiCosine: β·(π/180); the others: (β·π)/180), bit for bit.
  const tiltRad = tilt_deg * RAD;
  const cosTilt = Math.cos(tiltRad);
  const sinTilt = Math.sin(tiltRad);
  const domeTilt = 1 + Math.cos(perez ? tiltRad : (tilt_deg * Math.PI) / 180);
  const groundTilt = 1 - Math.cos((tilt_deg * Math.PI) / 180);
  // Built before the loop and only filled in it: nothing runs after the loop that the JIT has not seen yet.
  const sums: PlaneHourSums = {
    isotropic_wh_m2: new Float64Array(12),
    horizonBrightening_wh_m2: new Float64Array(12),
    horizonDarkening_wh_m2: new Float64Array(12),
    ground_wh_m2: new Float64Array(12),
    beamOf: new Float64Array(hours),
    circumsolarOf: new Float64Array(hours),
    bucketOf: new Uint32Array(hours),
    bucketCount: new Uint32Array(sectors * 12 + 1),
  };
  const { isotropic_wh_m2: isotropic, horizonBrightening_wh_m2: brightening, ground_wh_m2: ground } = sums;
  const { horizonDarkening_wh_m2: darkening, beamOf, circumsolarOf, bucketOf, bucketCount } = sums;
  for (let i = 0; i < hours; i++) {
    const g = ghi[i]!;
    const d = dhi[i]!;
    const n = dni[i]!;
    // A dark hour (the night: half the year) adds exact zeros to every sum and enters no bucket.
    if (g === 0 && d === 0 && n === 0) continue;
    if (!(isFiniteNonNegative(g) && isFiniteNonNegative(d) && isFiniteNonNegative(n))) {
      // Weather the model's checks may refuse (the sun's values come from prepareSkyYear, always in range): the
      // hourly path throws its RangeError for this hour, as it always did, or lets it through.
      planeHourParts(sky, i, tilt_deg, azimuth_deg, model, albedo);
    }
    const m = month[i]!;
    const sunUp = zenith_deg[i]! < 90;
    let cosAoi = 0;
    if (sunUp || (perez && circumsolarFactor[i] !== 0)) {
      const azimuthRad = (sunAzimuth[i]! - azimuth_deg) * RAD;
      cosAoi = Math.min(1, Math.max(-1, cosTilt * cosZenith[i]! + sinTilt * sinZenith[i]! * Math.cos(azimuthRad)));
    }
    let iso: number;
    let circumsolar = 0;
    let horizon = 0;
    if (perez) {
      iso = dome[i]! * domeTilt;
      circumsolar = (circumsolarFactor[i]! * Math.max(0, cosAoi)) / circumsolarDivisor[i]!;
      horizon = horizonFactor[i]! * sinTilt;
      if (!(iso + circumsolar + horizon > 0)) iso = circumsolar = horizon = 0;
    } else if (model === 'haydavies') {
      iso = Math.max(0, dome[i]! * domeTilt);
      circumsolar = Math.max(0, circumsolarFactor[i]! * (Math.max(0, cosAoi) / circumsolarDivisor[i]!));
    } else {
      iso = d * 0.5 * domeTilt;
    }
    isotropic[m] = isotropic[m]! + iso;
    if (horizon > 0) brightening[m] = brightening[m]! + horizon;
    else darkening[m] = darkening[m]! + horizon;
    ground[m] = ground[m]! + g * albedo * 0.5 * groundTilt;
    if (sunUp && cosAoi > 0) {
      const beam = n * cosAoi;
      if (beam > 0 || circumsolar > 0) {
        const b = sectorOf(sunAzimuth[i]!, sectors) * 12 + m;
        beamOf[i] = beam;
        circumsolarOf[i] = circumsolar;
        bucketOf[i] = b + 1;
        bucketCount[b + 1] = bucketCount[b + 1]! + 1;
      }
    }
  }
  return sums;
}
