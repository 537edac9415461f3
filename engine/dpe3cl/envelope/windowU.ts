import { cellNumber, matchRows, rowsWith, type Tables3cl } from '../tables';
import { nodeAt, type DpeNode } from '../tree';
import { enumId, flagIn, numberIn, requiredEnumId } from './read';

/** U of a window or glazed door. */
export interface WindowU {
  /** Ug of the glazing [W/(m²·K)], null for glass bricks and polycarbonate. */
  ug: number | null;
  /** Uw of the window (of the pair, for a double window) [W/(m²·K)]. */
  uw: number;
  /** Ujn, U with its closed shutter [W/(m²·K)], null without shutter. */
  ujn: number | null;
  /** The U that multiplies the area: Ujn with a shutter, else Uw [W/(m²·K)]. */
  uMenuiserie: number;
}

/**
 * §3.3 « Calcul des déperditions par les baies vitrées »: Ug (§3.3.1, table ug by glazing, gas, tilt, low-emissivity
 * coating and gap), Uw (§3.3.2, table uw by kind of window and frame, interpolated linearly in Ug between the two
 * nearest tabulated Ug), Ujn (§3.3.3, table ujn by ΔR of the shutter, table deltar, and Uw). Values typed in
 * (ug_saisi, uw_saisi, ujn_saisi, as enum_methode_saisie_perf_vitrage_id allows) replace the tables. A double window
 * (§3.3.2 « doubles fenêtres »): Uw = 1 / (1/Uw1 + 1/Uw2 + 0.07).
 */
export function windowU(de: DpeNode, doubleFenetre: DpeNode | null, tables: Tables3cl, where: string): WindowU {
  const single = singleWindowU(de, tables, where);
  let uw = single.uw;
  if (flagIn(de, 'double_fenetre') && doubleFenetre) {
    const second = singleWindowU(doubleFenetre, tables, `${where}/baie_vitree_double_fenetre`);
    if (numberIn(de, 'uw_saisi') === null) uw = 1 / (1 / single.uw + 1 / second.uw + 0.07);
  }
  const fermeture = enumId(de, 'enum_type_fermeture_id') ?? 1;
  if (fermeture === 1) return { ug: single.ug, uw, ujn: null, uMenuiserie: uw };
  const ujn = numberIn(de, 'ujn_saisi') ?? ujnFromTable(tables, fermeture, uw);
  return { ug: single.ug, uw, ujn, uMenuiserie: ujn };
}

function singleWindowU(de: DpeNode, tables: Tables3cl, where: string): { ug: number | null; uw: number } {
  const baie = requiredEnumId(de, 'enum_type_baie_id', where);
  const uwSaisi = numberIn(de, 'uw_saisi');
  // Ug only matters when Uw comes from the table.
  const ug =
    baie <= 3 ? null : (numberIn(de, 'ug_saisi') ?? (uwSaisi === null ? ugFromTable(de, tables, where) : null));
  const uw =
    uwSaisi ?? uwFromTable(tables, baie, requiredEnumId(de, 'enum_type_materiaux_menuiserie_id', where), ug, where);
  return { ug, uw };
}

/** Ug from table ug; the air gap [mm] is the tabulated one nearest to epaisseur_lame. */
export function ugFromTable(de: DpeNode, tables: Tables3cl, where: string): number {
  const vitrage = requiredEnumId(de, 'enum_type_vitrage_id', where);
  let rows = [...rowsWith(tables, 'ug', 'enum_type_vitrage_id', vitrage)];
  if (vitrage !== 1 && rows.length > 1) {
    const gaz = enumId(de, 'enum_type_gaz_lame_id') ?? 3;
    const inclinaison = enumId(de, 'enum_inclinaison_vitrage_id') ?? 3;
    const vir = flagIn(de, 'vitrage_vir') ? '1' : '0';
    rows = matchRows(tables, 'ug', {
      enum_type_vitrage_id: vitrage,
      enum_type_gaz_lame_id: gaz,
      enum_inclinaison_vitrage_id: inclinaison,
      vitrage_vir: vir,
    });
    const gap = numberIn(de, 'epaisseur_lame');
    if (gap !== null && rows.length > 0) {
      const nearest = rows.reduce((best, r) =>
        Math.abs(Number(r['epaisseur_lame']) - gap) < Math.abs(Number(best['epaisseur_lame']) - gap) ? r : best,
      );
      rows = [nearest];
    } else {
      // An unknown gap takes the smallest tabulated one, the least favourable.
      rows.sort((a, b) => Number(a['epaisseur_lame']) - Number(b['epaisseur_lame']));
    }
  }
  const row = rows[0];
  if (!row) throw new RangeError(`${where}: no Ug in table ug for enum_type_vitrage_id ${vitrage}`);
  return cellNumber(row, 'ug');
}

/** Uw from table uw, interpolated in Ug (held at the ends of the tabulated range). */
export function uwFromTable(
  tables: Tables3cl,
  baie: number,
  menuiserie: number,
  ug: number | null,
  where: string,
): number {
  const rows = matchRows(tables, 'uw', {
    enum_type_baie_id: baie,
    enum_type_materiaux_menuiserie_id: menuiserie,
  });
  if (rows.length === 0)
    throw new RangeError(
      `${where}: no Uw in table uw for enum_type_baie_id ${baie}, enum_type_materiaux_menuiserie_id ${menuiserie}`,
    );
  if (ug === null || rows.every((r) => !r['ug'])) return cellNumber(rows[0]!, 'uw');
  const points = rows.filter((r) => r['ug']).map((r) => ({ x: cellNumber(r, 'ug'), y: cellNumber(r, 'uw') }));
  return interpolate(points, ug);
}

/** Ujn from table ujn for the shutter's ΔR (table deltar) and Uw interpolated between the tabulated Uw. */
export function ujnFromTable(tables: Tables3cl, fermeture: number, uw: number): number {
  const deltarRow = rowsWith(tables, 'deltar', 'enum_type_fermeture_id', fermeture)[0];
  if (!deltarRow) throw new RangeError(`3CL table deltar: no row for enum_type_fermeture_id ${fermeture}`);
  const deltar = deltarRow['deltar'];
  const points = rowsWith(tables, 'ujn', 'deltar', deltar ?? '').map((r) => ({
    x: cellNumber(r, 'uw'),
    y: cellNumber(r, 'ujn'),
  }));
  return interpolate(points, uw);
}

/** Linear interpolation in a set of tabulated points, held at the ends. */
export function interpolate(points: readonly { x: number; y: number }[], x: number): number {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  if (sorted.length === 0) throw new RangeError('interpolate needs at least one point');
  if (x <= sorted[0]!.x) return sorted[0]!.y;
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1]!;
    const hi = sorted[i]!;
    if (x <= hi.x) return hi.x === lo.x ? hi.y : lo.y + ((hi.y - lo.y) * (x - lo.x)) / (hi.x - lo.x);
  }
  return sorted[sorted.length - 1]!.y;
}

/** The second window of a double window (`baie_vitree_double_fenetre/donnee_entree`), or null. */
export function doubleWindowInputs(baie: DpeNode): DpeNode | null {
  return nodeAt(baie, 'baie_vitree_double_fenetre/donnee_entree');
}
