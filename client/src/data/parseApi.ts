/** Pure parsers for the small JSON answers: extent, one building, search results, errors. */
import { idOrNull, isLonLat, isRecord, numberOrNull, stringOrNull } from './json';
import { parseFaceSolar, parseSolarSummary } from './parseSolar';
import type { Bbox, BuildingDetail, Extent, SearchResult } from './types';

export function parseExtent(json: unknown): Extent {
  if (!isRecord(json)) throw new TypeError('extent: expected an object');
  const { bbox, center } = json;
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new TypeError('extent.bbox: expected [minLon, minLat, maxLon, maxLat]');
  }
  const [minLon, minLat, maxLon, maxLat] = bbox as Bbox;
  if (minLon > maxLon || minLat > maxLat)
    throw new RangeError(`extent.bbox: min greater than max in ${JSON.stringify(bbox)}`);
  const centre: [number, number] = isLonLat(center)
    ? [center[0], center[1]]
    : [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
  return {
    bbox: [minLon, minLat, maxLon, maxLat],
    center: centre,
    buildings: numberOrNull(json.buildings) ?? 0,
    obstacles: numberOrNull(json.obstacles) ?? 0,
  };
}

export function parseBuildingDetail(json: unknown): BuildingDetail {
  if (!isRecord(json) || json.type !== 'Feature') throw new TypeError('building: expected a GeoJSON Feature');
  const props = isRecord(json.properties) ? json.properties : {};
  const id = idOrNull(json.id) ?? idOrNull(props.id);
  if (id === null) throw new TypeError('building.id: expected an integer');
  return {
    id,
    name: stringOrNull(props.name),
    address: stringOrNull(props.address),
    addressSynthetic: props.address_synthetic === true,
    commune: stringOrNull(props.commune),
    citeName: stringOrNull(props.cite_name),
    typology: stringOrNull(props.typology),
    yearBuilt: numberOrNull(props.year_built),
    height_m: numberOrNull(props.height_m),
    levels: numberOrNull(props.levels),
    roofShape: stringOrNull(props.roof_shape),
    roofPitch_deg: numberOrNull(props.roof_pitch_deg),
    ownerName: stringOrNull(props.owner_name),
    unesco: props.unesco === true,
    dwellings: numberOrNull(props.dwellings),
    usage: stringOrNull(props.usage),
    source: stringOrNull(props.source),
    solar: parseSolarSummary(props.solar),
    roofFaces: parseFaceSolar(props.roof_faces),
  };
}

export function parseSearchResults(json: unknown): SearchResult[] {
  if (!isRecord(json) || !Array.isArray(json.results)) throw new TypeError('search: expected {results: [...]}');
  const results: SearchResult[] = [];
  for (const item of json.results) {
    if (!isRecord(item)) continue;
    const id = idOrNull(item.id);
    if (id === null || !isLonLat(item.center)) continue;
    const address = stringOrNull(item.address);
    const name = stringOrNull(item.name);
    results.push({
      id,
      label: stringOrNull(item.label) ?? name ?? address ?? `#${id}`,
      address,
      name,
      commune: stringOrNull(item.commune),
      center: [item.center[0], item.center[1]],
    });
  }
  return results;
}

/** The message of an `{error: {code, message}}` body, or null. */
export function parseApiError(json: unknown): { code: string; message: string } | null {
  if (!isRecord(json) || !isRecord(json.error)) return null;
  return { code: stringOrNull(json.error.code) ?? 'error', message: stringOrNull(json.error.message) ?? '' };
}
