import type { Database, Queryable } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { notLonLatMessage, resolveCrs, type ResolvedCrs } from './crs.js';
import { MAKE_VALID_REPAIR, prepareRecord, type ImportKind, type StagedRecord } from './prepareRecord.js';
import { ImportError } from '../../readers/ImportError.js';
import {
  footprintOutcome,
  ImportRefused,
  MIN_FOOTPRINT_M2,
  rejectionKey,
  wholeRecord,
  type PreparedFootprint,
  type RejectedRecord,
} from './recordOutcomes.js';
import type { FeatureSource, SourceFeature } from '../../readers/types.js';

export interface ImportProgress {
  /** Bytes (or rows) of the file read so far, and in all. */
  done: number;
  total: number;
  /** Records read so far. */
  features: number;
}

export interface ImportOptions {
  fileName: string;
  /** EPSG code overriding the file's own CRS. */
  srid?: number;
  /** Import the good features and report the bad ones, instead of refusing the whole file. */
  skipInvalid?: boolean;
  kind?: ImportKind;
  /**
   * Commit every this many records, with a checkpoint: an interrupted import run again resumes after the last
   * commit. Default: the whole file in one transaction.
   */
  batchCommit?: number;
  /** Identity of the file for checkpoints (path, size, modification time); needed with batchCommit. */
  fileKey?: string;
  /** Records per staged batch (default 2,000). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** When given, milliseconds spent per step are added to it (for the benchmark's breakdown). */
  timings?: Record<string, number>;
}

export interface ImportReport {
  file: string;
  format: string;
  kind: ImportKind;
  srid: number;
  /** The file's CRS as named (EPSG:2154, or a WKT name reprojected with proj4). */
  crs: string;
  srid_from: string;
  /** Records read (skipped and rejected ones included). */
  features: number;
  imported: number;
  updated: number;
  /** Records already stored with the same content (a re-import): nothing written. */
  unchanged: number;
  repaired: number;
  skipped: number;
  rejected: number;
  /** Skipped records by reason. */
  skips: Record<string, number>;
  /** Rejected records by reason (numbers in the reason folded to N). */
  rejected_by_reason: Record<string, number>;
  /** The first rejections, with the record's position and source id. */
  rejections: { index: number; source_id: string | null; reason: string }[];
  /** The first rejected record in full (attributes and geometry as read), to see what is wrong with it. */
  first_rejected: RejectedRecord | null;
  /** The first repairs. */
  repairs: { index: number; source_id: string | null; repairs: string[] }[];
  import_id: number | null;
  /** Records already committed by an earlier interrupted run with --batch-commit, skipped on this one. */
  resumed_from: number | null;
  seconds: number;
}

/** Rejections and repairs listed one by one in a report (counts by reason are kept for all). */
const LISTED = 1000;
const DEFAULT_BATCH = 5000;

type Counts = Pick<
  ImportReport,
  'imported' | 'updated' | 'unchanged' | 'repaired' | 'skipped' | 'rejected' | 'skips' | 'rejected_by_reason'
>;

function firstPosition(feature: SourceFeature): [number, number] | null {
  let c: unknown = feature.geometry?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}

class Run {
  readonly report: ImportReport;
  private batch: StagedRecord[] = [];
  private keys = new Map<string, number>();

  constructor(
    readonly kind: ImportKind,
    readonly crs: ResolvedCrs,
    readonly source: FeatureSource,
    readonly options: ImportOptions,
  ) {
    this.report = {
      file: options.fileName,
      format: source.format,
      kind,
      srid: crs.srid,
      crs: crs.label,
      srid_from: crs.from,
      features: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      repaired: 0,
      skipped: 0,
      rejected: 0,
      skips: {},
      rejected_by_reason: {},
      rejections: [],
      first_rejected: null,
      repairs: [],
      import_id: null,
      resumed_from: null,
      seconds: 0,
    };
  }

  counts(): Counts {
    const r = this.report;
    return {
      imported: r.imported,
      updated: r.updated,
      unchanged: r.unchanged,
      repaired: r.repaired,
      skipped: r.skipped,
      rejected: r.rejected,
      skips: r.skips,
      rejected_by_reason: r.rejected_by_reason,
    };
  }

