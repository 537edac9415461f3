import type { Horizon } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import { checkSkyModel } from '../sky/skyDiffuse';
import type { SkyModel } from '../sky/types';
import { diffuseShading } from './diffuseShading';
import { planeHourParts } from './planeHourParts';
import { sectorSky } from './planeSkyViewFactor';
import { sectorOf } from './sectorOf';
import type { SkyYear } from './types';

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;

/** True for a finite number ≥ 0. */
function isFiniteNonNegative(value: number): boolean {
  return value >= 0 && value < Infinity;
}

/** Plane-of-array irradiance of every hour of a sky year behind a horizon, split as the PV model needs it [W/m²]. */
export interface PlaneOfArrayComponents {
  hours: number;
  /** DNI·cos θ when the sun is up, in front of the plane and above the horizon profile in its sector; else 0. */
  beam_w_m2: Float64Array;
  /** Circumsolar sky diffuse, under the same visibility rule as the beam (it comes from around the sun's disc). */
  circumsolar_w_m2: Float64Array;
  /** Isotropic sky diffuse and horizon band, scaled by the point's diffuse shading (diffuseShading). */
  sky_w_m2: Float64Array;
  /** Ground-reflected irradiance (never shaded: the obstructions are taken to reflect like the ground). */
  ground_w_m2: Float64Array;
  /** Angle of incidence of the sun's rays [°]; 90 or more when the sun is behind the plane or below the horizon. */
  aoi_deg: Float64Array;
  /** Sky view factor used [-]. */
  skyViewFactor: number;
}

/**
 * Hour-by-hour plane-of-array parts with the integrator's shading rules (integratePoint): beam and circumsolar count
 * when the sun is above the horizon profile in its azimuth sector; isotropic diffuse and horizon darkening × SVF /
 * ((1 + cos β)/2), horizon brightening × the visible share of the band; ground reflection kept. Their sum, floored at
 * 0, is planeOfArrayHourly's global irradiance. The split lets the PV model apply an incidence-angle modifier per
 * part (beam and circumsolar at the sun's angle of incidence, sky and ground with Marion's integrals).
 *
 * @param sky the sky year (prepareSkyYear)
 * @param surfaceTilt plane tilt [°], within [0, 180]
 * @param surfaceAzimuth plane azimuth [°] clockwise from north, within [0, 360]
 * @param model sky diffuse model ('isotropic' | 'haydavies' | 'perez')
 * @param albedo ground reflectance [-], within [0, 1]
 * @param horizon obstruction elevation per azimuth sector [°] (≥ 4 sectors, from north clockwise), or null
 * @param skyViewFactor [-] within [0, 1]; default computed from the horizon
 */
