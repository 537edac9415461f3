import type { Database } from '../../db/index.js';
import { importFeatures, type ImportOptions, type ImportReport } from './importFeatures.js';
import { readGeoJson } from '../../readers/readGeoJson.js';
import type { FeatureSource, SourceFeature, SourceGeometry } from '../../readers/types.js';

export type { ImportOptions, ImportReport } from './importFeatures.js';

/** A GeoJSON document already in memory (the demo, the API) as a FeatureSource. */
export function geoJsonTextSource(text: string): FeatureSource {
  const file = readGeoJson(text);
  const crs = file.sridFrom === 'crs member' ? { epsg: file.srid, from: 'crs member' } : null;
  return {
    format: 'geojson',
    crs,
    progress: () => ({ done: 0, total: 0 }),
    async *features(): AsyncGenerator<SourceFeature> {
      for (const f of file.features) {
        const id = typeof f.id === 'string' || typeof f.id === 'number' ? f.id : null;
        const geometry = f.geometry && typeof f.geometry === 'object' ? (f.geometry as SourceGeometry) : null;
        yield { index: f.index, geometry, properties: f.properties, id };
      }
    },
    close: async () => undefined,
  };
}

/** Imports a GeoJSON document given as text (see importFeatures for the checks, repairs and transaction). */
export async function importGeoJson(db: Database, text: string, options: ImportOptions): Promise<ImportReport> {
  return importFeatures(db, geoJsonTextSource(text), options);
}
