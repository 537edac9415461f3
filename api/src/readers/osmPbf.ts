import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { OSMTransform, parse } from 'osm-pbf-parser-node';
import { ImportError } from './ImportError.js';
import { osmFeatureSource, type OsmElement, type OsmGroup, type OsmKind, type OsmMember } from './osmAssemble.js';
import type { FeatureSource } from './types.js';

/** The part of mapbox's `pbf` 3.x used here and by the test writer (the package ships no typings). */
export interface PbfBuffer {
  pos: number;
  readFields<T>(read: (tag: number, result: T, pbf: PbfBuffer) => void, result: T, end?: number): T;
  readVarint(): number;
  readString(): string;
  readBytes(): Uint8Array;
  writeVarintField(tag: number, value: number): void;
  writeStringField(tag: number, value: string): void;
  writeBytesField(tag: number, value: Uint8Array): void;
  writePackedVarint(tag: number, values: number[]): void;
  writePackedSVarint(tag: number, values: number[]): void;
  writeMessage<T>(tag: number, write: (value: T, pbf: PbfBuffer) => void, value: T): void;
  finish(): Uint8Array;
}
export const Pbf = createRequire(import.meta.url)('pbf') as new (bytes?: Uint8Array) => PbfBuffer;

/** Limits of the OSM PBF format (wiki.openstreetmap.org/wiki/PBF_Format): BlobHeader < 64 KiB, Blob < 32 MiB. */
const MAX_HEADER = 64 * 1024;
const MAX_BLOB = 32 * 1024 * 1024;
/** Features this reader understands; the format requires a reader to refuse a file needing any other. */
const KNOWN_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes']);
/** Tags of nodes are not needed (buildings are ways and relations); skipping them also saves their decoding. */
const DECODE = new OSMTransform({ withTags: { node: false, way: true, relation: true } });
const COMPRESSIONS: Record<number, string> = { 4: 'LZMA', 5: 'bzip2', 6: 'LZ4', 7: 'Zstandard' };
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Blob {
  raw?: Uint8Array;
  rawSize?: number;
  zlib?: Uint8Array;
  other?: string;
}

/** The uncompressed bytes of a blob; zlib checks its own checksum, so flipped bytes are caught here. */
function blobBytes(bytes: Buffer, at: number): Buffer {
  const blob = new Pbf(bytes).readFields<Blob>((tag, b, pbf) => {
    if (tag === 1) b.raw = pbf.readBytes();
    else if (tag === 2) b.rawSize = pbf.readVarint();
    else if (tag === 3) b.zlib = pbf.readBytes();
    else if (COMPRESSIONS[tag]) b.other = COMPRESSIONS[tag];
  }, {});
  if (blob.raw) return Buffer.from(blob.raw);
  if (!blob.zlib) {
    throw new ImportError(
      `OSM PBF: the blob at byte ${at} is ${blob.other ?? 'empty'}; only zlib and raw blobs are read`,
    );
  }
  let data: Buffer;
  try {
    data = zlib.inflateSync(blob.zlib, { maxOutputLength: MAX_BLOB });
  } catch (error) {
    throw new ImportError(`OSM PBF: the blob at byte ${at} has bad zlib data (corrupt file): ${message(error)}`);
  }
  if (blob.rawSize !== undefined && data.length !== blob.rawSize) {
    throw new ImportError(`OSM PBF: the blob at byte ${at} inflates to ${data.length} bytes, ${blob.rawSize} expected`);
  }
  return data;
}

/** Kinds of the primitive groups of a block, read from each group's first field without decoding the block. */
function groupKinds(data: Buffer): OsmKind[] {
  const kinds: OsmKind[] = [];
  new Pbf(data).readFields((tag, list, pbf) => {
    if (tag !== 2) return;
    const end = pbf.readVarint() + pbf.pos;
    if (pbf.pos < end) {
      const field = pbf.readVarint() >> 3;
      const kind = field === 1 || field === 2 ? 'node' : field === 3 ? 'way' : field === 4 ? 'relation' : null;
      if (kind) list.push(kind);
    }
    pbf.pos = end;
  }, kinds);
  return kinds;
}

type Decoded = { type?: string; id: number; lon: number; lat: number; refs: number[]; members: OsmMember[] };

/** A PrimitiveBlock decoded by osm-pbf-parser-node, as runs of elements of one kind. */
function decodeBlock(data: Buffer, at: number, wants: ReadonlySet<OsmKind>): OsmGroup[] {
  const groups: OsmGroup[] = [];
  try {
    for (const item of parse(data, DECODE) as (Decoded & { tags?: Record<string, string> })[]) {
      const kind = item.type;
      if (kind !== 'node' && kind !== 'way' && kind !== 'relation') throw new Error(`an element of type ${kind}`);
      for (const m of item.members ?? []) if (!m.type) throw new Error(`relation ${item.id} has a bad member type`);
      let last = groups[groups.length - 1];
      if (!last || last.kind !== kind) groups.push((last = { kind, elements: wants.has(kind) ? [] : null }));
      const tags = item.tags ?? {};
      const element: OsmElement =
        kind === 'node'
          ? { type: kind, id: item.id, lon: item.lon, lat: item.lat }
          : kind === 'way'
            ? { type: kind, id: item.id, refs: item.refs, tags }
            : { type: kind, id: item.id, members: item.members, tags };
      last.elements?.push(element);
    }
  } catch (error) {
    throw new ImportError(`OSM PBF: the data block at byte ${at} does not decode (corrupt file): ${message(error)}`);
  }
  return groups;
}

