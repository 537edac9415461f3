import readline from 'node:readline';
import { readTextFile } from '../util/readText.js';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { Assembler } from 'stream-json/assembler.js';
import { ImportError } from './ImportError.js';
import { sridFromCrsMember } from './readGeoJson.js';
import { countingStream } from './fileBytes.js';
import { recordsOf } from './tokenQueue.js';
import type { DeclaredCrs, FeatureSource, SourceFeature, SourceGeometry } from './types.js';

type Token = { name: string; value?: string | boolean | null };

/** The value of a scalar token (stream-json gives numbers as their text). */
function scalarOf(t: Token): unknown {
  if (t.name === 'numberValue') return Number(t.value);
  if (t.name === 'trueValue') return true;
  if (t.name === 'falseValue') return false;
  if (t.name === 'nullValue') return null;
  return t.value;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One GeoJSON Feature object as a SourceFeature; anything else becomes a feature the pipeline rejects. */
export function featureOf(value: unknown, index: number): SourceFeature {
  const f = value as Record<string, unknown> | null;
  if (!f || typeof f !== 'object' || Array.isArray(f) || f.type !== 'Feature') {
    const type = f && typeof f === 'object' && !Array.isArray(f) ? JSON.stringify(f.type) : typeof f;
    return { index, geometry: null, properties: {}, invalid: `not a GeoJSON Feature (type ${type})` };
  }
  const props = f.properties;
  const geometry = f.geometry && typeof f.geometry === 'object' ? (f.geometry as SourceGeometry) : null;
  return {
    index,
    geometry,
    properties: props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : {},
    id: typeof f.id === 'string' || typeof f.id === 'number' ? f.id : null,
  };
}

const crsOf = (crs: unknown): DeclaredCrs => ({
  epsg: sridFromCrsMember(crs),
  text: JSON.stringify(crs),
  from: 'crs member',
});

/**
 * A GeoJSON FeatureCollection (or one Feature), streamed with stream-json's parser: each feature is assembled on its
 * own, so memory does not grow with the file. The `crs` member (GeoJSON 2008) must come before `features`, where
 * writers put it; one found after the features is refused rather than silently ignored.
 */
export async function openGeoJson(path: string): Promise<FeatureSource> {
  const file = countingStream(path);
  const tokens = chain([
    file.stream,
    parser({ packValues: true, streamValues: false, packKeys: true, streamKeys: false }),
  ]);
  let crs: DeclaredCrs | null = null;
  let docType: unknown;
  let depth = 0;
  let topKey: string | null = null;
  let asm: Assembler | null = null;
  let asmKey: string | null = null;
  let sawFeatures = false;
  let featuresNext = false;
  let index = 0;

  // Token state machine: depth 1 keys of the root object; features are the depth-2 values of "features".
  const feed = (t: Token): SourceFeature | undefined => {
    if (asm) {
      asm.consume(t as never);
      if (!asm.done) return undefined;
      const value = asm.current;
      asm = null;
      if (asmKey === 'features') return featureOf(value, index++);
      if (asmKey === 'crs' && value !== null) {
        if (sawFeatures)
          throw new ImportError('the "crs" member comes after the features: move it before them or use --srid');
        crs = crsOf(value);
      }
      return undefined;
    }
    if (featuresNext) {
      // A "features" that is null, an object or a string would otherwise import nothing without a word.
      featuresNext = false;
      if (t.name !== 'startArray')
        throw new ImportError('the "features" member of the FeatureCollection is not an array');
    }
    switch (t.name) {
      case 'startObject':
      case 'startArray':
        depth += 1;
        if (depth === 1 && t.name === 'startArray')
          throw new ImportError('the file is a JSON array, not a GeoJSON FeatureCollection');
        if (depth === 3 && topKey === 'features') {
          asm = new Assembler();
          asmKey = 'features';
          asm.consume(t as never);
          depth -= 1;
        } else if (depth === 2 && topKey === 'crs') {
          asm = new Assembler();
          asmKey = topKey;
          asm.consume(t as never);
          depth -= 1;
        }
        return undefined;
      case 'endObject':
      case 'endArray':
        depth -= 1;
        if (depth === 1 && topKey === 'features') topKey = null;
        return undefined;
      case 'keyValue':
        if (depth === 1) {
          topKey = String(t.value);
          if (topKey === 'features') sawFeatures = featuresNext = true;
        }
        return undefined;
      default:
        // A number, string, boolean or null among the features is a record too: rejected by the pipeline in its place.
        if (depth === 2 && topKey === 'features') return featureOf(scalarOf(t), index++);
        if (depth === 1 && topKey === 'type') docType = t.value;
        else if (depth === 1 && topKey === 'crs' && t.value === null) crs = null;
        else if (depth === 1 && topKey === 'crs') crs = crsOf(t.value);
        return undefined;
    }
  };
  const source: FeatureSource = {
    format: 'geojson',
    get crs() {
      return crs;
    },
    progress: () => ({ done: file.done(), total: file.total }),
    async *features() {
      const records = recordsOf<Token, SourceFeature>(
        tokens,
        feed,
        (error) => `the GeoJSON file is not valid JSON (truncated or corrupt?): ${message(error)}`,
      );
      for await (const feature of records) yield feature;
      if (docType === 'Feature') {
        // A lone Feature is one building: read it whole.
        yield featureOf(JSON.parse(readTextFile(path)), 0);
        return;
      }
      if (docType !== 'FeatureCollection')
        throw new ImportError(`expected a GeoJSON FeatureCollection, got type ${JSON.stringify(docType ?? null)}`);
      if (!sawFeatures) throw new ImportError('the FeatureCollection has no "features" array');
    },
    close: async () => {
      tokens.destroy();
    },
  };
  return source;
}

/**
 * Newline-delimited GeoJSON (one Feature per line; GeoJSON Text Sequences' RS separators accepted), read line by
 * line. A line that is not JSON becomes a rejected feature naming its line; a last line cut short says the file is
 * truncated. NDJSON has no crs member: WGS84 unless --srid.
 */
export async function openNdjson(path: string): Promise<FeatureSource> {
  const file = countingStream(path);
  const lines = readline.createInterface({ input: file.stream, crlfDelay: Infinity });
  return {
    format: 'ndjson',
    crs: null,
    progress: () => ({ done: file.done(), total: file.total }),
    async *features() {
      let index = 0;
      let lineNumber = 0;
      try {
        for await (const raw of lines) {
          lineNumber += 1;
          const line = (raw.startsWith('\u001e') ? raw.slice(1) : raw).trim();
          if (line === '') continue;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (error) {
            yield {
              index: index++,
              geometry: null,
              properties: {},
              invalid: `line ${lineNumber} is not valid JSON (truncated or corrupt?): ${message(error)}`,
            };
            continue;
          }
          const feature = featureOf(value, index++);
          if (feature.invalid) feature.invalid = `line ${lineNumber}: ${feature.invalid}`;
          yield feature;
        }
      } catch (error) {
        throw new ImportError(`cannot read ${path}: ${message(error)}`);
      }
    },
    close: async () => {
      lines.close();
      file.stream.destroy();
    },
  };
}
