import { items, nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';
import { cellNumber, matchRow, type Tables3cl } from '../tables';

/**
 * The shading factors of a window, 3CL-DPE 2021 §6.2 « surface sud équivalente »: Fe = Fe1 × Fe2, with Fe1 the near
 * mask (balcony, loggia, side wall: table `coef_masque_proche`) and Fe2 the distant mask, homogeneous (table
 * `coef_masque_lointain_homogene`, by orientation and height angle) or not (Fe2 = max(0, 1 − Σ Omb / 100), Omb per
 * sector from table `coef_masque_lointain_non_homoge`). No mask entered → 1.
 */

/** Fe1, the near-mask factor [-] of a window (`baie_vitree` item or its `donnee_entree`). */
export function nearMaskFactor(tables: Tables3cl, window: DpeNode): number {
  const de = nodeAt(window, 'donnee_entree') ?? window;
  const id = numberAt(de, 'tv_coef_masque_proche_id');
  if (id === null) return 1;
  return cellNumber(matchRow(tables, 'coef_masque_proche', { tv_coef_masque_proche_id: id }), 'fe1');
}

/** Fe2, the distant-mask factor [-] of a window. */
export function distantMaskFactor(tables: Tables3cl, window: DpeNode): number {
  const de = nodeAt(window, 'donnee_entree') ?? window;
  const homogeneous = numberAt(de, 'tv_coef_masque_lointain_homogene_id');
  if (homogeneous !== null) {
    const row = matchRow(tables, 'coef_masque_lointain_homogene', { tv_coef_masque_lointain_homogene_id: homogeneous });
    return cellNumber(row, 'fe2');
  }
  const sectors = items(de, 'masque_lointain_non_homogene_collection', 'masque_lointain_non_homogene');
  if (sectors.length === 0) return 1;
  let shade_pct = 0;
  for (const sector of sectors) {
    const id = numberAt(sector, 'tv_coef_masque_lointain_non_homogene_id');
    if (id === null)
      throw new RangeError('masque_lointain_non_homogene/tv_coef_masque_lointain_non_homogene_id is missing');
    shade_pct += cellNumber(
      matchRow(tables, 'coef_masque_lointain_non_homoge', { tv_coef_masque_lointain_non_homogene_id: id }),
      'omb',
    );
  }
  return Math.max(0, 1 - shade_pct / 100);
}