  /** Counts a rejected record; `feature` is the record as read, kept in full for the first rejection. */
  reject(index: number, sourceId: string | null, reason: string, feature?: SourceFeature): void {
    this.report.rejected += 1;
    const key = rejectionKey(reason);
    this.report.rejected_by_reason[key] = (this.report.rejected_by_reason[key] ?? 0) + 1;
    if (this.report.rejections.length < LISTED) this.report.rejections.push({ index, source_id: sourceId, reason });
    if (!this.report.first_rejected) this.report.first_rejected = wholeRecord(index, sourceId, reason, feature);
  }

  /** Counts a record that is not a building to import (not an error). */
  skip(reason: string): void {
    this.report.skipped += 1;
    this.report.skips[reason] = (this.report.skips[reason] ?? 0) + 1;
  }

  /** Runs one database step, adding its time to options.timings when asked. */
  private async step<T>(name: string, work: Promise<T>): Promise<T> {
    const timings = this.options.timings;
    if (!timings) return work;
    const t = performance.now();
    const value = await work;
    timings[name] = (timings[name] ?? 0) + performance.now() - t;
    return value;
  }

  /** Adds one record; returns true when the batch is full. */
  add(feature: SourceFeature): boolean {
    this.report.features += 1;
    const outcome = prepareRecord(feature, this.kind, this.crs, this.source.vocabulary);
    if (outcome.kind === 'skipped') {
      this.skip(outcome.reason);
      return false;
    }
    if (outcome.kind === 'rejected') {
      this.reject(feature.index, outcome.sourceId, outcome.reason, feature);
      return false;
    }
    const r = outcome.record;
    const key = `${r.source}\u0000${r.sourceId}`;
    const first = this.keys.get(key);
    if (first !== undefined) {
      this.reject(r.index, r.sourceId, `duplicate source_id ${r.sourceId} (first at feature ${first})`, feature);
      return false;
    }
    this.keys.set(key, r.index);
    // Kept until the first rejection is recorded, so that a record the database step rejects can be shown in full.
    if (!this.report.first_rejected) r.feature = feature;
    this.batch.push(r);
    return this.batch.length >= (this.options.batchSize ?? DEFAULT_BATCH);
  }

  private inflight: Promise<void> = Promise.resolve();

  /**
   * Starts writing the batch once the previous one is written, without waiting for it: the server works on one
   * batch while this thread reads and maps the next (a pipeline of two; the embedded engine shares this thread, so
   * there it changes nothing). A failure surfaces at the next `queue` or `drain`.
   */
  async queue(tx: Queryable): Promise<void> {
    await this.inflight;
    const writing = this.flush(tx);
    writing.catch(() => undefined);
    this.inflight = writing;
  }

  /** Waits until every queued batch is written. */
  async drain(): Promise<void> {
    await this.inflight;
  }

