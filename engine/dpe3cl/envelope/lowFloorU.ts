import { cellNumber, matchRow, tableRows, type Tables3cl, type TableRow } from '../tables';
import type { DpeNode } from '../tree';
import { insulatedU } from './insulatedU';
import { enumId, numberIn, requiredEnumId, requiredNumber } from './read';
import { defaultUPeriod, tabulatedU } from './tabulatedU';

/** U of a low floor. */
export interface LowFloorU {
  /** Upb0 of the bare floor [W/(m²·K)], null when U is typed in. */
  upb0: number | null;
  /** Upb of the floor [W/(m²·K)]. */
  upb: number;
  /** Ue, the equivalent U of a floor on the ground, a crawl space or an unheated basement [W/(m²·K)], else null. */
  ue: number | null;
  /** The U that multiplies the area: Ue when there is one, else Upb [W/(m²·K)]. */
  upbFinal: number;
}

/** Conductivity of the insulation of a floor given by its thickness (§3.2.2) [W/(m·K)]. */
export const LAMBDA_INSULATION_FLOOR = 0.042;

/** Adjacencies whose U is the equivalent Ue (§3.2.2): vide sanitaire, terre-plein, sous-sol non chauffé. */
const UE_ADJACENCES = new Set([3, 5, 6]);

/**
 * §3.2.2 « Calcul des Upb »: Upb0 by type of floor (table upb0) or typed in; by enum_methode_saisie_u_id,
 * 1 Upb = Upb0; 3/4 Upb = 1/(1/Upb0 + e/100/0.042) with e [cm]; 5/6 Upb = 1/(1/Upb0 + R); 2/7/8 Upb = min(Upb_tab,
 * Upb0) (table upb, the period of insulation when given); 9/10 typed in. On a crawl space, an unheated basement or
 * the ground, the loss uses Ue (table ue) read from 2S/P (S area [m²], P exposed perimeter [m]) and Upb, interpolated
 * linearly between the tabulated Upb.
 */
export function lowFloorU(
  de: DpeNode,
  periodeConstructionId: number,
  zoneClimatiqueId: number,
  effetJoule: boolean,
  tables: Tables3cl,
  where: string,
  /** S of 2S/P when the floor is part of a larger one (surface_ue absent) [m²]; default its own area. */
  floorArea_m2?: number,
): LowFloorU {
  const methode = requiredEnumId(de, 'enum_methode_saisie_u_id', where);
  let upb0: number | null = null;
  let upb: number;
  if (methode === 9 || methode === 10) upb = requiredNumber(de, 'upb_saisi', where);
  else {
    upb0 = bareFloorU(de, tables, where);
    upb =
      insulatedU(methode, upb0, de, LAMBDA_INSULATION_FLOOR, where) ??
      Math.min(
        tabulatedU(
          tables,
          'upb',
          defaultUPeriod(methode, periodeConstructionId, enumId(de, 'enum_periode_isolation_id')),
          zoneClimatiqueId,
          effetJoule,
        ),
        upb0,
      );
  }
  const adjacence = requiredEnumId(de, 'enum_type_adjacence_id', where);
  let ue: number | null = null;
  if (UE_ADJACENCES.has(adjacence)) {
    const s = numberIn(de, 'surface_ue') ?? floorArea_m2 ?? requiredNumber(de, 'surface_paroi_opaque', where);
    const p = numberIn(de, 'perimetre_ue');
    if (p !== null && p > 0) ue = ueFromTable(tables, adjacence, periodeConstructionId, (2 * s) / p, upb);
    else ue = numberIn(de, 'ue');
  }
  return { upb0, upb, ue, upbFinal: ue ?? upb };
}

/** Upb0: table upb0 by enum_type_plancher_bas_id, or upb0_saisi. */
function bareFloorU(de: DpeNode, tables: Tables3cl, where: string): number {
  const methodeU0 = enumId(de, 'enum_methode_saisie_u0_id') ?? 2;
  if (methodeU0 === 3 || methodeU0 === 4) return requiredNumber(de, 'upb0_saisi', where);
  const type = enumId(de, 'enum_type_plancher_bas_id') ?? 1;
  return cellNumber(matchRow(tables, 'upb0', { enum_type_plancher_bas_id: type }), 'upb0');
}

/** The tabulated 2S/P of table ue [m]. */
const TWO_S_OVER_P = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20];

/**
 * Ue from table ue (§3.2.2): the family of the floor (on a crawl space or basement; on the ground, built before 2001 or
 * from 2001), 2S/P rounded to the nearest tabulated value, linear interpolation in Upb (held at the ends).
 */
export function ueFromTable(
  tables: Tables3cl,
  adjacence: number,
  periodeConstructionId: number,
  twoSOverP_m: number,
  upb: number,
): number {
  if (!(twoSOverP_m >= 0)) throw new RangeError(`2S/P must be ≥ 0, got ${twoSOverP_m}`);
  const family =
    adjacence === 5
      ? periodeConstructionId <= 6
        ? 'terre plein bâtiment construit avant 2001'
        : 'terre plein bâtiment construit à partir de 2001'
      : 'plancher sur vide sanitaire ou sous-sol non chauffé';
  const rounded = Math.round(twoSOverP_m);
  const key = TWO_S_OVER_P.reduce((best, v) => (Math.abs(v - rounded) < Math.abs(best - rounded) ? v : best));
  const rows = tableRows(tables, 'ue')
    .filter((r) => r['type_adjacence_plancher'] === family && r['2s_p'] === String(key))
    .map((r: TableRow) => ({ upb: cellNumber(r, 'upb'), ue: cellNumber(r, 'ue') }))
    .sort((a, b) => a.upb - b.upb);
  if (rows.length === 0) throw new RangeError(`3CL table ue: no row for ${family}, 2S/P ${key}`);
  if (upb <= rows[0]!.upb) return rows[0]!.ue;
  for (let i = 1; i < rows.length; i++) {
    const lo = rows[i - 1]!;
    const hi = rows[i]!;
    if (upb <= hi.upb) return lo.ue + ((hi.ue - lo.ue) * (upb - lo.upb)) / (hi.upb - lo.upb);
  }
  return rows[rows.length - 1]!.ue;
}
