import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/AppError.js';
import { ImportError } from '../../readers/ImportError.js';
import { openCityJson } from '../../readers/cityjson.js';
import { openGeoJson, openNdjson } from '../../readers/geojson.js';
import { openGeoPackage } from '../../readers/geopackage.js';
import { openOsmPbf } from '../../readers/osmPbf.js';
import { openOsmXml } from '../../readers/osmXml.js';
import { openShapefile } from '../../readers/shapefile.js';
import { IMPORT_FORMATS, type FeatureSource, type ImportFormat, type OpenOptions } from '../../readers/types.js';

/** Reads the first bytes of a file (to tell formats apart when the extension does not). */
function head(file: string, bytes = 4096): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The format of a file: from its extension (.geojson, .json, .ndjson/.geojsonl/.jsonl, .shp/.zip, .gpkg, .osm,
 * .osm.pbf/.pbf, .city.json/.city.jsonl; .gz stripped), checked against its first bytes where extensions are
 * ambiguous (.json may be CityJSON, .jsonl CityJSONSeq).
 */
export function detectFormat(file: string): ImportFormat {
  const name = path.basename(file).toLowerCase().replace(/\.gz$/, '');
  const bytes = head(file);
  const text = bytes.toString('latin1');
  if (text.startsWith('SQLite format 3')) return 'gpkg';
  if (text.startsWith('PK\u0003\u0004')) return 'shapefile';
  if (/"type"\s*:\s*"CityJSON/.test(text)) return 'cityjson';
  if (name.endsWith('.shp') || name.endsWith('.zip')) return 'shapefile';
  if (name.endsWith('.gpkg')) return 'gpkg';
  if (name.endsWith('.osm.pbf') || name.endsWith('.pbf')) return 'osm-pbf';
  if (name.endsWith('.osm') || (name.endsWith('.xml') && /<osm[\s>]/.test(text))) return 'osm';
  if (/\.(ndjson|geojsonl|geojsons|jsonl|jsonseq)$/.test(name)) return 'ndjson';
  if (/\.(geo)?json$/.test(name)) return 'geojson';
  if (text.includes('OSMHeader')) return 'osm-pbf';
  if (/^\s*<\?xml[^>]*>\s*<osm[\s>]/.test(text) || /^\s*<osm[\s>]/.test(text)) return 'osm';
  throw new ImportError(
    `cannot tell the format of ${path.basename(file)} from its name or first bytes: give --format (${IMPORT_FORMATS.join(', ')})`,
  );
}

/** Opens a file with its format's reader. */
export async function openSource(
  file: string,
  format: ImportFormat,
  options: OpenOptions = {},
): Promise<FeatureSource> {
  switch (format) {
    case 'geojson':
      return openGeoJson(file);
    case 'ndjson':
      return openNdjson(file);
    case 'shapefile':
      return openShapefile(file, options);
    case 'gpkg':
      return openGeoPackage(file, options);
    case 'osm':
      return openOsmXml(file);
    case 'osm-pbf':
      return openOsmPbf(file);
    case 'cityjson':
      return openCityJson(file);
  }
}

/** The identity of a file for checkpoints: its real path, size and modification time. */
export function fileKey(file: string): string {
  const stat = fs.statSync(file);
  return createHash('sha1')
    .update(`${fs.realpathSync(file)}|${stat.size}|${stat.mtimeMs}`)
    .digest('hex');
}

/** Checks the file exists and is readable, with a 4xx naming it otherwise. */
export function checkReadable(file: string): void {
  if (!fs.existsSync(file)) throw new AppError(400, 'file_not_found', `no such file: ${file}`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new AppError(422, 'unreadable_file', `cannot read ${file}`);
  }
  if (fs.statSync(file).size === 0) throw new ImportError(`${path.basename(file)} is empty`);
}
