import type { Tables3cl } from '../tables';

/**
 * The DPE labels (arrêté du 31 mars 2021 « DPE » art. 8 and annexe 1; arrêté du 25 mars 2024 for small dwellings):
 * the energy letter from kWhEP/m²/yr, the climate letter from kgCO2e/m²/yr, and the DPE class, the worse of the two
 * (the "double seuil"). Default limits: A < 70 / 6, B < 110 / 11, C < 180 / 30, D < 250 / 50, E < 330 / 70,
 * F < 420 / 100, else G. Above 800 m in zones H1b, H1c and H2d, E < 390 / 80 and F < 500 / 110. From 1 July 2024,
 * dwellings under 40 m² take the raised limits of tables dpe_class_limit / ges_class_limit by rounded area.
 */
export type DpeLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
const LETTERS: readonly DpeLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

export const SMALL_DWELLING_LIMITS_FROM = '2024-07-01';
const ALTITUDE_LABEL: Readonly<Record<string, string>> = {
  '1': 'inférieur à 400m',
  '2': '400-800m',
  '3': 'supérieur à 800m',
};
const MOUNTAIN_ZONES = new Set(['2', '3', '7']); // H1b, H1c, H2d

const DEFAULT_LIMITS = {
  ep: { A: 70, B: 110, C: 180, D: 250, E: 330, F: 420 },
  ges: { A: 6, B: 11, C: 30, D: 50, E: 70, F: 100 },
};
const MOUNTAIN_EF = { ep: { E: 390, F: 500 }, ges: { E: 80, F: 110 } };

export interface ClassContext {
  /** enum_zone_climatique_id (1–8). */
  zoneId: string;
  /** enum_classe_altitude_id (1–3). */
  altitudeId: string;
  /** Living area [m²] the ratio is per. */
  surface_m2: number;
  /** date_etablissement_dpe (ISO). */
  dateDpe: string;
}

type Limits = Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', number>;

function limits(tables: Tables3cl, kind: 'ep' | 'ges', ctx: ClassContext): Limits {
  const alt = ALTITUDE_LABEL[ctx.altitudeId];
  if (!alt) throw new RangeError(`enum_classe_altitude_id must be 1–3, got ${ctx.altitudeId}`);
  const out: Limits = { ...DEFAULT_LIMITS[kind] };
  const mountain = ctx.altitudeId === '3' && MOUNTAIN_ZONES.has(ctx.zoneId);
  if (mountain) Object.assign(out, MOUNTAIN_EF[kind]);
  if (ctx.dateDpe.slice(0, 10) >= SMALL_DWELLING_LIMITS_FROM && ctx.surface_m2 < 40) {
    const table = tables[kind === 'ep' ? 'dpe_class_limit' : 'ges_class_limit'] as
      Record<string, Record<string, Partial<Limits>>> | undefined;
    const key = String(Math.round(ctx.surface_m2));
    const low = table?.['inférieur à 400m']?.[key];
    if (low) Object.assign(out, low);
    if (mountain) {
      const high = table?.['supérieur à 800m']?.[key];
      if (high) Object.assign(out, high);
    }
  }
  return out;
}

function letter(value: number, lim: Limits): DpeLetter {
  for (const l of ['A', 'B', 'C', 'D', 'E', 'F'] as const) if (value < lim[l]) return l;
  return 'G';
}

/** Energy letter of `ep_m2` [kWhEP/m²/yr]. */
export function energyClass(tables: Tables3cl, ep_m2: number, ctx: ClassContext): DpeLetter {
  if (!Number.isFinite(ep_m2) || ep_m2 < 0) throw new RangeError(`ep_conso_5_usages_m2 must be ≥ 0, got ${ep_m2}`);
  return letter(ep_m2, limits(tables, 'ep', ctx));
}

/** Climate letter of `ges_m2` [kgCO2e/m²/yr]. */
export function climateClass(tables: Tables3cl, ges_m2: number, ctx: ClassContext): DpeLetter {
  if (!Number.isFinite(ges_m2) || ges_m2 < 0)
    throw new RangeError(`emission_ges_5_usages_m2 must be ≥ 0, got ${ges_m2}`);
  return letter(ges_m2, limits(tables, 'ges', ctx));
}

/** The worse of two letters. */
export function worseClass(a: DpeLetter, b: DpeLetter): DpeLetter {
  return LETTERS[Math.max(LETTERS.indexOf(a), LETTERS.indexOf(b))]!;
}
