import { readFile } from 'node:fs/promises';
import { computeDpe3cl, recordDate, type Dpe3clResult } from '../../../../engine/dpe3cl/computeDpe3cl.js';
import type { Tables3cl } from '../../../../engine/dpe3cl/tables.js';
import { DpeTreeError, nodeAt, num, parseDpeTree, text, type DpeNode } from '../../../../engine/dpe3cl/tree.js';
import { AppError } from '../../errors/AppError.js';

/** One figure of a replay: the record's official value beside ours. */
export interface ReplayLine {
  quantity: string;
  unit: string;
  official: number | null;
  computed: number | null;
  /** (computed − official) / official [%], null when either is missing or the official is 0. */
  diff_pct: number | null;
}

/** A real DPE recomputed from its own inputs with the 3CL method, compared with its official outputs. */
export interface ReplayReport {
  numero_dpe: string;
  date: string;
  /** ADEME's enum_methode_application_dpe_log_id (1 maison, 2–5 appartement, 6–9 immeuble…). */
  methode_application_id: number | null;
  official_class: string | null;
  computed_class: string | null;
  official_ges_class: string | null;
  computed_ges_class: string | null;
  class_equal: boolean;
  /** |class difference| in letters (0 equal, 1 neighbour). */
  class_gap: number | null;
  lines: ReplayLine[];
  approximations: string[];
}

const LETTERS = 'ABCDEFG';

function line(quantity: string, unit: string, official: number | null, computed: number | null): ReplayLine {
  const diff_pct =
    official !== null && computed !== null && official !== 0 ? ((computed - official) / official) * 100 : null;
  return {
    quantity,
    unit,
    official,
    computed,
    diff_pct: diff_pct === null ? null : Math.round(diff_pct * 10) / 10 || 0,
  };
}

/** Compares a computed result with the record's `logement/sortie`. */
export function replayReport(tree: DpeNode, result: Dpe3clResult, date: string): ReplayReport {
  const logement = nodeAt(tree, 'logement');
  const out = (p: string) => nodeAt(logement, `sortie/${p}`);
  const b = result.balance;
  const officialClass = text(out('ep_conso'), 'classe_bilan_dpe');
  const officialGes = text(out('emission_ges'), 'classe_emission_ges');
  const gap =
    officialClass && LETTERS.includes(officialClass)
      ? Math.abs(LETTERS.indexOf(b.classe_dpe) - LETTERS.indexOf(officialClass))
      : null;
  return {
    numero_dpe: text(tree, 'numero_dpe') ?? '',
    date,
    methode_application_id: num(nodeAt(logement, 'caracteristique_generale'), 'enum_methode_application_dpe_log_id'),
    official_class: officialClass,
    computed_class: b.classe_dpe,
    official_ges_class: officialGes,
    computed_ges_class: b.classe_climat,
    class_equal: officialClass === b.classe_dpe,
    class_gap: gap,
    lines: [
      line(
        'déperditions (GV)',
        'W/K',
        num(out('deperdition'), 'deperdition_enveloppe'),
        result.envelope.deperdition_enveloppe_w_k,
      ),
      line('besoin de chauffage', 'kWh/an', num(out('apport_et_besoin'), 'besoin_ch'), result.needs.besoin_ch_kwh),
      line("besoin d'ECS", 'kWh/an', num(out('apport_et_besoin'), 'besoin_ecs'), result.needs.besoin_ecs_kwh),
      line('chauffage (énergie finale)', 'kWh/an', num(out('ef_conso'), 'conso_ch'), b.ef_kwh.ch),
      line('ECS (énergie finale)', 'kWh/an', num(out('ef_conso'), 'conso_ecs'), b.ef_kwh.ecs),
      line('énergie primaire, 5 usages', 'kWhEP/m²/an', num(out('ep_conso'), 'ep_conso_5_usages_m2'), b.ep_kwh_m2),
      line('émissions, 5 usages', 'kgCO2e/m²/an', num(out('emission_ges'), 'emission_ges_5_usages_m2'), b.ges_kg_m2),
    ],
    approximations: result.approximations,
  };
}

/** Replays one parsed record: computes it on its own date and compares. */
export function replayTree(tree: DpeNode, tables: Tables3cl): ReplayReport {
  const date = recordDate(tree);
  if (!date)
    throw new AppError(
      422,
      'invalid_dpe',
      'administratif/date_etablissement_dpe is missing: the date decides the factors and the class limits',
    );
  const logement = nodeAt(tree, 'logement')!;
  let result: Dpe3clResult;
  try {
    result = computeDpe3cl(logement, tables, { date });
  } catch (e) {
    if (e instanceof RangeError)
      throw new AppError(422, 'unsupported_dpe', `the 3CL method cannot compute this record: ${e.message}`);
    throw e;
  }
  return replayReport(tree, result, date);
}

/** Reads a DPE XML file (ADEME's format) and replays it. A file that is not a DPE is a 422 naming where. */
export async function replayDpeFile(file: string, tables: Tables3cl): Promise<ReplayReport> {
  const xml = await readFile(file, 'utf8');
  let tree: DpeNode;
  try {
    tree = parseDpeTree(xml);
  } catch (e) {
    if (e instanceof DpeTreeError) throw new AppError(422, 'invalid_dpe', `${file}: ${e.message}`);
    throw e;
  }
  return replayTree(tree, tables);
}

/** The report as text lines, French labels. */
export function replayText(r: ReplayReport): string[] {
  const fmt = (v: number | null) =>
    v === null
      ? '—'
      : Math.abs(v) >= 100
        ? Math.round(v).toLocaleString('fr-FR')
        : v.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  const rows = r.lines.map(
    (l) =>
      `  ${l.quantity.padEnd(28)} ${fmt(l.official).padStart(10)} ${fmt(l.computed).padStart(10)}  ${l.diff_pct === null ? '' : l.diff_pct === 0 ? '0 %' : `${l.diff_pct > 0 ? '+' : ''}${l.diff_pct.toLocaleString('fr-FR')} %`}  ${l.unit}`,
  );
  return [
    `DPE ${r.numero_dpe} du ${r.date}`,
    `  ${''.padEnd(28)} ${'officiel'.padStart(10)} ${'recalculé'.padStart(10)}`,
    ...rows,
    `  classe énergie-climat       ${String(r.official_class).padStart(10)} ${String(r.computed_class).padStart(10)}  ${r.class_equal ? 'identique' : `écart ${r.class_gap ?? '?'} classe(s)`}`,
    ...r.approximations.map((a) => `  approximation : ${a}`),
  ];
}