  /** Writes the staged batch in `tx` (whose import_stage table exists). */
  private async flush(tx: Queryable): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.keys.clear();
    if (batch.length === 0) return;
    const byIndex = new Map(batch.map((r) => [r.index, r]));
    await tx.query(sql('import/clear_stage'));
    await this.step('copy', tx.copyIn(sql('import/copy_stage'), batch.map((r) => r.line).join('')));
    if (this.kind === 'buildings' && (await this.writeFast(tx, batch, byIndex))) return;
    const dropped: number[] = [];
    const droppedSet = () => new Set(dropped);
    if (this.kind === 'buildings') {
      const classified = await this.step(
        'classify',
        tx.query<{ i: number; id: number; unchanged: boolean; duplicate: boolean }>(sql('import/classify_stage'), [
          this.report.import_id,
        ]),
      );
      const unchangedIds: number[] = [];
      for (const row of classified.rows)
        if (this.settleStored(row, byIndex.get(row.i)!, unchangedIds)) dropped.push(row.i);
      if (unchangedIds.length > 0) await tx.query(sql('import/touch_unchanged'), [this.report.import_id, unchangedIds]);
      if (dropped.length > 0) await tx.query(sql('import/drop_staged'), [dropped]);
    }
    const classifiedAway = dropped.length;
    const early = droppedSet();
    const remaining = batch.map((r) => r.index).filter((i) => !early.has(i));
    const prepared = await this.step('prepare', this.prepare(tx, remaining, dropped, byIndex));
    for (const row of prepared) {
      const r = byIndex.get(row.i)!;
      if (this.settleFootprint(row, r)) {
        dropped.push(row.i);
        continue;
      }
      if (!row.valid && !r.repairs.includes(MAKE_VALID_REPAIR)) r.repairs.push(MAKE_VALID_REPAIR);
      this.noteRepairs(r);
    }
    if (dropped.length > classifiedAway) await tx.query(sql('import/drop_staged'), [dropped.slice(classifiedAway)]);
    const upsert =
      // Buildings: the same one-statement write, now over rows known to be writable (the others were dropped).
      this.kind === 'obstacles' ? sql('import/upsert_obstacles_stage') : sql('import/write_stage');
    const written = await this.step(
      'upsert',
      tx.query<{ id: number; inserted: boolean }>(
        upsert,
        this.kind === 'obstacles' ? [] : [this.report.import_id, MIN_FOOTPRINT_M2],
      ),
    );
    if (written.rows.length !== batch.length - droppedSet().size)
      throw new ImportError('the database wrote fewer rows than sent; nothing was imported');
    const updatedIds: number[] = [];
    for (const w of written.rows)
      if (w.inserted) this.report.imported += 1;
      else {
        this.report.updated += 1;
        updatedIds.push(w.id);
      }
    if (this.kind === 'buildings' && updatedIds.length > 0) await tx.query(sql('import/forget_results'), [updatedIds]);
  }

  /**
   * A staged record already stored: a duplicate within this import is rejected, an unchanged one counted (its id
   * kept to be marked as seen). Returns false when it is neither and must be written or explained otherwise.
   */
  private settleStored(
    row: { id: number | null; unchanged: boolean | null; duplicate: boolean | null },
    r: StagedRecord,
    unchangedIds: number[],
  ): boolean {
    if (row.duplicate) {
      this.reject(r.index, r.sourceId, `duplicate source_id ${r.sourceId} (already earlier in this file)`, r.feature);
      return true;
    }
    if (row.unchanged) {
      this.report.unchanged += 1;
      unchangedIds.push(row.id!);
      return true;
    }
    return false;
  }

  /** Counts a written record's repairs. */
  private noteRepairs(r: StagedRecord): void {
    if (r.repairs.length === 0) return;
    this.report.repaired += 1;
    if (this.report.repairs.length < LISTED)
      this.report.repairs.push({ index: r.index, source_id: r.sourceId, repairs: r.repairs });
  }

  /**
   * Skips or rejects a record whose prepared footprint is not to be written (see footprintOutcome); returns whether
   * it did.
   */
  private settleFootprint(row: Omit<Prepared, 'i' | 'valid'>, r: StagedRecord): boolean {
    const outcome = footprintOutcome(row, this.kind, this.crs.label);
    if (!outcome) return false;
    if (outcome.kind === 'skipped') this.skip(outcome.reason);
    else this.reject(r.index, r.sourceId, outcome.reason, r.feature);
    return true;
  }

  /**
   * The batch in one statement (write_stage), then, only for the records it left out, why (diagnose_stage). Returns
   * false when the statement fails — a GEOS exception, swallowed or not — after rolling it back: the caller then takes
   * the step-by-step path, which isolates the record at fault.
   */
  private async writeFast(tx: Queryable, batch: StagedRecord[], byIndex: Map<number, StagedRecord>): Promise<boolean> {
    await tx.query('SAVEPOINT import_write');
    let written: { id: number; source_id: string; inserted: boolean }[];
    try {
      written = (
        await this.step('write', tx.query(sql('import/write_stage'), [this.report.import_id, MIN_FOOTPRINT_M2]))
      ).rows as never;
      await tx.query('RELEASE SAVEPOINT import_write');
    } catch {
      await tx.query('ROLLBACK TO SAVEPOINT import_write');
      return false;
    }
    const done = new Set<string>();
    const updatedIds: number[] = [];
    for (const w of written) {
      done.add(w.source_id);
      if (w.inserted) this.report.imported += 1;
      else {
        this.report.updated += 1;
        updatedIds.push(w.id);
      }
    }
    if (updatedIds.length > 0) await tx.query(sql('import/forget_results'), [updatedIds]);
    const missing = batch.filter((r) => !done.has(r.sourceId));
    for (const r of batch) if (done.has(r.sourceId)) this.noteRepairs(r);
    if (missing.length === 0) return true;
    const why = await this.step(
      'diagnose',
      tx.query<Omit<Prepared, 'valid'> & { id: number | null; unchanged: boolean | null; duplicate: boolean | null }>(
        sql('import/diagnose_stage'),
        [this.report.import_id, missing.map((r) => r.index)],
      ),
    );
    const unchangedIds: number[] = [];
    for (const row of why.rows) {
      const r = byIndex.get(row.i)!;
      if (!this.settleStored(row, r, unchangedIds) && !this.settleFootprint(row, r))
        throw new ImportError('the database wrote fewer rows than sent; nothing was imported');
    }
    if (why.rows.length !== missing.length)
      throw new ImportError('the database wrote fewer rows than sent; nothing was imported');
    if (unchangedIds.length > 0) await tx.query(sql('import/touch_unchanged'), [this.report.import_id, unchangedIds]);
    return true;
  }

  /**
   * Reprojects and repairs the staged rows. PGlite swallows GEOS exceptions (DESIGN's hazard): when the batch fails
   * that way, each row is prepared alone, under a savepoint, and the ones GEOS cannot process are rejected.
   */
  private async prepare(
    tx: Queryable,
    indices: number[],
    dropped: number[],
    byIndex: Map<number, StagedRecord>,
  ): Promise<Prepared[]> {
    if (indices.length === 0) return [];
    await tx.query('SAVEPOINT import_prepare');
    try {
      const rows = (await tx.query<Prepared>(sql('import/prepare_stage'), [null])).rows;
      await tx.query('RELEASE SAVEPOINT import_prepare');
      return rows;
    } catch {
      await tx.query('ROLLBACK TO SAVEPOINT import_prepare');
    }
    const rows: Prepared[] = [];
    for (const i of indices) {
      try {
        rows.push(...(await tx.query<Prepared>(sql('import/prepare_stage'), [i])).rows);
        await tx.query('RELEASE SAVEPOINT import_prepare');
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT import_prepare');
        const detail = error instanceof Error ? error.message : String(error);
        const r = byIndex.get(i);
        const reason = `PostGIS could not reproject or repair this footprint (${detail.slice(0, 120)})`;
        this.reject(i, r?.sourceId ?? null, reason, r?.feature);
        dropped.push(i);
      }
      await tx.query('SAVEPOINT import_prepare');
    }
    await tx.query('RELEASE SAVEPOINT import_prepare');
    return rows;
  }

  get pending(): number {
    return this.batch.length;
  }
}

