import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/types.js';
import { sql } from '../../db/sql.js';
import { reclassUnder2026Factor } from './factor2026.js';
import { emptyMatchCounts, matchDpeRecords, type MatchCounts } from './matchDpe.js';
import { recordFlags, TERRITORY_MARGIN_DEG, type MatchFlag } from './matchRules.js';
import { readDpeSource, type DpeSourceFile } from './readDpeSource.js';
import { DpeFormatError, type DpeDataset, type DpeRecord } from './types.js';

/** Why a readable record was not stored. */
export type DpeSkipReason =
  'outside_territory' | 'superseded' | 'not_deposited' | 'not_a_dwelling' | 'repeated_in_file';

export interface DpeFileReport {
  file: string;
  dataset: DpeDataset | null;
  /** rejected: the file was refused whole and nothing of it written (error says where). */
  outcome: 'imported' | 'rejected';
  error: string | null;
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: Record<DpeSkipReason, number>;
  matched: MatchCounts;
  flagged: Record<MatchFlag, number>;
}

export interface DpeImportOptions {
  /** Keep records outside the territory (no building near them): stored unmatched. Default false. */
  keepOutside?: boolean;
  /** Records per statement [default 500]. */
  batchSize?: number;
  onFile?: (report: DpeFileReport) => void;
}

const emptySkips = (): Record<DpeSkipReason, number> => ({
  outside_territory: 0,
  superseded: 0,
  not_deposited: 0,
  not_a_dwelling: 0,
  repeated_in_file: 0,
});
const emptyFlags = (): Record<MatchFlag, number> => ({
  low_ban_score: 0,
  address_disagrees: 0,
  ban_not_housenumber: 0,
});

export function emptyReport(file: string): DpeFileReport {
  return {
    file,
    dataset: null,
    outcome: 'imported',
    error: null,
    read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: emptySkips(),
    matched: emptyMatchCounts(),
    flagged: emptyFlags(),
  };
}

/** The reason a record is not stored whatever the database holds, or null. */
function intrinsicSkip(r: DpeRecord): DpeSkipReason | null {
  if (r.status === 'REMPLACE' || r.status === 'REMPLACÉ') return 'superseded';
  // PRE_DEPOT: saved by the software but never deposited with ADEME (no valid DPE).
  if (r.status === 'PRE_DEPOT') return 'not_deposited';
  if (r.model && /tertiaire/i.test(r.model)) return 'not_a_dwelling';
  return null;
}

const hashOf = (r: DpeRecord) => createHash('sha1').update(JSON.stringify(r)).digest('hex');

/**
 * Imports DPE files (ADEME CSV in either schema, XML files, folders or zips of them): one transaction per file, so a
 * file with a malformed row or a cut XML is refused whole (its report says where) and the others still land.
 * Idempotent by DPE number: the same record again changes nothing; a changed one is rewritten and matched anew.
 * Records are matched to buildings as they are written (matchDpe.ts).
 */
export async function importDpe(
  db: Database,
  paths: string[],
  options: DpeImportOptions = {},
): Promise<DpeFileReport[]> {
  const reports: DpeFileReport[] = [];
  for (const path of paths) {
    try {
      await importSource(db, path, options, reports);
    } catch (error) {
      // The source itself cannot be read (another kind of file): its own rejected report; the others go on.
      if (!(error instanceof DpeFormatError)) throw error;
      const report = { ...emptyReport(path), outcome: 'rejected' as const, error: error.message };
      reports.push(report);
      options.onFile?.(report);
    }
  }
  return reports;
}

async function importSource(db: Database, path: string, options: DpeImportOptions, reports: DpeFileReport[]) {
  for await (const source of readDpeSource(path)) {
    const report = emptyReport(source.file);
    try {
      await db.transaction(async (tx) => {
        const importId = await startImport(tx, source.file);
        await importRecords(tx, source.records, report, options, importId);
        await finishImport(tx, importId, report);
      });
    } catch (error) {
      if (!(error instanceof DpeFormatError)) throw error;
      Object.assign(report, emptyReport(source.file), { outcome: 'rejected', error: error.message });
    }
    reports.push(report);
    options.onFile?.(report);
  }
}

async function startImport(tx: Queryable, file: string): Promise<number> {
  const r = await tx.query<{ id: number }>(
    `INSERT INTO imports (file_name, format, source_srid) VALUES ($1, 'dpe', 2154) RETURNING id`,
    [file],
  );
  return r.rows[0]!.id;
}

async function finishImport(tx: Queryable, id: number, report: DpeFileReport): Promise<void> {
  const skipped = Object.values(report.skipped).reduce((s, n) => s + n, 0);
  await tx.query(
    `UPDATE imports SET format = $2, imported = $3, updated = $4, unchanged = $5, skipped = $6, report = $7 WHERE id = $1`,
    [
      id,
      `dpe:${report.dataset ?? 'unknown'}`,
      report.imported,
      report.updated,
      report.unchanged,
      skipped,
      JSON.stringify(report),
    ],
  );
}

