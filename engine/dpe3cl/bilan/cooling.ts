import { cellNumber, matchRows, type Tables3cl } from '../tables';
import { text, type DpeNode } from '../tree';
import { numberAt } from './read';

/**
 * Cooling consumption (3CL annexe 1 §10.2): Cfr = 0.9 × Bfr × Sclim / Sh / EER [kWh], the need Bfr (§10.1, given)
 * taken on the cooled share of the dwelling, EER from table seer by climate zone and installation period (the entered
 * value when the diagnostician gave the system's own, methods 6–8). `surface_m2` is the area the need refers to (the
 * building's for needs at the building's scale); a flat's share of a building's system is its `cle_repartition_clim`.
 */
export interface CoolingResult {
  enum_type_energie_id: string;
  conso_kwh: number;
  conso_depensier_kwh: number;
}

/** Consumption of one `climatisation` node for the dwelling's needs Bfr [kWh] of `surface_m2`. */
export function coolingConsumption(
  tables: Tables3cl,
  climatisation: DpeNode,
  zoneId: string,
  surface_m2: number,
  besoin_fr_kwh: number,
  besoin_fr_depensier_kwh: number,
): CoolingResult {
  const de = climatisation['donnee_entree'] as DpeNode | null;
  if (!de) throw new RangeError('climatisation/donnee_entree is missing');
  if (!(surface_m2 > 0)) throw new RangeError(`surface_habitable must be > 0 m², got ${surface_m2}`);
  const sclim = numberAt(de, 'surface_clim') ?? surface_m2;
  const share = Math.min(1, sclim / surface_m2);
  const method = Number(text(de, 'enum_methode_saisie_carac_sys_id') ?? '1');
  const di = climatisation['donnee_intermediaire'] as DpeNode | null;
  let eer = [6, 7, 8].includes(method) ? (numberAt(de, 'eer') ?? numberAt(di, 'eer')) : null;
  if (eer === null) {
    const period = text(de, 'enum_periode_installation_fr_id');
    if (!period) throw new RangeError('climatisation enum_periode_installation_fr_id is missing');
    const row = matchRows(tables, 'seer', {
      enum_zone_climatique_id: zoneId,
      enum_periode_installation_fr_id: period,
    })[0];
    if (!row) throw new RangeError(`no seer row for zone ${zoneId}, period ${period}`);
    eer = cellNumber(row, 'eer');
  }
  // §17.2: a building's system in a flat's DPE (needs at the building's scale) — the flat takes its key's share.
  const key = numberAt(de, 'cle_repartition_clim') ?? 1;
  if (!(key > 0 && key <= 1))
    throw new RangeError(`climatisation cle_repartition_clim must be within (0, 1], got ${key}`);
  return {
    enum_type_energie_id: text(de, 'enum_type_energie_id') ?? '1',
    conso_kwh: (0.9 * besoin_fr_kwh * share * key) / eer,
    conso_depensier_kwh: (0.9 * besoin_fr_depensier_kwh * share * key) / eer,
  };
}
