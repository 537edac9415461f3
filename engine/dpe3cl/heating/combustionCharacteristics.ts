import { rowsWith, tableRows, type TableRow, type Tables3cl } from '../tables';
import { evaluateTableFormula, powerCriterionHolds } from './tableFormula';

/**
 * §13.2.1 of the 3CL-DPE 2021 method: the characteristics of a combustion generator — nominal power Pn, efficiencies
 * at full load Rpn and at intermediate load Rpint (PCI), standby losses QP0 and pilot-light power Pveilleuse — from
 * the table « generateur_combustion » unless the diagnostician entered them (`enum_methode_saisie_carac_sys_id`
 * 2: Pn; 3: Pn, Rpn, Rpint; 4: + QP0; 5: + operating temperatures).
 *
 * Without an entered Pn, Pn = 1.2 × GV × (19 − Tbase) / 0.95³ [W]. The table's formulas take Pn in kW and the
 * coefficients E, F of the post-2015 boilers (E = 2.5, F = −0.8 without a balanced flue « ventouse », 1.75 and −0.55
 * with one). For a collective generator split across the dwellings (`ratio_virtualisation`, §17.2.1), the table is
 * read with the generator's own power Pn / ratio and QP0 scaled back by the ratio.
 */
export interface CombustionCharacteristics {
  /** Nominal power Pn [W] (of the dwelling's virtual share when virtualised). */
  pn_w: number;
  /** Efficiency at full load Rpn [-] (fraction, PCI). */
  rpn: number;
  /** Efficiency at intermediate load Rpint [-] (fraction, PCI); NaN when the table gives none (gas radiators). */
  rpint: number;
  /** Standby losses QP0 [W]. */
  qp0_w: number;
  /** Pilot-light power Pveilleuse [W]. */
  pveil_w: number;
  /** The table row used. */
  tv_generateur_combustion_id: number;
}

export interface CombustionInputs {
  enum_type_generateur_ch_id: number;
  enum_methode_saisie_carac_sys_id: number;
  /** Entered nominal power [W] (used when the entry method is 2–5). */
  pn_w?: number | null;
  /** Entered Rpn, Rpint [-] (entry methods 3–5). */
  rpn?: number | null;
  rpint?: number | null;
  /** Entered QP0 [W] (entry methods 4–5). */
  qp0_w?: number | null;
  /** Whether a pilot light is present and its power [W]. */
  pveilleuse_w?: number | null;
  presence_ventouse: boolean;
  ratio_virtualisation: number;
  /** The table row the record names, used when the type alone names no row (types 113–116, 119). */
  tv_generateur_combustion_id?: number | null;
  /** Envelope losses GV [W/K] and base temperature [°C], for the default Pn. */
  gv_w_k: number;
  tbase_c: number;
}

/** §13.2.1: default nominal power [W] of a generator sized on the envelope losses. */
export function defaultNominalPower(gv_w_k: number, tbase_c: number): number {
  if (!(gv_w_k > 0)) throw new RangeError(`gv_w_k must be > 0, got ${gv_w_k}`);
  return (1.2 * gv_w_k * (19 - tbase_c)) / 0.95 ** 3;
}

function findRow(tables: Tables3cl, input: CombustionInputs, pnTable_kw: number): TableRow {
  const rows = tableRows(tables, 'generateur_combustion');
  const byType = rowsWith(
    tables,
    'generateur_combustion',
    'enum_type_generateur_ch_id',
    input.enum_type_generateur_ch_id,
  );
  const found = byType.find((r) => powerCriterionHolds(r['critere_pn'], pnTable_kw));
  if (found) return found;
  const named = input.tv_generateur_combustion_id;
  const byId = named ? rows.find((r) => r['tv_generateur_combustion_id'] === String(named)) : undefined;
  if (byId) return byId;
  throw new RangeError(
    `3CL table generateur_combustion: no row for enum_type_generateur_ch_id ${input.enum_type_generateur_ch_id} at Pn ${pnTable_kw.toFixed(1)} kW`,
  );
}

/** The characteristics of one combustion generator (§13.2.1). */
export function combustionCharacteristics(tables: Tables3cl, input: CombustionInputs): CombustionCharacteristics {
  const method = input.enum_methode_saisie_carac_sys_id;
  const ratio = input.ratio_virtualisation;
  if (!(ratio > 0)) throw new RangeError(`ratio_virtualisation must be > 0, got ${ratio}`);
  const entered = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const pn_w =
    method >= 2 && method <= 5 && entered(input.pn_w) ? input.pn_w : defaultNominalPower(input.gv_w_k, input.tbase_c);
  const pnTable_kw = pn_w / ratio / 1000;
  const row = findRow(tables, input, pnTable_kw);
  const vars = input.presence_ventouse ? { Pn: pnTable_kw, E: 1.75, F: -0.55 } : { Pn: pnTable_kw, E: 2.5, F: -0.8 };
  const fromTable = (field: string): number | null => {
    const f = row[field];
    return f === undefined || f.trim() === '' ? null : evaluateTableFormula(f, vars);
  };

  const rpnTable = fromTable('rpn');
  const rpintTable = fromTable('rpint');
  const enteredEff = method >= 3 && method <= 5;
  const rpn = enteredEff && entered(input.rpn) ? input.rpn : (rpnTable ?? Number.NaN) / 100;
  const rpint = enteredEff && entered(input.rpint) ? input.rpint : (rpintTable ?? Number.NaN) / 100;
  if (!(rpn > 0)) throw new RangeError(`rpn of generator ${input.enum_type_generateur_ch_id} is not known`);

  let qp0_w: number;
  if ((method === 4 || method === 5) && entered(input.qp0_w)) {
    qp0_w = input.qp0_w;
  } else {
    const f = row['qp0_perc'];
    const v = fromTable('qp0_perc');
    if (f === undefined || v === null) qp0_w = 0;
    else if (f.includes('Pn'))
      qp0_w = v * 1000 * ratio; // formula of Pn [kW] → kW
    else if (f.includes('%'))
      qp0_w = v * pn_w; // share of Pn
    else qp0_w = v * 1000 * ratio; // constant [kW]
  }
  // §13.2.1: the pilot light counts only when one is present.
  const pveil_w = entered(input.pveilleuse_w) ? input.pveilleuse_w : 0;
  return { pn_w, rpn, rpint, qp0_w, pveil_w, tv_generateur_combustion_id: Number(row['tv_generateur_combustion_id']) };
}
