import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { parseDpeTree, type DpeNode } from './tree';
import type { Tables3cl } from './tables';

/*
 * Test data for the 3CL method: the 271 real ADEME DPE records of fixtures/dpe/ademe-xml.zip (provenance and licence in
 * fixtures/dpe/SOURCE.md) parsed into trees, and the regulatory tables of fixtures/dpe/3cl-tables.
 */

const ZIP = new URL('../../fixtures/dpe/ademe-xml.zip', import.meta.url);
const TABLES = new URL('../../fixtures/dpe/3cl-tables/tv_tables.json', import.meta.url);
const ENUMS = new URL('../../fixtures/dpe/3cl-tables/enums.json', import.meta.url);

export interface RealRecord {
  /** The file name in the zip, e.g. `2187E0981996L.xml`. */
  name: string;
  tree: DpeNode;
}

let cache: Promise<RealRecord[]> | null = null;

/** Every record of the fixture zip, parsed, in file-name order. */
export function loadRealRecords(): Promise<RealRecord[]> {
  cache ??= (async () => {
    const zip = await yauzl.openPromise(ZIP.pathname, { lazyEntries: true, autoClose: false });
    const out: RealRecord[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (!entry.fileName.endsWith('.xml')) continue;
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
        out.push({ name: entry.fileName, tree: parseDpeTree(Buffer.concat(chunks).toString('utf8')) });
      }
    } finally {
      zip.close();
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  })();
  return cache;
}

/** The 3CL regulatory tables (tv_tables.json). */
export function loadTables3cl(): Tables3cl {
  return JSON.parse(readFileSync(TABLES, 'utf8')) as Tables3cl;
}

/** ADEME's enumerations (enums.json): enumeration name → id → label. */
export function loadEnums3cl(): Readonly<Record<string, Readonly<Record<string, string>>>> {
  return JSON.parse(readFileSync(ENUMS, 'utf8')) as Record<string, Record<string, string>>;
}
