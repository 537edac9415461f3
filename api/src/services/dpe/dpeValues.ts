import { DpeFormatError, type DpeClass, type DpeRecord } from './types.js';

/**
 * Strict readers for the values of ADEME's DPE files, shared by the CSV and XML readers. Each takes the raw text (null
 * or blank = absent), the name of the column or element it came from and where it was (`row 12`, `<sortie>/…`), and
 * throws a DpeFormatError naming both when the text is not what ADEME writes there.
 */

/** Blank → null; otherwise the text trimmed. */
export function text(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.trim();
  return t === '' ? null : t;
}

/** A label lower-cased (ADEME writes "Électricité" in its CSVs, "électricité" in its enumerations). */
export function label(raw: string | null | undefined): string | null {
  const t = text(raw);
  return t === null ? null : t.toLowerCase();
}

/** The text, which must be there. */
export function required(raw: string | null | undefined, field: string, where: string): string {
  const t = text(raw);
  if (t === null) throw new DpeFormatError(`${field} is missing or blank`, where);
  return t;
}

// A decimal number; ADEME's v2 export writes a few columns with a decimal comma ("1147,4" in Besoin_ECS).
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/** A finite decimal number, or null when blank. */
export function number(raw: string | null | undefined, field: string, where: string): number | null {
  const t = text(raw);
  if (t === null) return null;
  const value = NUMBER.test(t) ? Number(t.replace(',', '.')) : NaN;
  if (!Number.isFinite(value)) throw new DpeFormatError(`${field} must be a number, got "${t}"`, where);
  return value;
}

/** A whole number ("1976", "1976.0"), or null when blank. */
export function integer(raw: string | null | undefined, field: string, where: string): number | null {
  const value = number(raw, field, where);
  if (value !== null && !Number.isInteger(value)) {
    throw new DpeFormatError(`${field} must be a whole number, got "${text(raw)}"`, where);
  }
  return value;
}

const CLASSES = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']);

/** A DPE or GHG class letter A–G, or null when blank. */
export function dpeClass(raw: string | null | undefined, field: string, where: string): DpeClass | null {
  const t = text(raw);
  if (t === null) return null;
  const letter = t.toUpperCase();
  if (!CLASSES.has(letter)) throw new DpeFormatError(`${field} must be a class A to G, got "${t}"`, where);
  return letter as DpeClass;
}

/** An ISO calendar date YYYY-MM-DD, or null when blank. */
export function isoDate(raw: string | null | undefined, field: string, where: string): string | null {
  const t = text(raw);
  if (t === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return t;
  }
  throw new DpeFormatError(`${field} must be a date YYYY-MM-DD, got "${t}"`, where);
}

/**
 * The end of validity of a DPE issued on `issueDate`: a DPE is valid ten years, here ending the day before the tenth
 * anniversary, the day of the month clamped to the month's last. That is how ADEME dates it: the rule gives
 * `Date_fin_validité_DPE` / `date_fin_validite_dpe` for all 120 rows of the fixtures' CSVs, 2024-02-29 → 2034-02-27
 * included.
 */
export function tenYearsAfter(issueDate: string): string {
  const [y, m, d] = issueDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 10, m, 0)).getUTCDate();
  const anniversary = Date.UTC(y + 10, m - 1, Math.min(d, lastDay));
  return new Date(anniversary - 86_400_000).toISOString().slice(0, 10);
}

const BUILDING_TYPES = { maison: 'house', appartement: 'flat', immeuble: 'building' } as const;

/** ADEME's type_batiment (maison, appartement, immeuble) in the record's words, or null when blank. */
export function buildingType(raw: string | null | undefined, field: string, where: string): DpeRecord['building_type'] {
  const t = label(raw);
  if (t === null) return null;
  if (!Object.hasOwn(BUILDING_TYPES, t)) {
    throw new DpeFormatError(`${field} must be maison, appartement or immeuble, got "${text(raw)}"`, where);
  }
  return BUILDING_TYPES[t as keyof typeof BUILDING_TYPES];
}

/**
 * The building type a method of application names ("dpe maison individuelle", "dpe appartement individuel …",
 * "dpe immeuble collectif …", "dpe issu d'une étude thermique réglementaire rt2012 bâtiment : immeuble"): the first of
 * maison / appartement / immeuble in the label, so that "dpe appartement généré à partir des données dpe immeuble" is
 * a flat. Null when the label names none.
 */
export function buildingTypeOfMethod(method: string): DpeRecord['building_type'] {
  const m = /maison|appartement|immeuble/.exec(method.toLowerCase());
  return m ? BUILDING_TYPES[m[0] as keyof typeof BUILDING_TYPES] : null;
}

/** An RNB building id: 12 characters, digits and capital letters (rnb.beta.gouv.fr), or null when blank. */
export function rnbId(raw: string | null | undefined, field: string, where: string): string | null {
  const t = text(raw);
  if (t === null) return null;
  if (!/^[0-9A-Z]{12}$/.test(t)) throw new DpeFormatError(`${field} must be a 12-character RNB id, got "${t}"`, where);
  return t;
}
