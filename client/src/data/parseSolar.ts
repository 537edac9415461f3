/** Pure parsers for the solar parts of building answers: the summary (`properties.solar`) and the face list. */
import { idOrNull, isRecord, numberOrNull } from './json';
import type { FaceSolar, SolarSummary } from './types';

/** `properties.solar` → summary; null when absent or null (not computed yet). */
export function parseSolarSummary(json: unknown): SolarSummary | null {
  if (!isRecord(json)) return null;
  return {
    mean_kwh_m2: numberOrNull(json.mean_kwh_m2),
    best_kwh_m2: numberOrNull(json.best_kwh_m2),
    roofArea_m2: numberOrNull(json.roof_area_m2),
    usableArea_m2: numberOrNull(json.usable_area_m2),
    usable_kwh: numberOrNull(json.usable_kwh),
    shadingLoss_pct: numberOrNull(json.shading_loss_pct),
  };
}

/** `properties.roof_faces` → faces in index order; entries without orientation, area or irradiation are skipped. */
export function parseFaceSolar(json: unknown): FaceSolar[] {
  if (!Array.isArray(json)) return [];
  const faces: FaceSolar[] = [];
  for (const item of json) {
    if (!isRecord(item)) continue;
    const faceIndex = idOrNull(item.face_index);
    const tilt = numberOrNull(item.tilt_deg);
    const azimuth = numberOrNull(item.azimuth_deg);
    const area = numberOrNull(item.area_m2);
    const annual = numberOrNull(item.annual_kwh_m2);
    if (faceIndex === null || tilt === null || azimuth === null || area === null || annual === null) continue;
    faces.push({
      faceIndex,
      tilt_deg: tilt,
      azimuth_deg: azimuth,
      area_m2: area,
      annual_kwh_m2: annual,
      shadingLoss_pct: numberOrNull(item.shading_loss_pct),
      usableArea_m2: numberOrNull(item.usable_area_m2),
    });
  }
  return faces.sort((a, b) => a.faceIndex - b.faceIndex);
}