/** Reads `length` bytes at `position`, refusing a short read (the file shrank since it was measured). */
async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, position);
  if (bytesRead < length) throw new ImportError(`OSM PBF: the file ends at byte ${position + bytesRead} (cut short)`);
  return buffer;
}

const cut = (what: string) => new ImportError(`OSM PBF file cut short: ${what}`);

/**
 * The blob framed at byte `at` ([4-byte length][BlobHeader][Blob]): its type and where its data lie. Every length is
 * checked against the end of the file before anything is read, so a cut file or a corrupt length gives an error
 * naming the byte offset, never a wait for bytes that will not come.
 */
async function frameAt(handle: fs.promises.FileHandle, size: number, at: number) {
  if (size - at < 4) throw cut(`${size - at} bytes at byte ${at} are too few for a blob header length`);
  const headerLength = (await readAt(handle, at, 4)).readUInt32BE(0);
  if (headerLength > MAX_HEADER) {
    const what = at === 0 ? 'not an OSM PBF file, or a corrupt one' : 'corrupt OSM PBF file';
    throw new ImportError(`${what}: the blob header at byte ${at} claims ${headerLength} bytes (at most 64 KiB)`);
  }
  if (at + 4 + headerLength > size) throw cut(`the blob header at byte ${at} needs ${headerLength} bytes`);
  const header = new Pbf(await readAt(handle, at + 4, headerLength)).readFields(
    (tag, h, pbf) => {
      if (tag === 1) h.type = pbf.readString();
      else if (tag === 3) h.datasize = pbf.readVarint();
    },
    { type: '', datasize: -1 },
  );
  const dataAt = at + 4 + headerLength;
  if (header.datasize < 0 || header.datasize > MAX_BLOB) {
    throw new ImportError(
      `corrupt OSM PBF file: the blob header at byte ${at} gives a blob size of ${header.datasize}`,
    );
  }
  if (dataAt + header.datasize > size) {
    throw cut(`the blob at byte ${dataAt} needs ${header.datasize} bytes, the file has ${size - dataAt} left`);
  }
  if (at === 0 && header.type !== 'OSMHeader') {
    throw new ImportError(`not an OSM PBF file: its first blob is "${header.type}", expected "OSMHeader"`);
  }
  return { type: header.type, dataAt, length: header.datasize };
}

/** Refuses a file whose OSMHeader requires a feature this reader does not know (as the format asks readers to). */
function checkHeader(data: Buffer) {
  const required: string[] = [];
  new Pbf(data).readFields((tag, list, pbf) => (tag === 4 ? list.push(pbf.readString()) : undefined), required);
  const unknown = required.filter((f) => !KNOWN_FEATURES.has(f));
  if (unknown.length > 0)
    throw new ImportError(`OSM PBF: the file requires unsupported features: ${unknown.join(', ')}`);
}

/**
 * One pass over an OSM PBF file, blob by blob. The kinds of each block are remembered from the first pass so later
 * passes skip (without inflating) the blocks holding nothing they ask for.
 */
async function* scanPbf(
  handle: fs.promises.FileHandle,
  size: number,
  wants: ReadonlySet<OsmKind>,
  state: { position: number; kinds: Map<number, OsmKind[]> },
): AsyncGenerator<OsmGroup> {
  try {
    if (size === 0) throw new ImportError('not an OSM PBF file: the file is empty');
    for (let at = 0; at < size;) {
      try {
        const frame = await frameAt(handle, size, at);
        const known = state.kinds.get(at);
        if (frame.type === 'OSMHeader') checkHeader(blobBytes(await readAt(handle, frame.dataAt, frame.length), at));
        else if (frame.type !== 'OSMData') {
          throw new ImportError(`corrupt OSM PBF file: the blob at byte ${at} has the unknown type "${frame.type}"`);
        } else if (!known || known.some((k) => wants.has(k))) {
          const data = blobBytes(await readAt(handle, frame.dataAt, frame.length), at);
          const kinds = groupKinds(data);
          state.kinds.set(at, kinds);
          if (kinds.some((k) => wants.has(k))) yield* decodeBlock(data, at, wants);
          else yield* kinds.map((kind) => ({ kind, elements: null }));
        }
        at = frame.dataAt + frame.length;
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError(`corrupt OSM PBF file: the blob at byte ${at} does not decode: ${message(error)}`);
      }
      state.position = at;
    }
  } finally {
    state.position = 0;
  }
}

/**
 * Opens an OpenStreetMap PBF file (.osm.pbf) for `cadastre import`. The framing (blob lengths, zlib) is read here to
 * report truncation and corruption with byte offsets — osm-pbf-parser-node's stream only fails at the end with
 * "input format error" and cannot skip blocks — and each PrimitiveBlock is decoded by its `parse`.
 */
export async function openOsmPbf(path: string): Promise<FeatureSource> {
  const handle = await fs.promises.open(path, 'r');
  const size = (await handle.stat()).size;
  const state = { position: 0, kinds: new Map<number, OsmKind[]>() };
  const file = {
    size,
    position: () => state.position,
    scan: (wants: ReadonlySet<OsmKind>) => scanPbf(handle, size, wants, state),
  };
  return osmFeatureSource('osm-pbf', file, () => handle.close());
}
