/**
 * One import, alone in its process so that its peak memory is its own: `tsx bench/importOne.ts FILE FORMAT` with
 * DATABASE_URL (server) or DATA_DIR (embedded) set, the schema already migrated. Prints one JSON line: records/s,
 * seconds, counts and the process's peak resident memory [MB].
 */
import { pino } from 'pino';
import { openAndPrepare } from '../api/src/bootstrap.js';
import { loadConfig } from '../api/src/config.js';
import { importFeatures } from '../api/src/services/import/importFeatures.js';
import { openSource } from '../api/src/services/import/openSource.js';
import type { ImportFormat } from '../api/src/readers/types.js';

const [file, format] = process.argv.slice(2) as [string, ImportFormat];
const db = await openAndPrepare(loadConfig(), pino({ level: 'silent' }), { demo: false });
try {
  const before = process.resourceUsage().maxRSS;
  const t = performance.now();
  const source = await openSource(file, format);
  const timings: Record<string, number> = {};
  const report = await importFeatures(db, source, { fileName: file, timings });
  const seconds = (performance.now() - t) / 1000;
  console.log(
    JSON.stringify({
      seconds: Math.round(seconds * 100) / 100,
      features_per_s: Math.round(report.features / seconds),
      features: report.features,
      imported: report.imported,
      unchanged: report.unchanged,
      rejected: report.rejected,
      skipped: report.skipped,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      rss_before_import_mb: Math.round(before / 1024),
      database_ms: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    }),
  );
} finally {
  await db.close();
}
