import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Assembler } from 'stream-json/assembler.js';
import { verifyFile } from 'stream-json/file/verifier.js';
import { jsonParser, type Token } from 'stream-json/parser.js';
import { ImportError } from './ImportError.js';
import type { VertexTable } from './cityjsonGeometry.js';
import { checkHeader, countParts, crsOfMetadata, transformOf, type CityObject } from './cityjsonObjects.js';
import type { DeclaredCrs } from './types.js';

/**
 * A whole CityJSON document read with stream-json's tokenizer, in two passes: `readDocumentHeader` reads everything
 * but the CityObjects (the members may come in any order, and CityObjects index vertices that may come after them);
 * `streamCityObjects` then assembles the CityObjects one at a time.
 */

export interface DocumentHeader {
  version: string;
  crs: DeclaredCrs | null;
  /** Every vertex with the transform applied: 24 bytes a vertex, the one part of the file held in memory. */
  vertices: VertexTable;
  /** For each object that has BuildingParts with geometry, how many (see PartLinker). */
  partsOf: Map<string, number>;
}

/** The tokens of one chunk are held at once, ≈ 25 bytes of token objects per byte of vertex array: keep it small. */
const CHUNK_BYTES = 1 << 16;

/** The exact line and column of a syntax error, found again by stream-json's verifier (only on the error path). */
async function syntaxError(path: string, error: unknown, bytes: number): Promise<ImportError> {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/^Parser /, '');
  try {
    await verifyFile(path);
  } catch (found) {
    const f = found as { line?: number; pos?: number; message?: string };
    if (typeof f.line === 'number') {
      const why = String(f.message).replace(/^.*Verifier /, '');
      return new ImportError(`the file is not valid JSON at line ${f.line}, column ${f.pos}: ${why}`);
    }
  }
  return new ImportError(`the file is not valid JSON in its first ${bytes} bytes: ${detail}`);
}

/** The file's tokens, a chunk at a time, so that the caller handles them without an `await` per token. */
async function* tokenChunks(path: string, onBytes: (bytes: number) => void): AsyncGenerator<Token[]> {
  const parse = jsonParser({ packValues: true, streamValues: false });
  const decoder = new StringDecoder('utf8');
  const stream = fs.createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text = decoder.write(chunk);
      if (bytes === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      bytes += chunk.length;
      onBytes(bytes);
      let out: ReturnType<typeof parse>;
      try {
        out = parse(text);
      } catch (error) {
        throw await syntaxError(path, error, bytes);
      }
      if (typeof out === 'object') yield out.values;
    }
  } finally {
    stream.destroy();
  }
}

/** Depth bookkeeping shared by both passes: `level` is where the token's value sits (root value = 0). */
class Depth {
  depth = 0;
  level(t: Token): number {
    if (t.name === 'startObject' || t.name === 'startArray') return this.depth++;
    if (t.name === 'endObject' || t.name === 'endArray') return --this.depth;
    return this.depth;
  }
}

