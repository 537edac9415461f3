import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOsmXml } from '../../../tests/import/writers/osm.js';
import { generateBuildings } from '../../../tests/import/writers/types.js';
import { ImportError } from './ImportError.js';
import { openOsmXml } from './osmXml.js';
import { readAll } from './readAll.testkit.js';
import type { SourceFeature } from './types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osm-xml-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = async (file: string): Promise<SourceFeature[]> => readAll(await openOsmXml(file));

const houses = () => generateBuildings(30, { x0: 2.8, y0: 50.4, degrees: true });
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('openOsmXml', () => {
  it('reads the buildings written, with their coordinates', async () => {
    const file = path.join(dir, 'houses.osm');
    writeOsmXml(file, houses);
    const features = await read(file);
    const input = [...houses()];
    expect(features).toHaveLength(30);
    features.forEach((f, i) => {
      expect(f.properties['addr:housenumber']).toBe(input[i]!.housenumber);
      const ring = (f.geometry?.coordinates as number[][][])[0]!;
      ring.forEach(([x, y], k) => {
        expect(Math.abs(x! - input[i]!.ring[k]![0])).toBeLessThanOrEqual(1e-7);
        expect(Math.abs(y! - input[i]!.ring[k]![1])).toBeLessThanOrEqual(1e-7);
      });
    });
  });

  it('reads a gzipped .osm.gz like the plain file, and refuses a cut gzip stream', async () => {
    const file = path.join(dir, 'plain.osm');
    writeOsmXml(file, houses);
    const gz = path.join(dir, 'plain.osm.gz');
    const bytes = zlib.gzipSync(fs.readFileSync(file));
    fs.writeFileSync(gz, bytes);
    expect(await read(gz)).toEqual(await read(file));
    const cut = path.join(dir, 'cut.osm.gz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    await expect(read(cut)).rejects.toThrow(/OSM XML gzip data.*unexpected end of file/);
  });

  it('refuses a file cut short anywhere, naming the line and column', async () => {
    const file = path.join(dir, 'whole.osm');
    writeOsmXml(file, houses);
    const bytes = fs.readFileSync(file);
    for (const at of [0.2, 0.5, 0.8, 0.999]) {
      const cut = write(`cut-${at}.osm`, bytes.subarray(0, Math.floor(bytes.length * at)).toString('utf8'));
      const error = await read(cut).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(/^OSM XML is not well-formed at line \d+, column \d+/);
    }
  });

  it('refuses an XML file that is not OpenStreetMap', async () => {
    const kml = write(
      'doc.kml',
      '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>\n',
    );
    await expect(read(kml)).rejects.toThrow('not an OpenStreetMap XML file: the root element is <kml>, expected <osm>');
    const empty = write('empty.osm', '');
    await expect(read(empty)).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses an element whose id or reference is not a number, naming its line', async () => {
    const bad = write(
      'bad.osm',
      '<osm version="0.6">\n<node id="1" lat="50.4" lon="2.8"/>\n<way id="2">\n<nd ref="x1"/>\n</way>\n</osm>\n',
    );
    await expect(read(bad)).rejects.toThrow(/<nd> at line 4, column \d+ has ref="x1", expected a number for ref/);
  });

  it('leaves out elements an editor marked deleted and keeps escaped tag values', async () => {
    const file = write(
      'josm.osm',
      [
        '<osm version="0.6" generator="JOSM">',
        '<node id="-1" lat="50.4" lon="2.8"/><node id="-2" lat="50.4" lon="2.8001"/><node id="-3" lat="50.4001" lon="2.8001"/>',
        '<way id="-10"><nd ref="-1"/><nd ref="-2"/><nd ref="-3"/><nd ref="-1"/><tag k="building" v="yes"/>',
        '<tag k="name" v="Caf&#233; &amp; &lt;Bar&gt;"/></way>',
        '<way id="-11" action="delete"><nd ref="-1"/><nd ref="-2"/><nd ref="-3"/><nd ref="-1"/>',
        '<tag k="building" v="yes"/></way>',
        '</osm>',
      ].join('\n'),
    );
    const features = await read(file);
    expect(features.map((f) => f.id)).toEqual(['way/-10']);
    expect(features[0]!.properties).toEqual({ building: 'yes', name: 'Café & <Bar>', '@id': 'way/-10' });
  });
});
