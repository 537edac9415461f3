import {
  ROOF_SHAPES,
  TYPOLOGIES,
  type BuildingInput,
  type RoofOrigin,
  type RoofShape,
  type Typology,
} from '../../domain/building.js';
import { parseAzimuth, parseCount, parseFlag, parseMetres, parseText, parseYear } from './parseValues.js';
import { plausibleRise, riseFromAltitudes, roofOrigin } from './roofRise.js';

export type MappedAttributes = Omit<BuildingInput, 'footprint'> & {
  /** Measured rise of the roof, ridge above eaves [m]; null when not given or implausible (roofRise.ts). */
  roof_rise_m: number | null;
  /** Where the roof drawn will come from, surfaces aside (prepareRecord knows of those). */
  roof_origin: RoofOrigin;
};

/** OSM roof:shape values (and common misspellings) → model roof shapes. */
const OSM_ROOF: Record<string, RoofShape> = {
  flat: 'flat',
  skillion: 'shed',
  lean_to: 'shed',
  shed: 'shed',
  gabled: 'gable',
  gable: 'gable',
  hipped: 'hip',
  hip: 'hip',
  side_hipped: 'hip',
  pyramidal: 'pyramidal',
  mansard: 'mansard',
  gambrel: 'gambrel',
  'half-hipped': 'half-hip',
  half_hipped: 'half-hip',
  dome: 'dome',
  round: 'other',
  onion: 'other',
  cone: 'other',
  saltbox: 'gable',
  double_saltbox: 'gable',
  quadruple_saltbox: 'hip',
};

/** CityGML 2.0 RoofTypeType codes (CityJSON `roofType`) → model roof shapes. */
const CITYGML_ROOF: Record<string, RoofShape> = {
  '1000': 'flat',
  '1010': 'shed',
  '1020': 'shed',
  '1030': 'gable',
  '1040': 'hip',
  '1050': 'half-hip',
  '1060': 'mansard',
  '1070': 'pyramidal',
  '1080': 'other',
  '1090': 'dome',
  '1100': 'shed',
  '1110': 'other',
  '1120': 'pyramidal',
  '1130': 'other',
};

function roofShape(value: unknown): RoofShape | null {
  const t = parseText(value)?.toLowerCase();
  if (!t) return null;
  if (CITYGML_ROOF[t]) return CITYGML_ROOF[t];
  if ((ROOF_SHAPES as readonly string[]).includes(t)) return t as RoofShape;
  return OSM_ROOF[t] ?? null;
}