/** First pass: type, version, transform, metadata, the vertices, and the BuildingParts of each building. */
export async function readDocumentHeader(path: string): Promise<DocumentHeader> {
  const d = new Depth();
  const members: Record<string, unknown> = {};
  let topKey = '';
  let asm: Assembler | null = null;
  let mode: 'vertices' | 'objects' | null = null;
  let complete = false;
  let sawObjects = false;
  // vertices, raw until the transform is known (it may follow them)
  let coords = new Float64Array(3 * 65536);
  let count = 0;
  let component = 0;
  // the CityObject being skimmed for its type, parents and geometry count
  const partsOf = new Map<string, number>();
  let objectId = '';
  let objectKey = '';
  let object: { type?: string; parents: string[]; geometry: unknown[] } = { parents: [], geometry: [] };

  const badVertex = (): never => {
    throw new ImportError(`"vertices"[${count}] is not an array of 3 numbers (x, y, z)`);
  };
  const feed = (t: Token) => {
    const level = d.level(t);
    if (asm) {
      asm.consume(t);
      if (asm.done) {
        members[topKey] = asm.current;
        asm = null;
      }
      return;
    }
    if (level === 0) {
      if (t.name === 'endObject') complete = true;
      else if (t.name !== 'startObject') throw new ImportError('the file is not CityJSON: it is not a JSON object');
      return;
    }
    if (mode === 'vertices' && level >= 2) {
      if (level === 2 && t.name === 'startArray') component = 0;
      else if (level === 2 && t.name === 'endArray') {
        if (component !== 3) badVertex();
        count += 1;
      } else if (level === 3 && t.name === 'numberValue' && component < 3) {
        if (count * 3 + 3 > coords.length) {
          const grown = new Float64Array(coords.length * 2);
          grown.set(coords);
          coords = grown;
        }
        coords[count * 3 + component++] = Number(t.value);
      } else badVertex();
      return;
    }
    if (mode === 'objects' && level >= 2) {
      if (level === 2) {
        if (t.name === 'keyValue') objectId = t.value;
        else if (t.name === 'startObject') object = { parents: [], geometry: [] };
        else if (t.name === 'endObject') countParts(partsOf, object);
        else throw new ImportError(`CityObjects[${JSON.stringify(objectId)}] is not an object`);
      } else if (level === 3) {
        if (t.name === 'keyValue') objectKey = t.value;
        else if (t.name === 'stringValue' && objectKey === 'type') object.type = t.value;
      } else if (level === 4) {
        if (objectKey === 'parents' && t.name === 'stringValue') object.parents.push(t.value);
        else if (objectKey === 'geometry' && t.name === 'startObject') object.geometry.push(null);
      }
      return;
    }
    if (level >= 2) return; // inside a member not read (appearance, geometry-templates, extensions…)
    // level 1: the root's members
    if (t.name === 'keyValue') {
      topKey = t.value;
    } else if (t.name === 'startObject' || t.name === 'startArray') {
      if (topKey === 'vertices' && t.name === 'startArray') mode = 'vertices';
      else if (topKey === 'CityObjects' && t.name === 'startObject') {
        mode = 'objects';
        sawObjects = true;
      } else if (topKey === 'transform' || topKey === 'metadata' || topKey === 'type' || topKey === 'version') {
        asm = new Assembler();
        asm.consume(t);
      } else if (topKey === 'vertices' || topKey === 'CityObjects') {
        throw new ImportError(`"${topKey}" must be ${topKey === 'vertices' ? 'an array' : 'an object'}`);
      }
    } else if (t.name === 'endObject' || t.name === 'endArray') {
      mode = null;
    } else if (t.name === 'stringValue' || t.name === 'numberValue') {
      members[topKey] = t.value;
      // refused before the rest of a large file is read
      if (topKey === 'type' && t.value !== 'CityJSON') checkHeader(t.value, '', 'the file');
      if (topKey === 'version') checkHeader('CityJSON', t.value, 'the file');
    }
  };

  let bytes = 0;
  for await (const tokens of tokenChunks(path, (b) => (bytes = b))) for (const t of tokens) feed(t);
  if (!complete) {
    const inside =
      mode === 'vertices'
        ? `"vertices" (after ${count} vertices)`
        : mode === 'objects'
          ? `"CityObjects" (in or after ${JSON.stringify(objectId)})`
          : topKey
            ? `the root object (at or after member "${topKey}")`
            : 'the root object';
    throw new ImportError(`the file ends at byte ${bytes} inside ${inside}: it is truncated`);
  }
  const version = checkHeader(members.type, members.version, 'the file');
  if (!sawObjects) throw new ImportError('the file has no "CityObjects" object');
  const { scale, translate } = transformOf(members.transform, 'the file');
  for (let i = 0; i < count * 3; i++) coords[i] = coords[i]! * scale[i % 3]! + translate[i % 3]!;
  return { version, crs: crsOfMetadata(members.metadata), vertices: { coords, count }, partsOf };
}

/**
 * Second pass: the CityObjects as [id, object] pairs, in batches of those completed by one chunk of the file. Stops
 * reading at the end of "CityObjects" (the first pass has checked the rest). `onBytes`: bytes read so far.
 */
export async function* streamCityObjects(
  path: string,
  onBytes: (bytes: number) => void,
): AsyncGenerator<[string, CityObject][]> {
  const d = new Depth();
  let topKey = '';
  let inObjects = false;
  let id = '';
  let asm: Assembler | null = null;
  for await (const tokens of tokenChunks(path, onBytes)) {
    const batch: [string, CityObject][] = [];
    let finished = false;
    for (const t of tokens) {
      const level = d.level(t);
      if (asm) {
        asm.consume(t);
        if (asm.done) {
          batch.push([id, asm.current as CityObject]);
          asm = null;
        }
      } else if (level === 1) {
        if (t.name === 'keyValue') topKey = t.value;
        else if (t.name === 'startObject' && topKey === 'CityObjects') inObjects = true;
        else if (t.name === 'endObject' && inObjects) {
          finished = true;
          break;
        }
      } else if (inObjects && level === 2) {
        if (t.name === 'keyValue') id = t.value;
        else if (t.name === 'startObject') {
          asm = new Assembler();
          asm.consume(t);
        }
      }
    }
    yield batch;
    if (finished) return;
  }
}
