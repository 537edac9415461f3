import { cellNumber, rowsWith, type Tables3cl, type TableRow } from '../tables';
import type { DpeNode } from '../tree';
import { insulatedU } from './insulatedU';
import { enumId, flagIn, numberIn, requiredEnumId, requiredNumber, textIn } from './read';
import { defaultUPeriod, tabulatedU } from './tabulatedU';

/** U of a wall and how it was found. */
export interface WallU {
  /** U of the bare wall Umur0 [W/(m²·K)], null when U is typed in directly. */
  umur0: number | null;
  /** U of the wall Umur [W/(m²·K)]. */
  umur: number;
}

/** Thermal conductivity taken for an insulation layer given by its thickness, walls and ceilings (§3.2.1) [W/(m·K)]. */
export const LAMBDA_INSULATION_WALL = 0.04;
/** Upper bound of U of a bare wall (§3.2.1: « Umur0 = min(Umur_nu ; 2,5) ») [W/(m²·K)]. */
export const UMUR0_MAX = 2.5;

/** Materials whose umur0 does not depend on the thickness: unknown, timber frame with rubble, plasterboard partition. */
const NO_THICKNESS = new Set([1, 6, 20, 27]);

/**
 * §3.2.1 « Calcul des Umur »: Umur0 from the material and thickness (table umur0), by default 2.5, or typed in;
 * a lining adds R = 0.1 m²·K/W (« doublage indéterminé ou lame d'air < 15 mm ») or 0.21 (air gap ≥ 15 mm, known
 * lining); an insulating render on an old wall adds 0.7; Umur0 ≤ 2.5. Then by enum_methode_saisie_u_id:
 * 1 not insulated Umur = Umur0; 3/4 insulation thickness e [cm]: Umur = 1/(1/Umur0 + e/100/0.04); 5/6 insulation
 * resistance R: Umur = 1/(1/Umur0 + R); 2/7/8 default U by period and zone (table umur), Umur = min(Umur_tab, Umur0);
 * 9/10 Umur typed in (umur_saisi).
 */
export function wallU(
  de: DpeNode,
  periodeConstructionId: number,
  zoneClimatiqueId: number,
  effetJoule: boolean,
  tables: Tables3cl,
  where: string,
): WallU {
  const methode = requiredEnumId(de, 'enum_methode_saisie_u_id', where);
  if (methode === 9 || methode === 10)
    return { umur0: numberIn(de, 'umur0_saisi'), umur: requiredNumber(de, 'umur_saisi', where) };
  const umur0 = bareWallU(de, tables, where);
  const direct = insulatedU(methode, umur0, de, LAMBDA_INSULATION_WALL, where);
  if (direct !== null) return { umur0, umur: direct };
  // « Isolation inconnue » reads the table at the period of construction, the two others at the period of insulation.
  const period =
    methode === 2
      ? periodeConstructionId
      : defaultUPeriod(methode, periodeConstructionId, enumId(de, 'enum_periode_isolation_id'));
  return { umur0, umur: Math.min(tabulatedU(tables, 'umur', period, zoneClimatiqueId, effetJoule), umur0) };
}

/** Umur0 with its lining and render, bounded by 2.5 (§3.2.1). */
export function bareWallU(de: DpeNode, tables: Tables3cl, where: string): number {
  const methodeU0 = enumId(de, 'enum_methode_saisie_u0_id') ?? 2;
  let u0: number;
  if (methodeU0 === 1) u0 = UMUR0_MAX;
  else if (methodeU0 === 3 || methodeU0 === 4) u0 = requiredNumber(de, 'umur0_saisi', where);
  else u0 = cellNumber(umur0Row(de, tables, where), 'umur0');
  const doublage = enumId(de, 'enum_type_doublage_id');
  if (doublage === 3) u0 = 1 / (1 / u0 + 0.1);
  else if (doublage === 4 || doublage === 5) u0 = 1 / (1 / u0 + 0.21);
  // paroi_ancienne alone marks an old wall; only an insulating render on it (enduit_isolant_paroi_ancienne) adds R.
  if (flagIn(de, 'enduit_isolant_paroi_ancienne')) u0 = 1 / (1 / u0 + 0.7);
  return Math.min(u0, UMUR0_MAX);
}

/**
 * The umur0 row of the wall's material (enum_materiaux_structure_mur_id) and thickness epaisseur_structure [cm]:
 * the tabulated thickness equal to it, or the bounding « ≤ » / « ≥ » row, or else the nearest tabulated one. A
 * thickness missing from the inputs is read from the description (« … 20 cm »).
 */
export function umur0Row(de: DpeNode, tables: Tables3cl, where: string): TableRow {
  const material = requiredEnumId(de, 'enum_materiaux_structure_mur_id', where);
  const rows = rowsWith(tables, 'umur0', 'enum_materiaux_structure_mur_id', material);
  if (rows.length === 0)
    throw new RangeError(`${where}/enum_materiaux_structure_mur_id ${material} is not in table umur0`);
  if (NO_THICKNESS.has(material) || rows.length === 1) return rows[0]!;
  let thickness = numberIn(de, 'epaisseur_structure') ?? thicknessFromDescription(textIn(de, 'description'));
  // No wall of the tables is a metre thick: a larger figure is in millimetres (« 225 » for 22.5 cm).
  if (thickness !== null && thickness > 100) thickness /= 10;
  if (thickness === null) {
    // Without a thickness anywhere in the inputs, the row the record names (tv_umur0_id) if it is of this material.
    const named = rows.find((r) => r['tv_umur0_id'] === textIn(de, 'tv_umur0_id'));
    if (named) return named;
    throw new RangeError(`${where}/epaisseur_structure is missing for material ${material}`);
  }
  return thicknessRow(rows, thickness);
}

function thicknessRow(rows: readonly TableRow[], thickness_cm: number): TableRow {
  let best: TableRow = rows[0]!;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const cell = (row['epaisseur_structure'] ?? '').trim();
    const value = Number(cell.replace(/[≤≥<>\s]/g, '').replace(',', '.'));
    if (cell.startsWith('≤') && thickness_cm <= value) return row;
    if (cell.startsWith('≥') && thickness_cm >= value) return row;
    const gap = Math.abs(value - thickness_cm);
    if (gap < bestGap) [best, bestGap] = [row, gap];
  }
  return best;
}

function thicknessFromDescription(description: string | null): number | null {
  const m = description?.match(/(\d+(?:[.,]\d+)?)\s*cm/);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}