export function planeOfArrayComponents(
  sky: SkyYear,
  surfaceTilt: number,
  surfaceAzimuth: number,
  model: SkyModel,
  albedo: number,
  horizon: Horizon | null = null,
  skyViewFactor?: number,
): PlaneOfArrayComponents {
  checkRange('surfaceTilt', surfaceTilt, 0, 180);
  checkRange('surfaceAzimuth', surfaceAzimuth, 0, 360);
  checkSkyModel(model);
  checkRange('albedo', albedo, 0, 1);
  const sectors = horizon === null ? 4 : horizon.length;
  if (horizon !== null && !(sectors >= 4)) throw new RangeError(`horizon must have at least 4 sectors, got ${sectors}`);
  const shading = diffuseShading(
    sectorSky(surfaceTilt, surfaceAzimuth, sectors),
    sectors,
    surfaceTilt,
    horizon,
    skyViewFactor,
  );
  const n = sky.hours;
  const out: PlaneOfArrayComponents = {
    hours: n,
    beam_w_m2: new Float64Array(n),
    circumsolar_w_m2: new Float64Array(n),
    sky_w_m2: new Float64Array(n),
    ground_w_m2: new Float64Array(n),
    aoi_deg: new Float64Array(n).fill(90),
    skyViewFactor: shading.skyViewFactor,
  };
  const { beam_w_m2: beamOut, circumsolar_w_m2: circumsolarOut, sky_w_m2: skyOut, ground_w_m2: groundOut } = out;
  const aoiOut = out.aoi_deg;
  const { isotropicScale, horizonBandScale } = shading;
  const { zenith_deg, azimuth_deg: sunAzimuth, elevation_deg, cosZenith, sinZenith, ghi, dni, dhi } = sky;
  const { dniExtra, airmass } = sky;
  const perez = model === 'perez';
  const haydavies = model === 'haydavies';
  const factors = perez ? sky.perez : sky.haydavies;
  const { dome_w_m2: dome, circumsolar_w_m2: circumsolarFactor, circumsolarDivisor } = factors;
  const horizonFactor = sky.perez.horizon_w_m2;
  // The tilt terms as each model writes them (Perez and aoiCosine: β·(π/180); the others: (β·π)/180), bit for bit.
  const tiltRad = surfaceTilt * RAD;
  const cosTilt = Math.cos(tiltRad);
  const sinTilt = Math.sin(tiltRad);
  const domeTilt = 1 + Math.cos(perez ? tiltRad : (surfaceTilt * Math.PI) / 180);
  const groundTilt = 1 - Math.cos((surfaceTilt * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    const g = ghi[i]!;
    const d = dhi[i]!;
    const b = dni[i]!;
    if (g === 0 && d === 0 && b === 0) continue;
    const zenith = zenith_deg[i]!;
    const azimuth = sunAzimuth[i]!;
    let cosAoi: number;
    let beam = 0;
    let circumsolar = 0;
    let iso: number;
    let horizonPart = 0;
    let ground: number;
    const extra = dniExtra[i]!;
    const mass = airmass[i]!;
    if (
      isFiniteNonNegative(g) &&
      isFiniteNonNegative(d) &&
      isFiniteNonNegative(b) &&
      zenith === zenith &&
      azimuth >= 0 &&
      azimuth <= 360 &&
      extra > 0 &&
      extra < Infinity &&
      (mass !== mass || isFiniteNonNegative(mass))
    ) {
      // Weather and sun every check of planeHourParts accepts: its parts from the sky year's plane-independent
      // factors (skyDiffuseFactors), the same operations on the same operands in the same order (planeHourSums).
      cosAoi = Math.min(
        1,
        Math.max(-1, cosTilt * cosZenith[i]! + sinTilt * sinZenith[i]! * Math.cos((azimuth - surfaceAzimuth) * RAD)),
      );
      if (perez) {
        iso = dome[i]! * domeTilt;
        circumsolar = (circumsolarFactor[i]! * Math.max(0, cosAoi)) / circumsolarDivisor[i]!;
        horizonPart = horizonFactor[i]! * sinTilt;
        if (!(iso + circumsolar + horizonPart > 0)) iso = circumsolar = horizonPart = 0;
      } else if (haydavies) {
        iso = Math.max(0, dome[i]! * domeTilt);
        circumsolar = Math.max(0, circumsolarFactor[i]! * (Math.max(0, cosAoi) / circumsolarDivisor[i]!));
      } else {
        iso = d * 0.5 * domeTilt;
      }
      ground = g * albedo * 0.5 * groundTilt;
      if (zenith < 90 && cosAoi > 0) beam = b * cosAoi;
    } else {
      // Weather the checks may refuse: the hour through planeHourParts, for its RangeError or its values.
      const p = planeHourParts(sky, i, surfaceTilt, surfaceAzimuth, model, albedo);
      cosAoi = p.cosAoi;
      beam = p.beam;
      circumsolar = p.circumsolar;
      iso = p.isotropic;
      horizonPart = p.horizon;
      ground = p.ground;
    }
    const domePart = horizonPart > 0 ? iso : iso + horizonPart;
    const band = horizonPart > 0 ? horizonPart : 0;
    skyOut[i] = isotropicScale * domePart + horizonBandScale * band;
    groundOut[i] = ground;
    if (zenith < 90 && cosAoi > 0) {
      aoiOut[i] = Math.acos(Math.min(1, cosAoi)) * DEG;
      const visible = horizon === null || elevation_deg[i]! > horizon[sectorOf(azimuth, sectors)]!;
      if (visible) {
        beamOut[i] = beam;
        circumsolarOut[i] = circumsolar;
      }
    }
  }
  return out;
}
