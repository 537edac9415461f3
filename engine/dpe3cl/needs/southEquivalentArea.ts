import { items, nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';
import type { Tables3cl } from '../tables';
import { MONTHS, type ClimateSite } from './climate';
import { distantMaskFactor, nearMaskFactor } from './windowMasks';

/**
 * The south-equivalent area of the glazing per month, 3CL-DPE 2021 §6.2 and §6.3 « traitement des espaces tampons
 * solarisés » [m²]:
 *   Sse_j = Σ_baies(extérieur) S × C1_j × Sw × Fe1 × Fe2  +  Sse_ets_j
 * with C1_j the orientation-and-tilt factor of table `c1` (zone × month × « sud sup75° » …, « horizontal »).
 * Windows onto an unheated space other than a sunspace bring no solar gain. With a sunspace (véranda, loggia fermée)
 * of transparency T and reduction coefficient bver:
 *   Ssd_j = T × Σ_baies(véranda) S × C1_j × Sw × Fe1 × Fe2     (direct, through the sunspace)
 *   Sst_j = Σ_baies de l'ETS S × C1_j × (0.8 T + 0.024)        (all that enters the sunspace)
 *   Sse_ets_j = Ssd_j + (Sst_j − Ssd_j) × bver
 */

const ORIENTATIONS: Readonly<Record<number, string>> = { 1: 'sud', 2: 'nord', 3: 'est', 4: 'ouest', 5: 'horizontal' };
const TILTS: Readonly<Record<number, string>> = { 1: 'inf25°', 2: '25°-75°', 3: 'sup75°', 4: 'horizontal' };
/** enum_type_adjacence_id: 1 extérieur, 10 espace tampon solarisé. */
const OUTSIDE = 1;
const SUNSPACE = 10;

/** What the south-equivalent area needs from the envelope part, per window in `baie_vitree_collection` order. */
export interface GlazingInputs {
  /** Solar factor Sw [-] of each window (the envelope's §6.2 / §3.3 value); default each window's donnee_intermediaire/sw. */
  window_sw?: readonly number[];
  /** The sunspace's reduction coefficient bver [-]; default the first ets' donnee_intermediaire/bver. */
  ets_bver?: number;
  /** The sunspace's transparency T [-]; default the first ets' donnee_intermediaire/coef_transparence_ets. */
  ets_transparency?: number;
}

/** C1_j [-] for 12 months, for a window's orientation and tilt (tilt absent → « sup75° », vertical). */
function c1Monthly(tables: Tables3cl, site: ClimateSite, de: DpeNode | null, where: string): number[] {
  const orientation = ORIENTATIONS[numberAt(de, 'enum_orientation_id') ?? 0];
  const tilt = TILTS[numberAt(de, 'enum_inclinaison_vitrage_id') ?? 3];
  if (orientation === undefined) throw new RangeError(`${where}/enum_orientation_id must be 1…5`);
  if (tilt === undefined) throw new RangeError(`${where}/enum_inclinaison_vitrage_id must be 1…4`);
  const key = orientation === 'horizontal' || tilt === 'horizontal' ? 'horizontal' : `${orientation} ${tilt}`;
  const byMonth = (tables['c1'] as Record<string, Record<string, Record<string, number>>> | undefined)?.[site.zone];
  return MONTHS.map((m) => {
    const v = byMonth?.[m]?.[key];
    if (typeof v !== 'number') throw new RangeError(`3CL table c1 has no value for ${site.zone} / ${m} / ${key}`);
    return v;
  });
}

function area(de: DpeNode | null, where: string): number {
  const s = numberAt(de, 'surface_totale_baie');
  if (s === null || s < 0) throw new RangeError(`${where}/surface_totale_baie must be ≥ 0, got ${String(s)}`);
  return s;
}

/** Sse_j [m²] for the 12 months (§6.2, §6.3). */
export function southEquivalentArea_m2(
  logement: DpeNode,
  tables: Tables3cl,
  site: ClimateSite,
  glazing: GlazingInputs = {},
): number[] {
  const enveloppe = nodeAt(logement, 'enveloppe');
  const windows = items(enveloppe, 'baie_vitree_collection', 'baie_vitree');
  if (glazing.window_sw && glazing.window_sw.length !== windows.length) {
    throw new RangeError(
      `window_sw must have one value per baie_vitree (${windows.length}), got ${glazing.window_sw.length}`,
    );
  }
  const outside = new Array<number>(12).fill(0);
  const behindSunspace = new Array<number>(12).fill(0);
  windows.forEach((w, i) => {
    const where = `baie_vitree[${i}]`;
    const de = nodeAt(w, 'donnee_entree');
    const adjacency = numberAt(de, 'enum_type_adjacence_id');
    if (adjacency !== OUTSIDE && adjacency !== SUNSPACE) return;
    const sw = glazing.window_sw?.[i] ?? numberAt(nodeAt(w, 'donnee_intermediaire'), 'sw');
    if (sw === null || !(sw >= 0 && sw <= 1))
      throw new RangeError(`${where} sw must be within [0, 1], got ${String(sw)}`);
    const f = area(de, where) * sw * nearMaskFactor(tables, w) * distantMaskFactor(tables, w);
    const target = adjacency === OUTSIDE ? outside : behindSunspace;
    c1Monthly(tables, site, de, where).forEach((c1, j) => (target[j]! += f * c1));
  });

  const sunspaces = items(enveloppe, 'ets_collection', 'ets');
  const ets = sunspaces[0];
  if (ets === undefined) return outside;
  // Several sunspaces are rare and their windows are not tied to one of them: the first one's T and bver are used.
  const di = nodeAt(ets, 'donnee_intermediaire');
  const t = glazing.ets_transparency ?? numberAt(di, 'coef_transparence_ets');
  const bver = glazing.ets_bver ?? numberAt(di, 'bver');
  if (t === null || !(t >= 0 && t <= 1))
    throw new RangeError(`ets coef_transparence_ets must be within [0, 1], got ${String(t)}`);
  if (bver === null || !(bver >= 0 && bver <= 1))
    throw new RangeError(`ets bver must be within [0, 1], got ${String(bver)}`);
  const total = new Array<number>(12).fill(0);
  items(ets, 'baie_ets_collection', 'baie_ets').forEach((b, i) => {
    const de = nodeAt(b, 'donnee_entree');
    const f = area(de, `baie_ets[${i}]`) * (0.8 * t + 0.024);
    c1Monthly(tables, site, de, `baie_ets[${i}]`).forEach((c1, j) => (total[j]! += f * c1));
  });
  return outside.map((o, j) => {
    const direct = t * behindSunspace[j]!;
    return o + direct + (total[j]! - direct) * bver;
  });
}
