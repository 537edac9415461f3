import fs from 'node:fs';
import readline from 'node:readline';
import { ImportError } from './ImportError.js';
import { countingStream } from './fileBytes.js';
import type { VertexTable } from './cityjsonGeometry.js';
import { readDocumentHeader, streamCityObjects } from './cityjsonDocument.js';
import {
  BUILDING_TYPES,
  checkHeader,
  countParts,
  crsOfMetadata,
  PartLinker,
  recordOf,
  transformOf,
  type CityObject,
} from './cityjsonObjects.js';
import type { FeatureSource, SourceFeature } from './types.js';

/**
 * Opens a CityJSON file (1.0, 1.1, 2.0) or a CityJSONSeq file (.city.jsonl: a CityJSON header line, then one
 * CityJSONFeature a line). Buildings and BuildingParts become features with their footprint, LoD2 roof surfaces
 * and attributes; a Building is replaced by its BuildingParts when they have geometry.
 *
 * Memory: a whole document is read twice — first everything but the CityObjects, keeping the vertices in a
 * Float64Array (24 bytes a vertex: the one part of the file held in memory) and, per building that has parts, a count
 * of them; then the CityObjects one at a time. CityJSONSeq is read line by line in constant memory.
 */
export async function openCityJson(path: string): Promise<FeatureSource> {
  const size = fs.statSync(path).size;
  if (size === 0) throw new ImportError('the file is empty');
  return (await isSeq(path)) ? openSeq(path, size) : openDocument(path, size);
}

/** CityJSONSeq when named .jsonl, or when its first line is a whole CityJSON object followed by more lines. */
async function isSeq(path: string): Promise<boolean> {
  if (/\.jsonl$/i.test(path)) return true;
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    const newline = head.indexOf(10);
    if (newline < 0 || head.subarray(newline).toString('utf8').trim() === '') return false;
    try {
      const text = head
        .subarray(0, newline)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const first = JSON.parse(text) as { type?: unknown } | null;
      return first?.type === 'CityJSON';
    } catch {
      return false;
    }
  } finally {
    await handle.close();
  }
}

async function openDocument(path: string, size: number): Promise<FeatureSource> {
  const header = await readDocumentHeader(path);
  let pass2 = 0;
  let objects: AsyncGenerator<[string, CityObject][]> | null = null;
  return {
    format: 'cityjson',
    vocabulary: 'cityjson',
    crs: header.crs,
    progress: () => ({ done: Math.min(2 * size, size + pass2), total: 2 * size }),
    async *features(): AsyncGenerator<SourceFeature> {
      const linker = new PartLinker(header.partsOf);
      let index = 0;
      objects = streamCityObjects(path, (bytes) => (pass2 = bytes));
      for await (const batch of objects) {
        const out: SourceFeature[] = [];
        for (const [id, object] of batch) {
          if (!BUILDING_TYPES.has(object.type)) continue;
          const i = index++;
          const where = `CityObjects[${JSON.stringify(id)}]`;
          out.push(...linker.accept(id, object, i, () => recordOf(id, object, header.vertices, i, where)));
        }
        yield* out;
      }
      yield* linker.finish();
      pass2 = size;
    },
    close: async () => {
      // ends the read stream when the consumer stops before the last feature
      await objects?.return(undefined);
    },
  };
}

/** Vertices of one CityJSONFeature line with the header's transform applied. */
function lineVertices(value: unknown, t: { scale: number[]; translate: number[] }, line: number): VertexTable {
  if (!Array.isArray(value)) throw new ImportError(`line ${line}: the CityJSONFeature has no "vertices" array`);
  const coords = new Float64Array(value.length * 3);
  value.forEach((v: unknown, i) => {
    if (!Array.isArray(v) || v.length !== 3 || !v.every((n) => typeof n === 'number')) {
      throw new ImportError(`line ${line}: vertices[${i}] is not an array of 3 numbers (x, y, z)`);
    }
    for (let k = 0; k < 3; k++) coords[i * 3 + k] = (v[k] as number) * t.scale[k]! + t.translate[k]!;
  });
  return { coords, count: value.length };
}

function parseLine(text: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`line ${line} is not valid JSON (the file is truncated or corrupt): ${detail}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportError(`line ${line} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

async function openSeq(path: string, size: number): Promise<FeatureSource> {
  const file = countingStream(path);
  const rl = readline.createInterface({ input: file.stream, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const release = () => {
    rl.close();
    file.stream.destroy();
  };
  let line = 0;
  const next = async (): Promise<string | null> => {
    for (;;) {
      const r = await lines.next();
      if (r.done) return null;
      line += 1;
      if (r.value.trim() !== '') return r.value;
    }
  };
  let header: Record<string, unknown>;
  try {
    const first = await next();
    if (first === null) throw new ImportError('the file is empty');
    header = parseLine(first.replace(/^\uFEFF/, ''), line);
    checkHeader(header.type, header.version, `line ${line} (the CityJSONSeq header)`);
  } catch (error) {
    release();
    throw error;
  }
  const transform = transformOf(header.transform, `line ${line} (the CityJSONSeq header)`);
  return {
    format: 'cityjson',
    vocabulary: 'cityjson',
    crs: crsOfMetadata(header.metadata),
    progress: () => ({ done: file.done(), total: size }),
    async *features(): AsyncGenerator<SourceFeature> {
      let index = 0;
      try {
        for (let text = await next(); text !== null; text = await next()) {
          const feature = parseLine(text, line);
          if (feature.type !== 'CityJSONFeature') {
            throw new ImportError(`line ${line}: expected a CityJSONFeature, got type ${JSON.stringify(feature.type)}`);
          }
          const objects = feature.CityObjects;
          if (!objects || typeof objects !== 'object' || Array.isArray(objects)) {
            throw new ImportError(`line ${line}: the CityJSONFeature has no "CityObjects" object`);
          }
          const vertices = lineVertices(feature.vertices, transform, line);
          const entries = Object.entries(objects as Record<string, CityObject>);
          const partsOf = new Map<string, number>();
          for (const [, object] of entries) countParts(partsOf, object);
          const linker = new PartLinker(partsOf);
          for (const [id, object] of entries) {
            if (!object || !BUILDING_TYPES.has(object.type)) continue;
            const i = index++;
            const where = `line ${line}: CityObjects[${JSON.stringify(id)}]`;
            yield* linker.accept(id, object, i, () => recordOf(id, object, vertices, i, where));
          }
          yield* linker.finish();
        }
      } finally {
        release();
      }
    },
    close: async () => release(),
  };
}