async function importRecords(
  tx: Queryable,
  records: AsyncIterable<DpeRecord>,
  report: DpeFileReport,
  options: DpeImportOptions,
  importId: number,
): Promise<void> {
  const size = options.batchSize ?? 500;
  const seen = new Set<string>();
  let batch: DpeRecord[] = [];
  for await (const record of records) {
    report.read++;
    report.dataset ??= record.dataset;
    if (seen.has(record.number)) {
      report.skipped.repeated_in_file++;
      continue;
    }
    seen.add(record.number);
    const skip = intrinsicSkip(record);
    if (skip) {
      report.skipped[skip]++;
      continue;
    }
    batch.push(record);
    if (batch.length >= size) {
      await writeBatch(tx, batch, report, options, importId);
      batch = [];
    }
  }
  if (batch.length > 0) await writeBatch(tx, batch, report, options, importId);
}

async function writeBatch(
  tx: Queryable,
  batch: DpeRecord[],
  report: DpeFileReport,
  options: DpeImportOptions,
  importId: number,
): Promise<void> {
  let kept = batch;
  if (!options.keepOutside) {
    const probe = batch.map((r) => ({
      number: r.number,
      rnb_id: r.rnb_id,
      x: r.ban_x_l93,
      y: r.ban_y_l93,
      citycode: r.ban_citycode,
    }));
    const inside = new Set(
      (
        await tx.query<{ number: string }>(sql('dpe/in_territory'), [JSON.stringify(probe), TERRITORY_MARGIN_DEG])
      ).rows.map((r) => r.number),
    );
    kept = batch.filter((r) => inside.has(r.number));
    report.skipped.outside_territory += batch.length - kept.length;
  }
  if (kept.length === 0) return;
  // A record that a stored one replaces is history already overtaken: not stored.
  const replaced = new Set(
    (await tx.query<{ number: string }>(sql('dpe/superseded'), [kept.map((r) => r.number)])).rows.map((r) => r.number),
  );
  for (const r of kept) if (replaced.has(r.number)) report.skipped.superseded++;
  kept = kept.filter((r) => !replaced.has(r.number));
  if (kept.length === 0) return;

  const rows = kept.map((r) => {
    const flags = recordFlags(r);
    for (const f of flags) report.flagged[f]++;
    const y2026 = reclassUnder2026Factor(r);
    return {
      ...r,
      energy_class_2026: y2026.energy_class,
      primary_kwh_m2_2026: y2026.primary_kwh_m2,
      reclass_2026_note: y2026.reason,
      content_hash: hashOf(r),
      match_flags: flags,
    };
  });
  const written = await tx.query<{ number: string; inserted: boolean }>(sql('dpe/upsert'), [
    JSON.stringify(rows),
    importId,
  ]);
  const inserted = written.rows.filter((r) => r.inserted).length;
  report.imported += inserted;
  report.updated += written.rows.length - inserted;
  report.unchanged += kept.length - written.rows.length;
  const numbers = written.rows.map((r) => r.number);
  await tx.query(sql('dpe/supersede'), [numbers]);
  const m = await matchDpeRecords(tx, numbers);
  for (const k of Object.keys(m) as (keyof MatchCounts)[]) report.matched[k] += m[k];
}

/** A record of a file as an import would have stored and matched it (matchWithoutKeeping). */
export interface TrialMatch {
  number: string;
  building_id: number | null;
  match_method: string | null;
  match_confidence: number | null;
  match_flags: MatchFlag[];
  energy_class: string;
  energy_class_2026: string | null;
  primary_kwh_m2: number;
  primary_kwh_m2_2026: number | null;
  ghg_kg_m2: number | null;
  issue_date: string;
  valid_until: string;
  superseded_by: string | null;
}

/**
 * One file's records read, checked, skipped and matched exactly as `importDpe` would, inside a savepoint of `tx` that
 * is rolled back: nothing of the file is kept in dpe_records (a landlord's own diagnostics stay private). A record
 * ADEME's register already holds unchanged keeps its stored match. Throws DpeFormatError as the import does.
 */
export async function matchWithoutKeeping(
  tx: Queryable,
  source: DpeSourceFile,
  report: DpeFileReport,
): Promise<TrialMatch[]> {
  const numbers: string[] = [];
  async function* noted(records: AsyncIterable<DpeRecord>) {
    for await (const r of records) {
      numbers.push(r.number);
      yield r;
    }
  }
  await tx.query('SAVEPOINT dpe_trial');
  try {
    const importId = await startImport(tx, source.file);
    await importRecords(tx, noted(source.records), report, {}, importId);
    return (await tx.query<TrialMatch>(sql('dpe/trial_matches'), [numbers])).rows;
  } finally {
    await tx.query('ROLLBACK TO SAVEPOINT dpe_trial');
    await tx.query('RELEASE SAVEPOINT dpe_trial');
  }
}

/**
 * Matches every stored record still without a building (after buildings were imported or changed), 1,000 at a time,
 * each chunk in its own transaction. Returns the counts of this pass.
 */
export async function matchUnmatchedDpe(db: Database): Promise<MatchCounts> {
  const total = emptyMatchCounts();
  let after = '';
  for (;;) {
    const chunk = (
      await db.query<{ number: string }>(
        `SELECT number FROM dpe_records WHERE building_id IS NULL AND number > $1 ORDER BY number LIMIT 1000`,
        [after],
      )
    ).rows.map((r) => r.number);
    if (chunk.length === 0) return total;
    after = chunk[chunk.length - 1]!;
    const m = await db.transaction((tx) => matchDpeRecords(tx, chunk));
    for (const k of Object.keys(m) as (keyof MatchCounts)[]) total[k] += m[k];
  }
}
