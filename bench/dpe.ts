/**
 * Real-DPE import (BENCH_ONLY=dpe), both engines: 100,000 rows (BENCH_DPE_ROWS) of « DPE Logements existants » in its
 * real v2 schema — the 96 real Paris rows of fixtures/dpe repeated with new numbers, their BAN point moved onto the
 * demo's houses (Lambert-93), so that every row lies in the territory and matches a footprint — imported by
 * `importDpe` (read, written, matched: records/s), then the matching alone again on every record (matched/s), with
 * the peak RSS of the process. First, the same file uploaded as a landlord's own diagnostics (POST /me/dpe's
 * service: read and matched in a rolled-back savepoint, kept in the private attributes of its own houses).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database } from '../api/src/db/types.js';
import { migrate } from '../api/src/db/migrate.js';
import { loadDemo } from '../api/src/services/demo.js';
import { importDpe, matchUnmatchedDpe } from '../api/src/services/dpe/importDpe.js';
import { uploadPrivateDpe } from '../api/src/services/landlord/privateDpe.js';
import { onBothEngines } from './bothEngines.js';

type Emit = (figure: Record<string, unknown>) => void;
const PARIS = path.resolve('fixtures/dpe/dpe-v2-logements-existants_paris_96.csv');
const round1 = (x: number) => Math.round(x * 10) / 10;
const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;

async function writeRows(db: Database, file: string, count: number): Promise<void> {
  const rows = parse(fs.readFileSync(PARIS, 'utf8'), { bom: true }) as string[][];
  const header = rows[0]!;
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`the v2 fixture has no column ${name}`);
    return i;
  };
  const [number, x, y, score] = [
    'N°DPE',
    'Coordonnée_cartographique_X_(BAN)',
    'Coordonnée_cartographique_Y_(BAN)',
    'Score_BAN',
  ].map(col);
  const points = (
    await db.query<{ x: number; y: number }>(
      `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(ST_PointOnSurface(footprint), 2154) AS p FROM buildings ORDER BY id) s`,
    )
  ).rows;
  const out = fs.createWriteStream(file);
  out.write(header.map(quote).join(',') + '\n');
  for (let i = 0; i < count; i++) {
    const r = [...rows[1 + (i % (rows.length - 1))]!];
    const p = points[i % points.length]!;
    r[number!] = `2562E${String(i).padStart(7, '0')}B`;
    r[x!] = p.x.toFixed(2);
    r[y!] = p.y.toFixed(2);
    r[score!] = '0.9';
    if (!out.write(r.map(quote).join(',') + '\n'))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function benchDpeOn(engine: string, db: Database, work: string, emit: Emit): Promise<void> {
  await migrate(db);
  await loadDemo(db);
  const count = Number(process.env.BENCH_DPE_ROWS) || 100_000;
  const file = path.join(work, `dpe-v2-${engine}.csv`);
  await writeRows(db, file, count);
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    // The organisation owning the most demo houses uploads the file as its own diagnostics.
    const org = (
      await db.query<{ id: number; slug: string; name: string }>(
        `SELECT o.id, o.slug, o.name FROM organisations o JOIN buildings b ON b.owner_org = o.id
         GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows[0]!;
    let t = performance.now();
    const own = await uploadPrivateDpe(db, { ...org, token_id: 0 }, file, 'bench.csv', false);
    const uploadS = (performance.now() - t) / 1000;
    emit({
      figure: 'dpe_private_upload',
      engine,
      rows: count,
      seconds: round1(uploadS),
      records_per_s: Math.round(count / uploadS),
      organisation: org.slug,
      written: own.written,
      skipped: own.skipped,
      peak_rss_mb: Math.round(peak / 1048576),
      note: "one landlord's own file: read and matched as the import does (rolled back), kept in its houses' private attributes",
    });
    await db.query(`UPDATE buildings SET private_attributes = '{}'::jsonb WHERE private_attributes ? 'dpe_number'`);
    t = performance.now();
    const [report] = await importDpe(db, [file]);
    const importS = (performance.now() - t) / 1000;
    const matched =
      report!.matched.ban_inside + report!.matched.ban_nearest + report!.matched.rnb + report!.matched.address;
    emit({
      figure: 'dpe_import',
      engine,
      rows: count,
      seconds: round1(importS),
      records_per_s: Math.round(count / importS),
      imported: report!.imported,
      matched,
      skipped: report!.skipped,
      peak_rss_mb: Math.round(peak / 1048576),
      note: 'v2 CSV read, written and matched in one transaction; demo of 18,658 houses',
    });
    await db.query(
      `UPDATE dpe_records SET building_id = NULL, match_method = NULL, match_confidence = NULL, match_distance_m = NULL`,
    );
    t = performance.now();
    const m = await matchUnmatchedDpe(db);
    const matchS = (performance.now() - t) / 1000;
    emit({
      figure: 'dpe_match',
      engine,
      records: count,
      seconds: round1(matchS),
      matched_per_s: Math.round(count / matchS),
      ...m,
      note: '`cadastre dpe match` on every record, 1,000 a transaction',
    });
  } finally {
    clearInterval(sample);
    fs.rmSync(file, { force: true });
  }
}

export async function benchDpe(
  openEmbedded: () => Promise<Database>,
  withServerDatabase: (label: string, fn: (url: string) => Promise<void>) => Promise<void>,
  openServer: (url: string) => Promise<Database>,
  work: string,
  emit: Emit,
) {
  await onBothEngines({ openEmbedded, withServerDatabase, openServer }, 'dpe', (engine, db) =>
    benchDpeOn(engine, db, work, emit),
  );
}
