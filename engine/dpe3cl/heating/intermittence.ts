import { cellNumber, matchRows, tableRows, type Tables3cl } from '../tables';

/**
 * §8 of the 3CL-DPE 2021 method, « modélisation de l'intermittence »: the intermittence coefficient I0 of an emitter
 * from the table « intermittence » (by DPE method, installation type, divided or central heating, intermittence
 * equipment, room-by-room regulation, emitter type, the inertia class for houses, and, for collective heating, the
 * presence of individual metering), and the factor applied to the heating need
 *
 *   INT = I0 / (1 + 0.1 × (G − 1)),   G = GV / (Sh × HSP)   [W/(K·m³)].
 */
export interface IntermittenceInputs {
  enum_methode_application_dpe_log_id: number;
  enum_type_installation_id: number;
  enum_type_chauffage_id: number;
  enum_equipement_intermittence_id: number;
  enum_type_regulation_id: number;
  enum_type_emission_distribution_id: number;
  enum_classe_inertie_id: number;
  /** Individual metering of collective heating; null = unknown (the record's own row then decides). */
  comptage_individuel: boolean | null;
  /** The record's row (`tv_intermittence_id`), which says whether metering is present when that is not known. */
  tv_intermittence_id?: number | null;
}

/** I0 [-] of one emitter (§8). */
export function intermittenceI0(tables: Tables3cl, e: IntermittenceInputs): number {
  const criteria: Record<string, number> = {
    enum_methode_application_dpe_log_id: e.enum_methode_application_dpe_log_id,
    enum_type_installation_id: e.enum_type_installation_id,
    enum_type_chauffage_id: e.enum_type_chauffage_id,
    enum_equipement_intermittence_id: e.enum_equipement_intermittence_id,
    enum_type_regulation_id: e.enum_type_regulation_id,
    enum_type_emission_distribution_id: e.enum_type_emission_distribution_id,
  };
  // Only the house rows (method 1) depend on the inertia class.
  if (e.enum_methode_application_dpe_log_id === 1) criteria['enum_classe_inertie_id'] = e.enum_classe_inertie_id;
  let comptage = e.comptage_individuel;
  if (comptage === null && e.tv_intermittence_id) {
    const own = tableRows(tables, 'intermittence').find(
      (r) => r['tv_intermittence_id'] === String(e.tv_intermittence_id),
    );
    comptage = own?.['comptage_individuel']?.startsWith('Présence') ?? false;
  }
  const wanted = comptage ? 'Présence' : 'Absence';
  const rows = matchRows(tables, 'intermittence', criteria).filter(
    (r) => r['comptage_individuel'] === undefined || r['comptage_individuel'].startsWith(wanted),
  );
  // A combination the table lacks: the record's own row (`tv_intermittence_id`, chosen by the diagnostician) decides.
  const own = e.tv_intermittence_id
    ? tableRows(tables, 'intermittence').find((r) => r['tv_intermittence_id'] === String(e.tv_intermittence_id))
    : undefined;
  const row = rows[0] ?? own;
  if (!row)
    throw new RangeError(`3CL table intermittence: no row for ${JSON.stringify({ ...criteria, comptage: wanted })}`);
  return cellNumber(row, 'i0');
}

/** INT [-] = I0 / (1 + 0.1 × (G − 1)) with G = GV / (Sh × HSP) (§8). */
export function intermittenceFactor(i0: number, gv_w_k: number, surface_m2: number, hsp_m: number): number {
  if (!(surface_m2 > 0)) throw new RangeError(`surface_m2 must be > 0, got ${surface_m2}`);
  if (!(hsp_m > 0)) throw new RangeError(`hsp_m must be > 0, got ${hsp_m}`);
  const g = gv_w_k / (surface_m2 * hsp_m);
  return i0 / (1 + 0.1 * (g - 1));
}
