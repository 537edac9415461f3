import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOSMStream } from 'osm-pbf-parser-node';
import { afterAll, describe, expect, it } from 'vitest';
import { osmPbfSink, writeOsmPbf, writeOsmXml } from '../../../tests/import/writers/osm.js';
import { generateBuildings } from '../../../tests/import/writers/types.js';
import { ImportError } from './ImportError.js';
import { openOsmPbf, Pbf } from './osmPbf.js';
import { readAll } from './readAll.testkit.js';
import type { SourceFeature } from './types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osm-pbf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = async (file: string): Promise<SourceFeature[]> => readAll(await openOsmPbf(file));

const houses = (n: number) => () => generateBuildings(n, { x0: 2.8, y0: 50.4, degrees: true });

/** The blobs of a PBF file, walked by the format's framing: [4-byte length][BlobHeader][Blob]. */
function blobs(bytes: Buffer) {
  const out: { at: number; dataAt: number; type: string; size: number }[] = [];
  for (let pos = 0; pos < bytes.length;) {
    const length = bytes.readUInt32BE(pos);
    const header = new Pbf(bytes.subarray(pos + 4, pos + 4 + length)).readFields(
      (tag, h, pbf) => {
        if (tag === 1) h.type = pbf.readString();
        else if (tag === 3) h.size = pbf.readVarint();
      },
      { type: '', size: 0 },
    );
    out.push({ at: pos, dataAt: pos + 4 + length, ...header });
    pos += 4 + length + header.size;
  }
  return out;
}

/** A written file of `n` houses, its bytes and its blobs. */
function written(name: string, n: number) {
  const file = path.join(dir, name);
  writeOsmPbf(file, houses(n));
  const bytes = fs.readFileSync(file);
  return { file, bytes, blobs: blobs(bytes) };
}

const copy = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('osm.pbf writer', () => {
  it('writes a file osm-pbf-parser-node streams back with the coordinates and tags written', async () => {
    const { file } = written('library.osm.pbf', 3);
    const input = [...houses(3)()];
    const items: { type: string; lon?: number; lat?: number; refs?: number[]; tags?: Record<string, string> }[] = [];
    for await (const item of createOSMStream(file)) items.push(item as (typeof items)[number]);
    const nodes = items.filter((i) => i.type === 'node');
    expect(nodes).toHaveLength(12);
    input.forEach((b, i) =>
      b.ring.slice(0, 4).forEach(([x, y], k) => {
        expect(Math.abs(nodes[4 * i + k]!.lon! - x)).toBeLessThanOrEqual(1e-7);
        expect(Math.abs(nodes[4 * i + k]!.lat! - y)).toBeLessThanOrEqual(1e-7);
      }),
    );
    const ways = items.filter((i) => i.type === 'way');
    expect(ways.map((w) => w.refs)).toEqual([
      [1, 2, 3, 4, 1],
      [5, 6, 7, 8, 5],
      [9, 10, 11, 12, 9],
    ]);
    expect(ways[2]!.tags).toMatchObject({ building: 'house', height: String(input[2]!.height_m) });
  });
});

describe('openOsmPbf', () => {
  it('reads a file of several data blocks', async () => {
    const { file, blobs: list } = written('many.osm.pbf', 3000);
    // 12,000 nodes in blocks of at most 8,000, then the ways: header + 2 + 1 blobs.
    expect(list.map((b) => b.type)).toEqual(['OSMHeader', 'OSMData', 'OSMData', 'OSMData']);
    const features = await read(file);
    expect(features).toHaveLength(3000);
    const last = [...houses(3000)()][2999]!;
    expect(features[2999]!.properties['addr:housenumber']).toBe(last.housenumber);
    const ring = (features[2999]!.geometry?.coordinates as number[][][])[0]!;
    ring.forEach(([x, y], k) => {
      expect(Math.abs(x! - last.ring[k]![0])).toBeLessThanOrEqual(1e-7);
      expect(Math.abs(y! - last.ring[k]![1])).toBeLessThanOrEqual(1e-7);
    });
  });

  it('refuses a file cut short anywhere, naming the byte offset', async () => {
    const { bytes, blobs: list } = written('whole.osm.pbf', 30);
    const data = list[1]!;
    const cases: [number, string][] = [
      [2, '2 bytes at byte 0 are too few for a blob header length'],
      [data.at + 6, `the blob header at byte ${data.at} needs ${data.dataAt - data.at - 4} bytes`],
      [data.dataAt + 10, `the blob at byte ${data.dataAt} needs ${data.size} bytes, the file has 10 left`],
    ];
    for (const [length, detail] of cases) {
      const error = await read(copy(`cut-${length}.osm.pbf`, bytes.subarray(0, length))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toBe(`OSM PBF file cut short: ${detail}`);
    }
    const last = list[list.length - 1]!;
    await expect(read(copy('cut-end.osm.pbf', bytes.subarray(0, bytes.length - 1)))).rejects.toThrow(
      `the blob at byte ${last.dataAt} needs ${last.size} bytes, the file has ${last.size - 1} left`,
    );
  });

  it('refuses a corrupt blob, naming its byte offset', async () => {
    const { bytes, blobs: list } = written('flip.osm.pbf', 30);
    for (const blob of list.slice(1)) {
      const flipped = Buffer.from(bytes);
      for (let k = 0; k < 4; k++) flipped[blob.dataAt + Math.floor(blob.size / 2) + k]! ^= 0xff;
      await expect(read(copy(`flip-${blob.at}.osm.pbf`, flipped))).rejects.toThrow(
        `OSM PBF: the blob at byte ${blob.at} has bad zlib data (corrupt file)`,
      );
    }
    const badLength = Buffer.from(bytes);
    badLength.writeUInt32BE(0x7fffffff, list[1]!.at);
    await expect(read(copy('length.osm.pbf', badLength))).rejects.toThrow(
      `corrupt OSM PBF file: the blob header at byte ${list[1]!.at} claims 2147483647 bytes (at most 64 KiB)`,
    );
  });

  it('refuses files that are not OSM PBF or need features it does not know', async () => {
    const xml = path.join(dir, 'plain.osm');
    writeOsmXml(xml, houses(2));
    await expect(read(xml)).rejects.toThrow(/^not an OSM PBF file, or a corrupt one: the blob header at byte 0/);
    await expect(read(copy('empty.osm.pbf', Buffer.alloc(0)))).rejects.toThrow(
      'not an OSM PBF file: the file is empty',
    );
    const history = path.join(dir, 'history.osm.pbf');
    const sink = osmPbfSink(history, { requiredFeatures: ['OsmSchema-V0.6', 'DenseNodes', 'HistoricalInformation'] });
    sink.close();
    await expect(read(history)).rejects.toThrow(
      'OSM PBF: the file requires unsupported features: HistoricalInformation',
    );
  });
});
