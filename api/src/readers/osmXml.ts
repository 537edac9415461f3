import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportError } from './ImportError.js';
import { osmFeatureSource, type OsmElement, type OsmGroup, type OsmKind } from './osmAssemble.js';
import type { FeatureSource } from './types.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether the file starts with the gzip magic bytes (an .osm.gz, whatever its name). */
async function isGzip(path: string): Promise<boolean> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * One pass over an OSM XML file (API 0.6 `<osm>` document: node, way with nd and tag, relation with member and tag),
 * parsed by saxes as the bytes stream in. Elements deleted in an editor's file (action="delete") or in history
 * files (visible="false") are left out. Node tags are not read: buildings are ways and relations.
 */
async function* scanXml(
  path: string,
  gzip: boolean,
  wants: ReadonlySet<OsmKind>,
  onBytes: (bytes: number) => void,
  streams: Set<Readable>,
): AsyncGenerator<OsmGroup> {
  const raw = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  const source: Readable = gzip ? raw.pipe(zlib.createGunzip()) : raw;
  if (gzip) raw.on('error', (error) => source.destroy(error));
  streams.add(raw).add(source);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const where = () => `line ${parser.line}, column ${parser.column}`;
  let groups: OsmGroup[] = [];
  let last: OsmGroup | null = null;
  let depth = 0;
  let current: Extract<OsmElement, { type: 'way' | 'relation' }> | null = null;

  const push = (kind: OsmKind, element: OsmElement | null) => {
    if (!last || last.kind !== kind) {
      last = { kind, elements: wants.has(kind) ? [] : null };
      groups.push(last);
    }
    if (element) last.elements?.push(element);
  };
  const number = (tag: SaxesTagPlain, name: string, integer: boolean): number => {
    const text = tag.attributes[name];
    const value = text === undefined || text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      const found = text === undefined ? 'no attribute' : `${name}="${text}"`;
      throw new ImportError(`OSM XML: <${tag.name}> at ${where()} has ${found}, expected a number for ${name}`);
    }
    return value;
  };

  parser.on('error', (error) => {
    const detail = error.message.replace(/^\d+:\d+: /, '');
    throw new ImportError(`OSM XML is not well-formed at ${where()} (truncated or corrupt file?): ${detail}`);
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 1) {
      if (tag.name !== 'osm') {
        throw new ImportError(`not an OpenStreetMap XML file: the root element is <${tag.name}>, expected <osm>`);
      }
      return;
    }
    if (depth === 2) {
      current = null;
      const a = tag.attributes;
      if (a.action === 'delete' || a.visible === 'false') return;
      if (tag.name === 'node') {
        if (!wants.has('node')) return push('node', null);
        push('node', {
          type: 'node',
          id: number(tag, 'id', true),
          lon: number(tag, 'lon', false),
          lat: number(tag, 'lat', false),
        });
      } else if (tag.name === 'way' || tag.name === 'relation') {
        if (!wants.has(tag.name)) return push(tag.name, null);
        const id = number(tag, 'id', true);
        current =
          tag.name === 'way'
            ? { type: 'way', id, refs: [], tags: {} }
            : { type: 'relation', id, members: [], tags: {} };
      }
    } else if (depth === 3 && current) {
      if (tag.name === 'tag' && tag.attributes.k !== undefined) current.tags[tag.attributes.k] = tag.attributes.v ?? '';
      else if (tag.name === 'nd' && current.type === 'way') current.refs.push(number(tag, 'ref', true));
      else if (tag.name === 'member' && current.type === 'relation') {
        const type = tag.attributes.type as string | undefined;
        if (type !== 'node' && type !== 'way' && type !== 'relation') {
          throw new ImportError(
            `OSM XML: <member> at ${where()} has type="${type ?? ''}", expected node, way or relation`,
          );
        }
        current.members.push({ type, ref: number(tag, 'ref', true), role: tag.attributes.role ?? '' });
      }
    }
  });
  parser.on('closetag', () => {
    if (depth === 2 && current) {
      push(current.type, current);
      current = null;
    }
    depth -= 1;
  });

  try {
    for await (const chunk of source) {
      onBytes(raw.bytesRead);
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new ImportError(`OSM XML is not UTF-8 text (bytes before byte ${raw.bytesRead} of the file)`);
      }
      parser.write(text);
      if (groups.length > 0) {
        yield* groups;
        groups = [];
        last = null;
      }
    }
    parser.write(decoder.decode());
    parser.close();
    yield* groups;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const part = gzip ? 'gzip data' : 'file';
    throw new ImportError(`cannot read the OSM XML ${part} after byte ${raw.bytesRead}: ${message(error)}`);
  } finally {
    raw.destroy();
    source.destroy();
    streams.delete(raw);
    streams.delete(source);
    onBytes(0);
  }
}

/**
 * Opens an OpenStreetMap XML file (.osm, or .osm.gz gunzipped on the fly) for `cadastre import`. The file is read in
 * two to four passes (see osmAssemble.ts); features are closed ways and multipolygons tagged building or
 * building:part, with every tag as a property plus '@id' ('way/123').
 */
export async function openOsmXml(path: string): Promise<FeatureSource> {
  const size = (await fs.promises.stat(path)).size;
  const gzip = await isGzip(path);
  const streams = new Set<Readable>();
  let position = 0;
  const file = {
    size,
    position: () => position,
    scan: (wants: ReadonlySet<OsmKind>) => scanXml(path, gzip, wants, (bytes) => (position = bytes), streams),
  };
  return osmFeatureSource('osm', file, async () => {
    for (const stream of streams) stream.destroy();
    streams.clear();
  });
}
