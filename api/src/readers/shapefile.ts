/**
 * ESRI Shapefile reader (.shp + .dbf, with .prj and .cpg), loose or inside a zip.
 *
 * Hand-written rather than on the `shapefile` package, which cannot meet the import's guarantees: it silently skips
 * ahead over a record it cannot read (so a corrupt file yields fewer features without an error), a record cut by the
 * end of the file yields either a DataView RangeError with no position or, in the .dbf, silently shortened values,
 * it never compares the header lengths and record counts, it turns dates into local-time Date objects, and it throws
 * a TypeError on DBF field types other than B, C, D, F, L, M, N.
 *
 * Specification: ESRI Shapefile Technical Description (ESRI White Paper, July 1998); dBase III+ table layout.
 * The parts: shapefileLayer.ts finds the member files, byteReader.ts reads them, shp.ts decodes the shapes, dbf.ts
 * and dbfEncoding.ts the attributes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from './ImportError.js';
import { ByteReader, readSmall, type Part } from './byteReader.js';
import { readDbfRecord, readDbfTable } from './dbf.js';
import { looseLayer, zipLayer } from './shapefileLayer.js';
import { readShpHeader, readShpRecord } from './shp.js';
import type { DeclaredCrs, FeatureSource, OpenOptions, SourceFeature } from './types.js';

export { encodingFromCpg } from './dbfEncoding.js';

/**
 * Opens an ESRI Shapefile: a `.shp` with its `.dbf` (+ `.prj`, `.cpg`) beside it, extensions in any case, or a
 * `.zip` holding one or more shapefiles (read in place, entry streams checked against the zip's CRC-32). Features
 * stream record by record in the file's CRS, with the DBF fields as properties under their own names.
 */
export async function openShapefile(file: string, options: OpenOptions = {}): Promise<FeatureSource> {
  const isZip = /\.zip$/i.test(file);
  if (!isZip && !/\.shp$/i.test(file)) throw new ImportError(`${path.basename(file)} is neither a .shp nor a .zip`);
  if (!fs.existsSync(file)) throw new ImportError(`${path.basename(file)} does not exist`);
  const layer = isZip ? await zipLayer(file, options.layer) : await looseLayer(file);
  const readers: ByteReader[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const reader of readers) reader.destroy();
    layer.close();
  };
  try {
    const shpPart = layer.shp;
    if (!layer.dbf) {
      throw new ImportError(
        `${shpPart.label} has no .dbf beside it (same name, any case): a shapefile keeps its attributes there`,
      );
    }
    const dbfPart: Part = layer.dbf;
    const shp = new ByteReader(await shpPart.open(), shpPart);
    readers.push(shp);
    const header = await readShpHeader(shp);
    const dbf = new ByteReader(await dbfPart.open(), dbfPart);
    readers.push(dbf);
    const table = await readDbfTable(dbf, layer.cpg, options.encoding);
    const wkt =
      layer.prj &&
      (await readSmall(layer.prj))
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim();
    const crs: DeclaredCrs | null = wkt ? { wkt, from: '.prj' } : null;

    let started = false;
    async function* features(): AsyncGenerator<SourceFeature> {
      if (started) throw new Error('features() may be called once');
      started = true;
      let index = 0;
      while (shp.offset < header.fileLength) {
        const geometry = await readShpRecord(shp, header, index);
        if (index >= table.count) {
          throw new ImportError(`${shpPart.label} holds more records than the ${table.count} of ${dbfPart.label}`);
        }
        const { properties, deleted } = await readDbfRecord(dbf, table, index);
        yield { index, geometry, properties, ...(deleted ? { skip: 'deleted in the .dbf' } : {}) };
        index++;
      }
      if (index !== table.count) {
        throw new ImportError(
          `${shpPart.label} holds ${index} records but ${dbfPart.label} holds ${table.count}: a shapefile pairs them one to one`,
        );
      }
      await shp.finish();
      await dbf.finish();
    }

    return {
      format: 'shapefile',
      crs,
      progress: () => ({ done: shp.offset, total: shpPart.size }),
      features,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
