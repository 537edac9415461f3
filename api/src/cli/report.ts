import type { LidarImportReport } from '../services/lidar/importLidar.js';
import type { ImportProgress, ImportReport } from '../services/import/importFeatures.js';
import type { DpeFileReport } from '../services/dpe/importDpe.js';

/** A one-line progress bar on stderr with rate and ETA, redrawn in place when stderr is a terminal. */
export function progressPrinter(label: string): (done: number, total: number) => void {
  const start = performance.now();
  return (done, total) => {
    const seconds = (performance.now() - start) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s ETA ${eta.toFixed(0)} s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    else if (done >= total) process.stderr.write(`${line}\n`);
  };
}

/**
 * The import's progress bar: share of the file read, records and records/s, redrawn at most 5 times a second on a
 * terminal; elsewhere (a log) one line every 10 s.
 */
export function importProgressPrinter(): (p: ImportProgress) => void {
  const start = performance.now();
  let last = start;
  return (p) => {
    const now = performance.now();
    const finished = p.total > 0 && p.done >= p.total;
    if (now - last < (process.stderr.isTTY ? 200 : 10_000) && !(finished && process.stderr.isTTY)) return;
    last = now;
    const seconds = (now - start) / 1000;
    const share = p.total > 0 ? Math.min(p.done / p.total, 1) : 0;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `import [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${p.features} records ${(p.features / Math.max(seconds, 1e-3)).toFixed(0)}/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${finished ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

/** Most characters of the first rejected record's geometry printed (the whole record is in the --json report). */
const GEOMETRY_CHARS = 4000;

/**
 * Skips and rejections by reason, the first rejections one by one and the first rejected record in full: printed
 * after the report, and before the error when a file is refused.
 */
export function printOutcomes(report: ImportReport, print: (line: string) => void): void {
  for (const [reason, n] of Object.entries(report.skips)) print(`  skipped ${n}: ${reason}`);
  for (const [reason, n] of Object.entries(report.rejected_by_reason)) print(`  rejected ${n}: ${reason}`);
  for (const r of report.rejections.slice(0, 20))
    print(`  rejected feature ${r.index}${r.source_id ? ` (${r.source_id})` : ''}: ${r.reason}`);
  if (report.rejected > 20) print(`  … ${report.rejected - 20} more rejected`);
  const first = report.first_rejected;
  if (!first) return;
  print(`  first rejected record (feature ${first.index}${first.source_id ? `, ${first.source_id}` : ''}):`);
  if (first.id !== null) print(`    id: ${JSON.stringify(first.id)}`);
  print(`    properties: ${JSON.stringify(first.properties)}`);
  const geometry = JSON.stringify(first.geometry);
  print(
    `    geometry: ${geometry.length > GEOMETRY_CHARS ? `${geometry.slice(0, GEOMETRY_CHARS)}… (${geometry.length} characters in all; the whole record is in the --json report)` : geometry}`,
  );
  print(`    reason: ${first.reason}`);
}

export function printImportReport(report: ImportReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `${report.file} (${report.format}): ${report.features} ${report.kind} records (${report.crs}, ${report.srid_from}) → ` +
      `${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ${report.repaired} repaired, ` +
      `${report.skipped} skipped, ${report.rejected} rejected in ${report.seconds} s` +
      (report.resumed_from !== null ? ` (resumed after ${report.resumed_from} records)` : ''),
  );
  for (const r of report.repairs.slice(0, 20))
    console.log(`  repaired feature ${r.index}${r.source_id ? ` (${r.source_id})` : ''}: ${r.repairs.join('; ')}`);
  if (report.repairs.length > 20) console.log(`  … ${report.repairs.length - 20} more repaired`);
  printOutcomes(report, (line) => console.log(line));
}

/** One line for one DPE file: what was read, written, skipped (and why), matched and flagged. */
export function dpeReportLine(r: DpeFileReport): string {
  if (r.outcome === 'rejected') return `${r.file}: rejected, nothing written — ${r.error}`;
  const nonZero = (o: Record<string, number>) =>
    Object.entries(o)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`)
      .join(', ') || 'none';
  const { unmatched, ...methods } = r.matched;
  return (
    `${r.file} (${r.dataset ?? 'no record'}): ${r.read} read, ${r.imported} imported, ${r.updated} updated, ` +
    `${r.unchanged} unchanged; skipped: ${nonZero(r.skipped)}; matched: ${nonZero(methods)} (${unmatched} unmatched); ` +
    `flagged: ${nonZero(r.flagged)}`
  );
}

/** One line for a LiDAR file (or raster tile) imported (`cadastre lidar import`). */
export function lidarReportLine(r: LidarImportReport): string {
  if (r.unchanged) return `${r.file}: already imported (same content), nothing changed — --force to import again`;
  const what =
    r.version !== null
      ? `LAS ${r.version} format ${r.point_format}, ${r.points.toLocaleString('en')} points (${r.density_pts_m2} /m²)`
      : r.format === 'geotiff'
        ? `${r.products.map((p) => p.toUpperCase()).join(' + ')}, ${r.points.toLocaleString('en')} cells`
        : `${r.points.toLocaleString('en')} building points gathered from the files`;
  return (
    `${r.file}: ${what}, ${r.crs} from ${r.crs_from}${r.acquired_on ? `, dated ${r.acquired_on}` : ''}; ` +
    `${r.buildings_in_extent} buildings in the extent: ${r.buildings_measured} measured, ${r.buildings_sparse} too ` +
    `sparse, ${r.buildings_at_edge} at the tile edge (skipped); ${r.trees} trees; ` +
    `${r.buildings_to_recompute} buildings to recompute; ${r.seconds} s (${r.points_per_s.toLocaleString('en')} points/s)`
  );
}