function pick(props: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const v = props[name];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const inRange = (n: number | null, min: number, max: number) => (n !== null && n >= min && n <= max ? n : null);

/** A height from two altitudes (BD TOPO roof top − ground, 3D BAG b3_h_dak_max − b3_h_maaiveld) [m], or null. */
function heightFromAltitudes(top: unknown, ground: unknown): number | null {
  const t = parseMetres(top);
  const g = parseMetres(ground);
  return t !== null && g !== null && t > g ? Math.round((t - g) * 100) / 100 : null;
}

/** Which vocabulary a feature's properties speak. */
export function detectSource(props: Record<string, unknown>): string {
  const explicit = parseText(props.source);
  if (explicit && /^[a-z][a-z0-9-]{0,31}$/.test(explicit)) return explicit;
  if (
    'cleabs' in props ||
    'HAUTEUR' in props ||
    'Z_MAX_TOIT' in props ||
    'nombre_d_etages' in props ||
    'NB_ETAGES' in props
  )
    return 'bdtopo';
  if ('building' in props || '@id' in props || 'osm_id' in props || 'building:levels' in props) return 'osm';
  return 'geojson';
}

function osmAddress(props: Record<string, unknown>): string | null {
  const number = parseText(props['addr:housenumber']);
  const street = parseText(props['addr:street']);
  const postcode = parseText(props['addr:postcode']);
  const city = parseText(props['addr:city']);
  const line1 = [number, street].filter(Boolean).join(' ');
  const line2 = [postcode, city].filter(Boolean).join(' ');
  const text = [line1, line2].filter(Boolean).join(', ');
  return text === '' ? null : text;
}

/**
 * Maps the properties of one feature — BD TOPO (upper- or lower-case schema), OpenStreetMap tags, or this
 * project's own field names — to the building model. Values that cannot be read become null, never an error.
 */
export function mapAttributes(
  props: Record<string, unknown>,
  featureId: unknown,
  sourceHint?: string,
): MappedAttributes {
  const source = sourceHint ?? detectSource(props);
  const used = new Set<string>();
  const get = (...names: string[]) => {
    names.forEach((n) => used.add(n));
    return pick(props, ...names);
  };
  const roofDirection = parseAzimuth(get('roof_direction_deg', 'roof:direction'));
  let ridge = parseAzimuth(get('ridge_azimuth_deg'));
  const orientation = parseText(get('roof:orientation'));
  if (ridge === null && roofDirection !== null) {
    // OSM: roof:direction is where the slope faces; the ridge runs across it unless roof:orientation=across.
    ridge = orientation === 'across' ? roofDirection : roofDirection + 90;
  }
  const typologyText = parseText(get('typology'));
  const levels = parseCount(
    get('levels', 'building:levels', 'NB_ETAGES', 'nombre_d_etages', 'storeysAboveGround', 'b3_bouwlagen'),
  );
  const pitch = parseMetres(get('roof_pitch_deg', 'roof:angle'));
  const idValue = get('source_id', 'cleabs', 'ID', '@id', 'osm_id', 'identificatie', 'id');
  const height =
    parseMetres(get('height_m', 'height', 'HAUTEUR', 'hauteur', 'measuredHeight')) ??
    heightFromAltitudes(get('altitude_maximale_toit'), get('altitude_minimale_sol')) ??
    heightFromAltitudes(get('Z_MAX_TOIT'), get('Z_MIN_SOL')) ??
    heightFromAltitudes(get('b3_h_dak_max'), get('b3_h_maaiveld')) ??
    parseMetres(get('@height_from_geometry_m'));
  // Rise = highest − lowest roof altitude (BD TOPO v3, v2), else OSM roof:height, else this project's own field.
  const rise = plausibleRise(
    riseFromAltitudes(get('altitude_maximale_toit'), get('altitude_minimale_toit')) ??
      riseFromAltitudes(get('Z_MAX_TOIT'), get('Z_MIN_TOIT')) ??
      parseMetres(get('roof_rise_m', 'roof:height')),
    height,
  );
  const shape = roofShape(get('roof_shape', 'roof:shape', 'roofType'));
  const roofPitch = pitch !== null && pitch >= 0 && pitch <= 90 ? pitch : null;
  const attributes: Record<string, unknown> = {};
  const known = ['source', 'addr:housenumber', 'addr:street', 'addr:postcode', 'addr:city', 'attributes'];
  const mapped: MappedAttributes = {
    source,
    source_id: parseText(idValue) ?? parseText(featureId),
    height_m: height,
    levels: levels !== null && levels >= 1 && levels <= 200 ? levels : null,
    roof_shape: shape,
    roof_pitch_deg: roofPitch,
    roof_rise_m: rise,
    roof_origin: roofOrigin({ roof_shape: shape, roof_pitch_deg: roofPitch, roof_rise_m: rise }),
    roof_direction_deg: roofDirection,
    ridge_azimuth_deg: ridge === null ? null : ridge % 180,
    year_built: parseYear(
      get('year_built', 'start_date', 'DATE_APP', 'date_d_apparition', 'yearOfConstruction', 'oorspronkelijkbouwjaar'),
    ),
    typology:
      typologyText && (TYPOLOGIES as readonly string[]).includes(typologyText) ? (typologyText as Typology) : null,
    usage: parseText(get('usage', 'USAGE1', 'usage_1', 'function', 'building'))?.toLowerCase() ?? null,
    dwellings: inRange(parseCount(get('dwellings', 'NB_LOGTS', 'nombre_de_logements', 'building:flats')), 0, 100_000),
    address: parseText(get('address')) ?? osmAddress(props),
    address_synthetic: parseFlag(get('address_synthetic')) ?? false,
    name: parseText(get('name', 'nom', 'denomination')),
    commune: parseText(get('commune', 'addr:city', 'commune_1')),
    commune_insee: parseText(get('commune_insee', 'code_insee', 'INSEE_COM')),
    owner_name: parseText(get('owner_name', 'proprietaire', 'owner')),
    cite_name: parseText(get('cite_name')),
    unesco: parseFlag(get('unesco')) ?? false,
    attributes,
  };
  if (mapped.usage === 'yes') mapped.usage = null;
  const nested = props.attributes;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) Object.assign(attributes, nested);
  for (const [k, v] of Object.entries(props)) {
    if (!used.has(k) && !known.includes(k) && v !== null && v !== undefined) attributes[k] = v;
  }
  return mapped;
}