type Prepared = PreparedFootprint & { i: number; valid: boolean };

function refusal(report: ImportReport, outcome = 'nothing was imported'): ImportError {
  const first = report.rejections[0]!;
  const named = first.source_id ? `feature ${first.index} (${first.source_id})` : `feature ${first.index}`;
  return new ImportRefused(
    `${report.rejected} of ${report.features} features rejected; ${outcome} (first: ${named}: ${first.reason})`,
    report,
  );
}

async function finish(tx: Queryable, report: ImportReport, finished: boolean): Promise<void> {
  await tx.query(sql('import/finish_import'), [
    report.import_id,
    report.imported,
    report.updated,
    report.repaired,
    report.rejected,
    JSON.stringify({
      skips: report.skips,
      rejected_by_reason: report.rejected_by_reason,
      rejections: report.rejections,
      first_rejected: report.first_rejected,
      repairs: report.repairs,
    }),
    report.skipped,
    report.unchanged,
    finished,
  ]);
}

/**
 * Imports a stream of records (any format's reader) into buildings or obstacles. Records are mapped and checked in
 * TypeScript, copied in batches into a staging table (COPY), compared with what is stored (unchanged records write
 * nothing), reprojected and repaired in PostGIS, then upserted by (source, source_id). Memory stays bounded by one
 * batch plus the first 1,000 rejections and repairs.
 *
 * By default the whole file is one transaction: any rejected record (unless skipInvalid) or failure rolls everything
 * back and the ImportError lists the rejections. With batchCommit, every batchCommit records are committed with a
 * checkpoint; a run of the same file after an interruption resumes after the last commit.
 */
