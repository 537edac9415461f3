import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { readDpeSource } from './readDpeSource.js';
import { DpeFormatError, type DpeRecord } from './types.js';

// Real DPE; provenance and licence in fixtures/dpe/SOURCE.md.
const FIXTURES = fileURLToPath(new URL('../../../../fixtures/dpe/', import.meta.url));
const ZIP = path.join(FIXTURES, 'ademe-xml.zip');
const V2 = path.join(FIXTURES, 'dpe-v2-logements-existants_paris_96.csv');
const DPE03 = path.join(FIXTURES, 'dpe03existant_venissieux_24.csv');

/** The bytes of one entry of a zip, read with yauzl alone. */
async function entryBytes(zipPath: string, name: string): Promise<Buffer> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    throw new Error(`${name} is not in ${zipPath}`);
  } finally {
    zip.close();
  }
}

/** Each file's name and what reading its records gave: their count, or the DpeFormatError's where. */
async function summary(source: string): Promise<{ file: string; records: number | string }[]> {
  const out: { file: string; records: number | string }[] = [];
  for await (const { file, records } of readDpeSource(source)) {
    const read: DpeRecord[] = [];
    try {
      for await (const record of records) read.push(record);
      out.push({ file, records: read.length });
    } catch (err) {
      if (!(err instanceof DpeFormatError)) throw err;
      out.push({ file, records: err.where });
    }
  }
  return out;
}

describe('readDpeSource', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dpe-source-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads the fixture zip entry by entry: 270 DPE, the never-deposited one and INDEX.csv refused', async () => {
    const files = await summary(ZIP);
    expect(files).toHaveLength(272);
    expect(files.filter((f) => f.records === 1)).toHaveLength(270);
    expect(files.filter((f) => f.records !== 1)).toEqual([
      { file: `${ZIP}/dpe_without_porte_collection.xml`, records: '<administratif>/<date_etablissement_dpe> (line 8)' },
      { file: `${ZIP}/INDEX.csv`, records: 'header' },
    ]);
  });

  it('walks a folder in name order: CSVs, XMLs, zips and subfolders, other files passed over', async () => {
    const folder = path.join(tmp, 'deliveries');
    fs.mkdirSync(path.join(folder, 'b-xml'), { recursive: true });
    fs.copyFileSync(V2, path.join(folder, 'a-v2.csv'));
    fs.copyFileSync(DPE03, path.join(folder, 'c-dpe03.CSV'));
    fs.copyFileSync(path.join(FIXTURES, 'SOURCE.md'), path.join(folder, 'SOURCE.md'));
    for (const name of ['2187E0981996L.xml', '2125E0981916Z.xml']) {
      fs.writeFileSync(path.join(folder, 'b-xml', name), await entryBytes(ZIP, name));
    }
    fs.copyFileSync(ZIP, path.join(folder, 'd.zip'));
    const files = await summary(folder);
    expect(files.slice(0, 5)).toEqual([
      { file: path.join(folder, 'a-v2.csv'), records: 96 },
      { file: path.join(folder, 'b-xml', '2125E0981916Z.xml'), records: 1 },
      { file: path.join(folder, 'b-xml', '2187E0981996L.xml'), records: 1 },
      { file: path.join(folder, 'c-dpe03.CSV'), records: 24 },
      { file: `${path.join(folder, 'd.zip')}/2125E0981916Z.xml`, records: 1 },
    ]);
    expect(files).toHaveLength(4 + 272);
  });

  it('reads a single .csv or .xml', async () => {
    expect(await summary(DPE03)).toEqual([{ file: DPE03, records: 24 }]);
    const xml = path.join(tmp, 'one.xml');
    fs.writeFileSync(xml, await entryBytes(ZIP, '2187E0981996L.xml'));
    expect(await summary(xml)).toEqual([{ file: xml, records: 1 }]);
  });

  it('refuses another extension, and a zip that is not one', async () => {
    const txt = path.join(tmp, 'dpe.txt');
    fs.writeFileSync(txt, fs.readFileSync(V2));
    await expect(summary(txt)).rejects.toThrow(/dpe\.txt is not read: give a \.csv or \.xml/);
    await expect(summary(txt)).rejects.toBeInstanceOf(DpeFormatError);
    const fake = path.join(tmp, 'fake.zip');
    fs.writeFileSync(fake, 'not a zip');
    await expect(summary(fake)).rejects.toThrow(/not a readable zip archive/);
  });
});
