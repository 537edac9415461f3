import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import yauzl from 'yauzl';
import { replayDpeFile } from '../../api/src/services/dpe/replayDpe.js';
import { tables3cl } from '../../api/src/fixtures/loadFixture.js';
import { AppError } from '../../api/src/errors/AppError.js';

const ZIP = path.resolve(import.meta.dirname, '../../fixtures/dpe/ademe-xml.zip');

async function entry(name: string): Promise<Buffer> {
  const zip = await yauzl.openPromise(ZIP, { lazyEntries: true, autoClose: false });
  try {
    for await (const e of zip.eachEntry()) {
      if (e.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    }
  } finally {
    zip.close();
  }
  throw new Error(`${name} not in the zip`);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'replay-'));
const real = path.join(dir, '2187E0981996L.xml');
writeFileSync(real, await entry('2187E0981996L.xml'));

describe('dpe replay', () => {
  it('recomputes a real house DPE from its own inputs and compares with its official outputs', async () => {
    const r = await replayDpeFile(real, tables3cl());
    // The record's own outputs (logement/sortie): 770 kWhEP/m², 25 kgCO2e/m², class G.
    expect(r.official_class).toBe('G');
    expect(r.computed_class).toBe('G');
    const ep = r.lines.find((l) => l.quantity.startsWith('énergie primaire'))!;
    expect(ep.official).toBe(770);
    expect(Math.abs(ep.diff_pct!)).toBeLessThan(5);
  });

  it('refuses a cut file with a 422 naming the line, and a record without date', async () => {
    const cut = path.join(dir, 'cut.xml');
    writeFileSync(cut, readFileSync(real).subarray(0, 5000));
    await expect(replayDpeFile(cut, tables3cl())).rejects.toMatchObject({ status: 422, code: 'invalid_dpe' });
    const undated = path.join(dir, 'undated.xml');
    writeFileSync(
      undated,
      readFileSync(real, 'utf8').replace(/<date_etablissement_dpe>[^<]*<\/date_etablissement_dpe>/, ''),
    );
    const err = await replayDpeFile(undated, tables3cl()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/date_etablissement_dpe/);
  });

  it('prints the comparison from the command line (npx cadastre dpe replay)', () => {
    const out = execFileSync('node', ['dist/cli.js', 'dpe', 'replay', real], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(out).toMatch(/DPE 2187E0981996L/);
    expect(out).toMatch(/classe énergie-climat\s+G\s+G\s+identique/);
  });
});
