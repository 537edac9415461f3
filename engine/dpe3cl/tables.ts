/**
 * The regulatory default values of the 3CL-DPE 2021 method ("valeurs forfaitaires" of the annexes of the arrêté du
 * 31 mars 2021, as ADEME's valeur_tables.xlsx): fixtures/dpe/3cl-tables/tv_tables.json, loaded by the caller (the
 * engine does no I/O) and passed in. Each table is a list of rows whose fields are text, as in ADEME's file; a field
 * naming enumeration ids (`enum_…_id`) may list several ids separated by `|`.
 */
export type TableRow = Readonly<Record<string, string>>;
export type Tables3cl = Readonly<Record<string, unknown>>;

/** The rows of table `name`; throws when the table is not a list. */
export function tableRows(tables: Tables3cl, name: string): readonly TableRow[] {
  const t = tables[name];
  if (!Array.isArray(t)) throw new RangeError(`3CL table ${name} is not a list of rows`);
  return t as TableRow[];
}

/** Whether a row's field (text, possibly `a|b|c`) holds `value`. */
export function fieldHas(row: TableRow, field: string, value: string | number): boolean {
  const cell = row[field];
  if (cell === undefined) return false;
  const wanted = String(value);
  if (!cell.includes('|')) return cell.trim() === wanted;
  let ids = splitCells.get(cell);
  if (!ids) splitCells.set(cell, (ids = new Set(cell.split('|').map((c) => c.trim()))));
  return ids.has(wanted);
}

/** The `a|b|c` cells already split (the tables hold a few thousand distinct ones). */
const splitCells = new Map<string, Set<string>>();

/** Per tables object, table → field → id or text → the rows holding it, in the table's order (built on first use). */
const indexes = new WeakMap<object, Map<string, Map<string, Map<string, TableRow[]>>>>();

/**
 * The rows of table `name` whose `field` holds `value` (as fieldHas), in the table's order, from an index built on
 * first use: the method looks up the same few tables for every wall, window and dwelling, and a scan of every row
 * each time was most of its run time. The answer is shared: do not modify it.
 */
export function rowsWith(tables: Tables3cl, name: string, field: string, value: string | number): readonly TableRow[] {
  let byTable = indexes.get(tables);
  if (!byTable) indexes.set(tables, (byTable = new Map()));
  let byField = byTable.get(name);
  if (!byField) byTable.set(name, (byField = new Map()));
  let byValue = byField.get(field);
  if (!byValue) {
    byField.set(field, (byValue = new Map()));
    for (const row of tableRows(tables, name)) {
      const cell = row[field];
      if (cell === undefined) continue;
      for (const v of new Set(cell.split('|').map((c) => c.trim()))) {
        let list = byValue.get(v);
        if (!list) byValue.set(v, (list = []));
        list.push(row);
      }
    }
  }
  return byValue.get(String(value)) ?? NO_ROWS;
}

const NO_ROWS: readonly TableRow[] = Object.freeze([]);

/** Lookups already answered, per tables object: the same criteria come back for every dwelling of a stock. */
const memo = new WeakMap<object, Map<string, TableRow[]>>();

/** The rows of table `name` matching every criterion (field → id or text, `|` lists in the table honoured). */
export function matchRows(
  tables: Tables3cl,
  name: string,
  criteria: Readonly<Record<string, string | number>>,
): TableRow[] {
  let byKey = memo.get(tables);
  if (!byKey) memo.set(tables, (byKey = new Map()));
  const key = `${name}\u0000${JSON.stringify(criteria)}`;
  const hit = byKey.get(key);
  if (hit) return hit.slice();
  const entries = Object.entries(criteria);
  const first = entries[0];
  const rows = (first ? rowsWith(tables, name, first[0], first[1]) : tableRows(tables, name)).filter((row) =>
    entries.every(([field, value]) => fieldHas(row, field, value)),
  );
  if (byKey.size < 100_000) byKey.set(key, rows);
  return rows.slice();
}

/** The single row matching `criteria`; throws a RangeError naming the table and the criteria when there is none. */
export function matchRow(
  tables: Tables3cl,
  name: string,
  criteria: Readonly<Record<string, string | number>>,
): TableRow {
  const found = matchRows(tables, name, criteria)[0];
  if (!found) throw new RangeError(`3CL table ${name}: no row for ${JSON.stringify(criteria)}`);
  return found;
}

/** A table cell as a number (decimal comma accepted); throws when it is not one. */
export function cellNumber(row: TableRow, field: string): number {
  const raw = row[field];
  const v = raw === undefined ? Number.NaN : Number(raw.replace(',', '.'));
  if (!Number.isFinite(v)) throw new RangeError(`3CL table cell ${field} is not a number: ${String(raw)}`);
  return v;
}

/** Tables the method cannot run without (a sample checked on load). */
const REQUIRED = [
  'coef_reduction_deperdition',
  'umur0',
  'uph0',
  'upb0',
  'ue',
  'uw',
  'q4pa_conv',
  'generateur_combustion',
  'intermittence',
  'dh19',
  'c1',
  'dpe_class_limit',
  'ges_class_limit',
];

/** Validates fixtures/dpe/3cl-tables/tv_tables.json (ADEME's valeur_tables as JSON); a RangeError names a missing table. */
export function parseTables3cl(raw: unknown): Tables3cl {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new RangeError('3CL tables: not an object of tables');
  for (const name of REQUIRED) if (!(name in raw)) throw new RangeError(`3CL tables: table ${name} is missing`);
  return raw as Tables3cl;
}