export async function importFeatures(
  db: Database,
  source: FeatureSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const iterator = source.features()[Symbol.asyncIterator]();
  // The first record makes streamed readers read the head of the file (a GeoJSON crs member) before the CRS is resolved.
  let next = await iterator.next();
  if (next.done) throw new ImportError('the file has no features');
  const crs = await resolveCrs(db, source.crs, options.srid);
  const firstFeature = next.value;
  if (crs.from.startsWith('default')) {
    const p = firstPosition(firstFeature);
    if (p && (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) throw new ImportError(notLonLatMessage(p[0], p[1]));
  }
  const firstKind = firstFeature.properties.kind;
  const kind: ImportKind =
    options.kind ?? (firstKind === 'slag_heap' || firstKind === 'other' ? 'obstacles' : 'buildings');
  const run = new Run(kind, crs, source, options);
  const report = run.report;
  let consumed = 0;
  const progress = () => options.onProgress?.({ ...source.progress(), features: consumed });
  const take = async (): Promise<SourceFeature | null> => {
    if (next.done) return null;
    const feature = next.value;
    consumed += 1;
    // Readers that never wait for I/O (SQLite rows, OSM features from memory) would starve the event loop: yield now
    // and then so that the batch being written gets its next statement sent as soon as the server answers.
    if (consumed % 128 === 0) await new Promise((resolve) => setImmediate(resolve));
    next = await iterator.next();
    return feature;
  };

  try {
    if (!options.batchCommit) {
      await db.transaction(async (tx) => {
        report.import_id = (
          await tx.query<{ id: number }>(sql('import/insert_import'), [options.fileName, source.format, crs.srid, true])
        ).rows[0]!.id;
        await tx.exec(sql('import/create_stage'));
        for (let f = await take(); f; f = await take()) {
          if (run.add(f)) {
            await run.queue(tx);
            progress();
          }
        }
        await run.queue(tx);
        await run.drain();
        progress();
        if (report.rejected > 0 && !options.skipInvalid) throw refusal(report);
        await finish(tx, report, true);
      });
    } else {
      await importInBatches(db, run, options, take, progress, () => consumed);
    }
  } finally {
    await source.close().catch(() => undefined);
  }
  report.seconds = Math.round((performance.now() - started) / 10) / 100;
  return report;
}

async function importInBatches(
  db: Database,
  run: Run,
  options: ImportOptions,
  take: () => Promise<SourceFeature | null>,
  progress: () => void,
  consumed: () => number,
): Promise<void> {
  const report = run.report;
  const fileKey = options.fileKey;
  if (!fileKey) throw new ImportError('--batch-commit needs the file identity (internal: fileKey)');
  const every = options.batchCommit!;
  const checkpoint = (
    await db.query<{ import_id: number; features_done: number; counts: Partial<ImportReport> }>(
      sql('import/get_checkpoint'),
      [fileKey],
    )
  ).rows[0];
  let done = 0;
  if (checkpoint) {
    report.import_id = checkpoint.import_id;
    report.resumed_from = Number(checkpoint.features_done);
    Object.assign(report, checkpoint.counts);
    report.features = report.resumed_from;
    report.rejections = [];
    report.first_rejected = null;
    report.repairs = [];
    // Records committed by the interrupted run are read again (the formats have no random access) but not written.
    while (done < report.resumed_from && (await take())) done += 1;
  } else {
    report.import_id = (
      await db.query<{ id: number }>(sql('import/insert_import'), [
        options.fileName,
        run.source.format,
        run.crs.srid,
        false,
      ])
    ).rows[0]!.id;
  }
  let last = false;
  while (!last) {
    const rejectedBefore = report.rejected;
    await db.transaction(async (tx) => {
      await tx.exec(sql('import/create_stage'));
      const stop = consumed() + every;
      let f: SourceFeature | null = null;
      while (consumed() < stop && (f = await take())) {
        if (run.add(f)) await run.queue(tx);
      }
      await run.queue(tx);
      await run.drain();
      last = f === null || consumed() < stop;
      if (report.rejected > rejectedBefore && !options.skipInvalid) {
        throw refusal(
          report,
          `this batch was not written; the ${done} records committed before it stay, and running the import again (fixed, or with --skip-invalid) resumes after them`,
        );
      }
      done = consumed();
      const counts = run.counts();
      if (last) {
        await tx.query(sql('import/delete_checkpoint'), [fileKey]);
        await finish(tx, report, true);
      } else {
        await tx.query(sql('import/put_checkpoint'), [
          fileKey,
          options.fileName,
          report.import_id,
          done,
          JSON.stringify(counts),
        ]);
        await finish(tx, report, false);
      }
    });
    progress();
  }
}
