import type { ImportReport } from '../services/import/importGeoJson.js';

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

export function printImportReport(report: ImportReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(
    `${report.file}: ${report.features} ${report.kind} features (EPSG:${report.srid}, ${report.srid_from}) → ` +
      `${report.imported} imported, ${report.updated} updated, ${report.repaired} repaired, ${report.rejected} rejected`,
  );
  for (const r of report.repairs.slice(0, 20))
    console.log(`  repaired feature ${r.index}${r.source_id ? ` (${r.source_id})` : ''}: ${r.repairs.join('; ')}`);
  if (report.repairs.length > 20) console.log(`  … ${report.repairs.length - 20} more repaired`);
  for (const r of report.rejections.slice(0, 50))
    console.log(`  rejected feature ${r.index}${r.source_id ? ` (${r.source_id})` : ''}: ${r.reason}`);
}
