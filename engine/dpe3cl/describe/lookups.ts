import { matchRows, type TableRow, type Tables3cl } from '../tables';

/*
 * The table rows a DPE software picks from what the diagnostician entered, for the descriptions this module writes
 * (engine/dpe3cl/describe): the ids are those of ADEME's valeur_tables (fixtures/dpe/3cl-tables/tv_tables.json).
 */

/** Parses a bound such as "0,25 <", "≤ 0,50", "≤ 9", "≥ 70" into its number. */
function bound(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const m = /-?\d+(?:[.,]\d+)?/.exec(text);
  return m ? Number(m[0].replace(',', '.')) : null;
}

/** Whether `x` lies in a row's (min, max] range given as text fields. */
function inRange(row: TableRow, minField: string, maxField: string, x: number): boolean {
  const lo = bound(row[minField]);
  const hi = bound(row[maxField]);
  return (lo === null || x > lo) && (hi === null || x <= hi);
}

/**
 * §3.1 (table coef_reduction_deperdition): the row for a wall, floor or ceiling on an unheated space of type
 * `adjacency_id`, with the insulation configuration `cfg_isolation_lnc_id` and the ratio Aiu/Aue.
 */
export function reductionRow(
  tables: Tables3cl,
  adjacency_id: number,
  cfg_isolation_lnc_id: number | null,
  aiu_m2: number,
  aue_m2: number,
): TableRow {
  const rows = matchRows(tables, 'coef_reduction_deperdition', {
    enum_type_adjacence_id: adjacency_id,
    ...(cfg_isolation_lnc_id === null ? {} : { enum_cfg_isolation_lnc_id: cfg_isolation_lnc_id }),
  });
  const ratio = aue_m2 > 0 ? aiu_m2 / aue_m2 : Number.POSITIVE_INFINITY;
  const row =
    rows.find((r) => r['aiu_aue_max'] === undefined && r['aiu_aue_min'] === undefined) ??
    rows.find((r) => inRange(r, 'aiu_aue_min', 'aiu_aue_max', ratio));
  if (!row) throw new RangeError(`no coef_reduction_deperdition row for adjacency ${adjacency_id}, ratio ${ratio}`);
  return row;
}

/** §3.2.1 (table umur0): the row for a wall material and its thickness [cm] (the nearest listed thickness). */
export function wallU0Row(tables: Tables3cl, material_id: number, thickness_cm: number): TableRow {
  // A material the table does not list (e.g. 23 « autre ») counts as unknown (1), as the method's default.
  let rows = matchRows(tables, 'umur0', { enum_materiaux_structure_mur_id: material_id });
  if (rows.length === 0) rows = matchRows(tables, 'umur0', { enum_materiaux_structure_mur_id: 1 });
  if (rows.length === 0) throw new RangeError(`no umur0 row for material ${material_id}`);
  let best = rows[0]!;
  let gap = Number.POSITIVE_INFINITY;
  for (const r of rows) {
    const t = bound(r['epaisseur_structure']);
    const d = t === null ? 0 : Math.abs(t - thickness_cm);
    if (d < gap) [best, gap] = [r, d];
  }
  return best;
}

/** §4 (table q4pa_conv): the conventional air permeability row of a house by construction period. */
export function q4paRow(tables: Tables3cl, period_id: number, insulated_surfaces: boolean): TableRow {
  const rows = matchRows(tables, 'q4pa_conv', {
    enum_periode_construction_id: period_id,
    enum_methode_application_dpe_log_id: 1,
    isolation_surfaces: insulated_surfaces ? '1' : '0',
  }).filter((r) => r['presence_joints_menuiserie'] === undefined);
  const row =
    rows[0] ??
    matchRows(tables, 'q4pa_conv', {
      enum_periode_construction_id: period_id,
      enum_methode_application_dpe_log_id: 1,
    })[0];
  if (!row) throw new RangeError(`no q4pa_conv row for period ${period_id}`);
  return row;
}

/** §8 (table intermittence): the row for a house's heating emitter, equipment, regulation and inertia class. */
export function intermittenceRow(
  tables: Tables3cl,
  c: {
    type_installation_id: number;
    type_chauffage_id: number;
    equipement_intermittence_id: number;
    type_regulation_id: number;
    type_emission_distribution_id: number;
    classe_inertie_id: number;
  },
): TableRow {
  const rows = matchRows(tables, 'intermittence', {
    enum_methode_application_dpe_log_id: 1,
    enum_type_installation_id: c.type_installation_id,
    enum_type_chauffage_id: c.type_chauffage_id,
    enum_equipement_intermittence_id: c.equipement_intermittence_id,
    enum_type_regulation_id: c.type_regulation_id,
    enum_type_emission_distribution_id: c.type_emission_distribution_id,
  });
  const row =
    rows.find((r) => (r['enum_classe_inertie_id'] ?? '').split('|').includes(String(c.classe_inertie_id))) ?? rows[0];
  if (!row) throw new RangeError(`no intermittence row for ${JSON.stringify(c)}`);
  return row;
}
