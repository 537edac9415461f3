/** Lenient readers for the dirty attribute values found in BD TOPO and OpenStreetMap. */

/** A number from 12, "12", "12.5", "12,5", "12 m", "12m"; null for anything else (feet, ranges, text). */
export function parseMetres(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*(m|meters?|mètres?)?\s*$/i.exec(value);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/** A non-negative integer from a number or a string ("2", "2.0"); null otherwise. */
export function parseCount(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
  return Math.round(n);
}

const COMPASS: Record<string, number> = {
  N: 0,
  NNE: 22.5,
  NE: 45,
  ENE: 67.5,
  E: 90,
  ESE: 112.5,
  SE: 135,
  SSE: 157.5,
  S: 180,
  SSW: 202.5,
  SW: 225,
  WSW: 247.5,
  W: 270,
  WNW: 292.5,
  NW: 315,
  NNW: 337.5,
};

/** An azimuth in [0, 360) from degrees or a compass point (OSM roof:direction); null otherwise. */
export function parseAzimuth(value: unknown): number | null {
  if (typeof value === 'string' && COMPASS[value.trim().toUpperCase()] !== undefined) {
    return COMPASS[value.trim().toUpperCase()]!;
  }
  const n = parseMetres(value);
  if (n === null) return null;
  return ((n % 360) + 360) % 360;
}

/** A year from 1930, "1930", "1930-01-01", "01/01/1930"; null when outside [1000, 2100]. */
export function parseYear(value: unknown): number | null {
  let year: number | null = null;
  if (typeof value === 'number' && Number.isInteger(value)) year = value;
  else if (typeof value === 'string') {
    const m = /(^|\D)(\d{4})(\D|$)/.exec(value);
    year = m ? Number(m[2]) : null;
  }
  return year !== null && year >= 1000 && year <= 2100 ? year : null;
}

/** A trimmed non-empty string, or null. */
export function parseText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** A boolean from true/false, "yes"/"no", "oui"/"non", 1/0; null otherwise. */
export function parseFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return null;
  const t = value.trim().toLowerCase();
  if (['true', 'yes', 'oui', '1', 'o', 't'].includes(t)) return true;
  if (['false', 'no', 'non', '0', 'n', 'f'].includes(t)) return false;
  return null;
}
