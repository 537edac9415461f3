import { fieldHas, cellNumber, rowsWith, type Tables3cl, type TableRow } from '../tables';
import type { DpeNode } from '../tree';
import { enumId, numberIn, requiredEnumId } from './read';

/**
 * §3.1 « Coefficients de réduction des déperditions b »: the share of the heat lost through a boundary that leaves
 * the heated volume (table coef_reduction_deperdition).
 * - outside, ground, crawl space, basement: b = 1; a non-residential building or a tertiary room: b = 0.2; a heated
 *   dwelling (« local non déperditif »): b = 0; an inaccessible unheated room: b = 0.95;
 * - an unheated room (garage, cellar, attic, stairwell…): b from Uv,ue (table uvue, by kind of room), the insulation of
 *   the two sides (enum_cfg_isolation_lnc_id) and the ratio Aiu/Aue of the areas between the heated volume and the room
 *   and between the room and outside, read in the bands « min < Aiu/Aue ≤ max »;
 * - a sun space (véranda, loggia fermée, §3.1 ETS): b by insulation, orientation and climate group H1/H2/H3.
 * Returns b [-] and the table row used.
 */
export function reductionFactorB(
  donneeEntree: DpeNode,
  zoneGroup: 'H1' | 'H2' | 'H3',
  tables: Tables3cl,
  where: string,
): { b: number; row: TableRow } {
  const adjacence = requiredEnumId(donneeEntree, 'enum_type_adjacence_id', where);
  const rows = rowsWith(tables, 'coef_reduction_deperdition', 'enum_type_adjacence_id', adjacence);
  const cfg = enumId(donneeEntree, 'enum_cfg_isolation_lnc_id');
  const has = fieldHas;

  if (adjacence === 10) {
    if (cfg === null)
      throw new RangeError(`${where}/enum_cfg_isolation_lnc_id is missing for a sun space (adjacence 10)`);
    const row = rows.find((r) => has(r, 'enum_cfg_isolation_lnc_id', cfg) && r['zone_climatique'] === zoneGroup);
    if (!row)
      throw new RangeError(`${where}: no b for a sun space with enum_cfg_isolation_lnc_id ${cfg} in ${zoneGroup}`);
    return { b: cellNumber(row, 'b'), row };
  }

  const banded = rows.filter((r) => r['aiu_aue_min'] || r['aiu_aue_max']);
  if (banded.length === 0 || cfg === 1) {
    // Plain boundaries; an unheated room declared « local chauffé non accessible » takes the inaccessible-room row.
    const row = cfg === 1 ? rowsWith(tables, 'coef_reduction_deperdition', 'enum_cfg_isolation_lnc_id', 1)[0] : rows[0];
    if (!row)
      throw new RangeError(`${where}/enum_type_adjacence_id ${adjacence} has no b in coef_reduction_deperdition`);
    return { b: cellNumber(row, 'b'), row };
  }

  if (cfg === null)
    throw new RangeError(`${where}/enum_cfg_isolation_lnc_id is missing for an unheated room (adjacence ${adjacence})`);
  const aiu = numberIn(donneeEntree, 'surface_aiu');
  const aue = numberIn(donneeEntree, 'surface_aue');
  if (aiu === null || aiu < 0) throw new RangeError(`${where}/surface_aiu must be ≥ 0, got ${aiu}`);
  if (aue === null || aue < 0) throw new RangeError(`${where}/surface_aue must be ≥ 0, got ${aue}`);
  const ratio = aue === 0 ? Number.POSITIVE_INFINITY : aiu / aue;
  const row = banded.find((r) => has(r, 'enum_cfg_isolation_lnc_id', cfg) && inBand(ratio, r));
  if (!row) throw new RangeError(`${where}: no b for adjacence ${adjacence}, cfg ${cfg}, Aiu/Aue ${ratio}`);
  return { b: cellNumber(row, 'b'), row };
}

/** Whether `ratio` lies in the band of a row (« 0,25 < » … « ≤ 0,50 »). */
function inBand(ratio: number, row: TableRow): boolean {
  const min = bound(row['aiu_aue_min']);
  const max = bound(row['aiu_aue_max']);
  return (min === null || ratio > min) && (max === null || ratio <= max);
}

function bound(cell: string | undefined): number | null {
  if (!cell) return null;
  const n = Number(cell.replace(/[<≤\s]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
