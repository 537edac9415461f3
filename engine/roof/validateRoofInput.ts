import type { RoofInput } from './types';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkPitch(value: unknown, name: string): void {
  if (value === null) return;
  if (!finite(value) || value < 0 || value >= 90)
    throw new RangeError(`${name} must be within [0, 90) or null, got ${value}`);
}

function checkPoint(value: unknown, name: string): void {
  if (!Array.isArray(value) || value.length < 2 || !finite(value[0]) || !finite(value[1])) {
    throw new RangeError(`${name} must be a point [x_m, y_m] of finite numbers`);
  }
}

/**
 * Checks a roof input at the engine's boundary and throws a RangeError naming the first bad field.
 *
 * @param building the input of `roofFaces`
 */
export function validateRoofInput(building: RoofInput): void {
  if (!building || typeof building !== 'object') throw new RangeError('building must be an object');
  const { footprint, height_m, roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, levels, ridgeLine } = building;
  if (!Array.isArray(footprint) || footprint.length === 0)
    throw new RangeError('footprint must hold at least one part');
  footprint.forEach((part, i) => {
    if (!Array.isArray(part) || !Array.isArray(part[0]) || part[0].length < 4) {
      throw new RangeError(`footprint[${i}] must start with a closed exterior ring of at least 4 points`);
    }
    part.forEach((ring, j) => {
      if (!Array.isArray(ring)) throw new RangeError(`footprint[${i}][${j}] must be a ring`);
      ring.forEach((p, k) => checkPoint(p, `footprint[${i}][${j}][${k}]`));
    });
  });
  if (!finite(height_m) || height_m <= 0) throw new RangeError(`height_m must be a finite number > 0, got ${height_m}`);
  checkPitch(roof_pitch_deg, 'roof_pitch_deg');
  if (roof_direction_deg !== null && !finite(roof_direction_deg)) {
    throw new RangeError(`roof_direction_deg must be finite or null, got ${roof_direction_deg}`);
  }
  if (ridge_azimuth_deg !== null && !finite(ridge_azimuth_deg)) {
    throw new RangeError(`ridge_azimuth_deg must be finite or null, got ${ridge_azimuth_deg}`);
  }
  const rise = building.roof_rise_m ?? null;
  if (rise !== null && (!finite(rise) || rise < 0))
    throw new RangeError(`roof_rise_m must be ≥ 0 or null, got ${rise}`);
  if (levels !== null && (!finite(levels) || levels < 0))
    throw new RangeError(`levels must be ≥ 0 or null, got ${levels}`);
  if (building.usage != null && typeof building.usage !== 'string') {
    throw new RangeError(`usage must be a string or null, got ${String(building.usage)}`);
  }
  if (building.typology !== null && typeof building.typology !== 'string') {
    throw new RangeError(`typology must be a string or null, got ${String(building.typology)}`);
  }
  if (ridgeLine) {
    checkPoint(ridgeLine.from, 'ridgeLine.from');
    checkPoint(ridgeLine.to, 'ridgeLine.to');
    if (ridgeLine.from[0] === ridgeLine.to[0] && ridgeLine.from[1] === ridgeLine.to[1]) {
      throw new RangeError('ridgeLine.from and ridgeLine.to must differ');
    }
    if (!finite(ridgeLine.height_m) || ridgeLine.height_m <= 0) {
      throw new RangeError(`ridgeLine.height_m must be a finite number > 0, got ${ridgeLine.height_m}`);
    }
    checkPitch(ridgeLine.pitch_deg, 'ridgeLine.pitch_deg');
  }
}
