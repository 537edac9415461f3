import { rowsWith, tableRows, type TableRow, type Tables3cl } from '../tables';
import { evaluateCombustionFormula } from './combustionFormula';

/** Characteristics of a combustion generator (3CL annexe 1 §13.2.1). */
export interface CombustionCharacteristics {
  /** Nominal power Pn [W]. */
  pn_w: number;
  /** Efficiency at full load Rpn [-] (fraction, not %). */
  rpn: number;
  /** Stand-by losses at 30 K, QP0 [W]. */
  qp0_w: number;
  /** Pilot-light power [W], 0 when the generator has none. */
  pveil_w: number;
}

const E_BY_CONDENSING: Readonly<Record<'0' | '1', number>> = { '0': 2.5, '1': 1.75 };
const F_BY_CONDENSING: Readonly<Record<'0' | '1', number>> = { '0': -0.8, '1': -0.55 };

function criterionHolds(criterion: string | undefined, pn_kw: number): boolean {
  if (!criterion) return true;
  const m = /^(?:(\d+)<)?Pn(?:(≤|>)(\d+))?$/.exec(criterion.replace(/\s+/g, ''));
  if (!m) throw new RangeError(`cannot read 3CL criterion ${criterion}`);
  if (m[1] !== undefined && !(pn_kw > Number(m[1]))) return false;
  if (m[2] === '≤' && !(pn_kw <= Number(m[3]))) return false;
  if (m[2] === '>' && !(pn_kw > Number(m[3]))) return false;
  return true;
}

/**
 * The row of table generateur_combustion for an ECS generator type `enum_type_generateur_ecs_id` and power `pn_w`
 * (the row whose critere_pn holds), or the row `tv_generateur_combustion_id` when given. Null when none.
 */
export function combustionRow(
  tables: Tables3cl,
  ecsTypeId: string,
  pn_w: number,
  tvId?: string | null,
): TableRow | null {
  const rows = tableRows(tables, 'generateur_combustion');
  const byType = rowsWith(tables, 'generateur_combustion', 'enum_type_generateur_ecs_id', ecsTypeId);
  const found = byType.find((r) => criterionHolds(r.critere_pn, pn_w / 1000));
  if (found) return found;
  return tvId ? (rows.find((r) => r.tv_generateur_combustion_id === tvId) ?? null) : null;
}

/**
 * Rpn, QP0 and the pilot light from the table (§13.2.1): Rpn a % formula of Pn [kW]; QP0 either a % of Pn
 * (`1%`, or a bare number meaning %) or a formula of Pn [kW] giving kW; pveil [W] kept only when `hasPilot`.
 */
export function combustionFromTable(
  row: TableRow,
  pn_w: number,
  hasPilot: boolean,
  condensing = false,
): CombustionCharacteristics {
  if (!(pn_w > 0)) throw new RangeError(`pn must be > 0 W, got ${pn_w}`);
  const pn_kw = pn_w / 1000;
  const c = condensing ? '1' : '0';
  const vars = { Pn: pn_kw, E: E_BY_CONDENSING[c], F: F_BY_CONDENSING[c] };
  if (!row.rpn) throw new RangeError(`3CL generateur_combustion row ${row.tv_generateur_combustion_id} has no rpn`);
  const rpn = evaluateCombustionFormula(row.rpn, vars) / 100;
  const q = (row.qp0_perc ?? '').trim();
  let qp0_w = 0;
  if (q.endsWith('%')) qp0_w = (Number(q.slice(0, -1)) / 100) * pn_w;
  else if (/^\d+(\.\d+)?$/.test(q)) qp0_w = (Number(q) / 100) * pn_w;
  else if (q) qp0_w = evaluateCombustionFormula(q, vars) * 1000;
  const pveil_w = hasPilot && row.pveil ? Number(row.pveil) : 0;
  return { pn_w, rpn, qp0_w, pveil_w };
}
