import { items, nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';
import { cellNumber, matchRows, type Tables3cl } from '../tables';

/**
 * The hot-water losses recovered for heating, 3CL-DPE 2021 §9.1.1 (« pertes récupérées »), deducted from the heating
 * need of month j:
 *   Qrec_dist_j = 0.48 × Σ_installations (Qdw_ind,vc + Qdw_col,vc) × Nref_j / 8760      [Wh]
 *   Qrec_stock_j = 0.48 × Σ_installations individuelles Qgw(ballons en volume chauffé) × Nref_j / 8760   [Wh]
 * with Qdw_ind,vc = 0.1 × Becs_inst (individual distribution, in the heated volume) and Qdw_col,vc = 0.112 × Becs_inst
 * (the collective loop's part in the heated volume; 0 for an individual installation), Becs_inst the installation's
 * share of the annual hot-water need [Wh], Nref_j nref19 (nref21 « dépensier », with the « dépensier » need) [h].
 * Qgw, the annual storage loss [Wh], §11.6: 8592 × 45 / 24 × Vs × Cr for an electric storage water heater (§11.6.2, Cr
 * from table pertes_stockage by type and volume), 67 662 × Vs^0.55 for another storage (§11.6.1), 0 without storage;
 * Vs [L]. Storage losses of collective installations are not recovered.
 */

/** enum_type_installation_id 1: installation individuelle. */
const INDIVIDUAL = 1;
/** enum_type_stockage_ecs_id 1: no storage (instantaneous production). */
const NO_STORAGE = 1;

function volumeBand(vs_l: number): string {
  return vs_l <= 100 ? '≤ 100' : vs_l <= 200 ? '100 <   ≤ 200' : vs_l <= 300 ? '200 <   ≤ 300' : '> 300';
}

/** Qgw [Wh/yr] of one `generateur_ecs` item (§11.6). */
export function storageLoss_wh(tables: Tables3cl, generator: DpeNode): number {
  const de = nodeAt(generator, 'donnee_entree');
  if (numberAt(de, 'enum_type_stockage_ecs_id') === NO_STORAGE) return 0;
  const vs = numberAt(de, 'volume_stockage');
  if (vs === null || vs <= 0) return 0;
  const type = numberAt(de, 'enum_type_generateur_ecs_id');
  const electric = type === null ? [] : matchRows(tables, 'pertes_stockage', { enum_type_generateur_ecs_id: type });
  if (electric.length > 0) {
    const row = electric.find((r) => r['volume_ballon'] === volumeBand(vs)) ?? electric[0]!;
    return ((8592 * 45) / 24) * vs * cellNumber(row, 'cr');
  }
  return 67662 * vs ** 0.55;
}

/** Whether a generator's storage is inside the heated volume. */
function storageInHeatedVolume(generator: DpeNode): boolean {
  const de = nodeAt(generator, 'donnee_entree');
  const storage = numberAt(de, 'position_volume_chauffe_stockage');
  return (storage ?? numberAt(de, 'position_volume_chauffe')) === 1;
}

export interface RecoverableHotWaterLosses {
  /** Σ (Qdw_ind,vc + Qdw_col,vc) [Wh/yr], conventional and « dépensier » needs. */
  distribution_wh: number;
  distribution_depensier_wh: number;
  /** Σ Qgw of the individual installations' storages in the heated volume [Wh/yr]. */
  storage_wh: number;
}

/**
 * The annual recoverable losses of the installations of `installation_ecs_collection`. Each installation's share of
 * the need is its `surface_habitable` over `area_m2` (1 when absent).
 */
export function recoverableHotWaterLosses(
  logement: DpeNode,
  tables: Tables3cl,
  hot_water_need_wh: number,
  hot_water_need_depensier_wh: number,
  area_m2: number,
): RecoverableHotWaterLosses {
  const out = { distribution_wh: 0, distribution_depensier_wh: 0, storage_wh: 0 };
  for (const inst of items(logement, 'installation_ecs_collection', 'installation_ecs')) {
    const de = nodeAt(inst, 'donnee_entree');
    const share = (numberAt(de, 'surface_habitable') ?? area_m2) / area_m2;
    const individual = numberAt(de, 'enum_type_installation_id') === INDIVIDUAL;
    const rate = individual ? 0.1 : 0.1 + 0.112;
    out.distribution_wh += rate * hot_water_need_wh * share;
    out.distribution_depensier_wh += rate * hot_water_need_depensier_wh * share;
    if (!individual) continue;
    for (const gen of items(inst, 'generateur_ecs_collection', 'generateur_ecs')) {
      if (storageInHeatedVolume(gen)) out.storage_wh += storageLoss_wh(tables, gen);
    }
  }
  return out;
}

/** The monthly recovered part [Wh] of an annual loss [Wh]: 0.48 × loss × Nref_j / 8760. */
export function recoveredMonthly_wh(annual_loss_wh: number, nref_h: readonly number[]): number[] {
  return nref_h.map((h) => (0.48 * annual_loss_wh * h) / 8760);
}
