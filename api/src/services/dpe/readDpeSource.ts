import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { parseDpeCsv } from './parseDpeCsv.js';
import { parseDpeXml } from './parseDpeXml.js';
import { DpeFormatError, type DpeRecord } from './types.js';

/** One file of DPE: its name and its records, read as they are iterated. */
export interface DpeSourceFile {
  /** The file's path; for an entry of a zip, the zip's path, `/`, and the entry's name in the zip. */
  file: string;
  /** A CSV's rows, or an XML's one DPE; a DpeFormatError here concerns this file alone. */
  records: AsyncIterable<DpeRecord>;
}

const READ = /\.(csv|xml)$/i;

/**
 * The DPE files at `source`, one by one, so that each can be loaded in its own transaction: a .csv (ADEME's v2 or
 * dpe03existant dataset), a .xml (one DPE as ADEME's API returns it), a .zip of such files (read entry by entry,
 * streaming), or a folder of any of these (its tree walked in name order). In a folder or a zip, files with other
 * extensions are passed over; `source` itself with another extension is refused. Read each file's records before asking
 * for the next file: a zip is closed once its last file has been handed over and its records read.
 *
 * @example for await (const { file, records } of readDpeSource('dpe.zip')) for await (const dpe of records) …
 */
export async function* readDpeSource(source: string): AsyncGenerator<DpeSourceFile> {
  const stat = await fs.promises.stat(source);
  if (stat.isDirectory()) yield* readFolder(source);
  else if (READ.test(source)) yield { file: source, records: readFile(source, () => fs.createReadStream(source)) };
  else if (/\.zip$/i.test(source)) yield* readZip(source);
  else {
    throw new DpeFormatError(
      `${path.basename(source)} is not read: give a .csv or .xml of ADEME's DPE, a .zip of them, or a folder`,
      source,
    );
  }
}

async function* readFolder(folder: string): AsyncGenerator<DpeSourceFile> {
  const entries = await fs.promises.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* readFolder(file);
    else if (READ.test(entry.name)) yield { file, records: readFile(file, () => fs.createReadStream(file)) };
    else if (/\.zip$/i.test(entry.name)) yield* readZip(file);
  }
}

async function* readZip(zipPath: string): AsyncGenerator<DpeSourceFile> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw new DpeFormatError(`not a readable zip archive: ${(err as Error).message}`, zipPath);
  }
  try {
    for await (const entry of zip.eachEntry()) {
      // Folders, and the resource forks macOS adds, hold no DPE.
      if (entry.fileName.endsWith('/') || /(^|\/)(__MACOSX\/|\._)/.test(entry.fileName)) continue;
      if (!READ.test(entry.fileName)) continue;
      yield {
        file: `${zipPath}/${entry.fileName}`,
        records: readFile(entry.fileName, () => zip.openReadStreamPromise(entry)),
      };
    }
  } finally {
    zip.close();
  }
}

/** The records of one .csv or .xml, its stream opened when they are first asked for and closed after the last. */
async function* readFile(name: string, open: () => Readable | Promise<Readable>): AsyncGenerator<DpeRecord> {
  const stream = await open();
  try {
    if (/\.csv$/i.test(name)) yield* parseDpeCsv(stream);
    else yield await parseDpeXml(stream);
  } finally {
    stream.destroy();
  }
}
