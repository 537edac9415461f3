import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse as parseSync } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDpeXml } from './parseDpeXml.js';
import { DpeFormatError, type DpeRecord } from './types.js';

// 271 real DPE as ADEME's API returns them and INDEX.csv, one row per file with the main fields extracted by the data's
// provider (Open3CL's fixtures), independent of this reader; provenance and licence in fixtures/dpe/SOURCE.md.
const ZIP = fileURLToPath(new URL('../../../../fixtures/dpe/ademe-xml.zip', import.meta.url));

/** Every entry of the fixture zip, by name. */
async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return entries;
}

const entries = await readZip(ZIP);
const index: Record<string, string>[] = parseSync(entries.get('INDEX.csv')!, { columns: true });
const xmlNames = [...entries.keys()].filter((name) => name.endsWith('.xml')).sort();
const REAL = '2187E0981996L.xml';
const realText = entries.get(REAL)!.toString('utf8');

/** The error parsing `source` throws. */
async function failure(source: Parameters<typeof parseDpeXml>[0]): Promise<DpeFormatError> {
  try {
    await parseDpeXml(source);
  } catch (err) {
    if (err instanceof DpeFormatError) return err;
    throw err;
  }
  throw new Error('expected a DpeFormatError');
}

const orNull = (cell: string | undefined): string | null => (cell === undefined || cell === '' ? null : cell);
const num = (cell: string | undefined): number | null => (orNull(cell) === null ? null : Number(cell));
/** Within 1e-9 relative: INDEX.csv writes some numbers with fewer digits (0.6113799999999999 for 0.61137999999999992). */
function expectClose(actual: number | null, expected: number | null, what: string) {
  if (expected === null || actual === null) return expect(actual, what).toBe(expected);
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}
/** INDEX.csv lost the leading zero of 6 files' postcodes and INSEE codes (departments 02, 03, 06, 07): "6300". */
const code = (cell: string | undefined): string | null => orNull(cell)?.padStart(5, '0') ?? null;
const TYPES: Record<string, DpeRecord['building_type']> = {
  maison: 'house',
  appartement: 'flat',
  immeuble: 'building',
};

describe('parseDpeXml on 271 real DPE', async () => {
  const parsed = new Map<string, DpeRecord | DpeFormatError>();
  for (const name of xmlNames) {
    parsed.set(name, await parseDpeXml(entries.get(name)!).catch((err: unknown) => err as DpeFormatError));
  }

  it('holds 271 files, 266 of them in INDEX.csv', () => {
    expect(xmlNames).toHaveLength(271);
    expect(index).toHaveLength(266);
    expect(index.every((row) => entries.has(row.source_file!))).toBe(true);
  });

  it('reads each file listed in INDEX.csv as its row says', () => {
    for (const row of index) {
      const r = parsed.get(row.source_file!);
      if (row.numero_dpe === 'NON_DEPOSE') continue;
      if (!(r && !(r instanceof Error))) throw new Error(`${row.source_file}: ${String(r)}`);
      const what = (field: string) => `${row.source_file} ${field}`;
      expect(r.number, what('number')).toBe(row.numero_dpe);
      expect(r.dataset).toBe('ademe-xml');
      expect(r.status, what('status')).toBe(orNull(row.statut));
      expect(r.issue_date, what('issue_date')).toBe(row.date_etablissement_dpe);
      expect(r.visit_date, what('visit_date')).toBe(orNull(row.date_visite_diagnostiqueur));
      expect(r.model, what('model')).toBe(row.modele_dpe);
      expect(r.engine_version, what('engine_version')).toBe(orNull(row.version_moteur_calcul));
      expect(r.method, what('method')).toBe(row.methode_application_dpe_log);
      expect(r.building_type, what('building_type')).toBe(TYPES[row.type_batiment!]);
      expect(r.construction_period, what('period')).toBe(row.periode_construction);
      expect(r.year_built, what('year_built')).toBe(num(row.annee_construction));
      const area = row.type_batiment === 'immeuble' ? row.surface_habitable_immeuble : row.surface_habitable_logement;
      expectClose(r.living_area_m2, num(area), what('living_area_m2'));
      expect(r.energy_class, what('energy_class')).toBe(row.classe_bilan_dpe);
      expectClose(r.primary_kwh_m2, num(row.ep_conso_5_usages_m2), what('primary_kwh_m2'));
      expectClose(r.final_kwh_m2, num(row.ef_conso_5_usages_m2), what('final_kwh_m2'));
      expectClose(r.ghg_kg_m2, num(row.emission_ges_5_usages_m2), what('ghg_kg_m2'));
      expect(r.ghg_class, what('ghg_class')).toBe(orNull(row.classe_emission_ges));
      expect(r.heating_energy, what('heating_energy')).toBe(orNull(row.type_energie_chauffage_gen1));
      expect(r.heating_generator, what('heating_generator')).toBe(orNull(row.type_generateur_ch_gen1));
      expect(r.hot_water_energy, what('hot_water_energy')).toBe(orNull(row.type_energie_ecs_gen1));
      expect(r.address_raw, what('address_raw')).toBe(orNull(row.adresse_brut));
      expect(r.postcode_raw, what('postcode_raw')).toBe(code(row.code_postal_brut));
      expect(r.commune_raw, what('commune_raw')).toBe(orNull(row.nom_commune_brut));
      expect(r.ban_postcode, what('ban_postcode')).toBe(code(row.ban_postcode));
      expect(r.ban_citycode, what('ban_citycode')).toBe(code(row.ban_citycode));
      for (const f of ['id', 'label', 'housenumber', 'street', 'city', 'type'] as const) {
        expect(r[`ban_${f}`], what(`ban_${f}`)).toBe(orNull(row[`ban_${f}`]));
      }
      expectClose(r.ban_score, num(row.ban_score), what('ban_score'));
      expectClose(r.ban_x_l93, num(row.ban_x_l93), what('ban_x_l93'));
      expectClose(r.ban_y_l93, num(row.ban_y_l93), what('ban_y_l93'));
    }
  });

  it('refuses the one file never deposited (number and issue date "NON_DEPOSE"), naming the element', () => {
    const row = index.find((r) => r.numero_dpe === 'NON_DEPOSE')!;
    const err = parsed.get(row.source_file!);
    expect(err).toBeInstanceOf(DpeFormatError);
    expect((err as DpeFormatError).where).toBe('<administratif>/<date_etablissement_dpe> (line 8)');
  });

  it('reads the five files INDEX.csv does not list as their own elements say', () => {
    const listed = new Set(index.map((row) => row.source_file));
    const others = xmlNames.filter((name) => !listed.has(name));
    expect(others).toEqual([
      '2233E1275975H.xml',
      '2271E1271422Q.xml',
      '2273E1125480O.xml',
      '2275E0220689Z.xml',
      '2314E4477717N.xml',
    ]);
    for (const name of others) {
      const text = entries.get(name)!.toString('utf8');
      const first = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1] ?? null;
      const r = parsed.get(name) as DpeRecord;
      expect(r.number).toBe(first('numero_dpe'));
      expect(r.issue_date).toBe(first('date_etablissement_dpe'));
      expect(r.energy_class).toBe(first('classe_bilan_dpe'));
      expect(r.ghg_class).toBe(first('classe_emission_ges'));
      expect(r.primary_kwh_m2).toBe(Number(first('ep_conso_5_usages_m2')));
      expect(r.ghg_kg_m2).toBe(Number(first('emission_ges_5_usages_m2')));
      expect(r.ban_id).toBe(first('ban_id'));
    }
  });

  it('lists the energies of <sortie_par_energie> and the five uses of <ep_conso>', () => {
    for (const name of xmlNames) {
      const r = parsed.get(name);
      if (r instanceof Error) continue;
      const text = entries.get(name)!.toString('utf8');
      expect(r!.energies, name).toHaveLength((text.match(/<sortie_par_energie>/g) ?? []).length);
    }
    expect(parsed.get(REAL)).toMatchObject({
      number: '2187E0981996L',
      replaces_number: '2187E0521990X',
      valid_until: '2031-12-22',
      uses: {
        heating_kwh: 28944.69264000539,
        hot_water_kwh: 3637.750753715362,
        cooling_kwh: 0,
        lighting_kwh: 181.79154000000003,
        auxiliaries_kwh: 1,
      },
      energies: [{ energy: 'électricité', final_kwh: 14245.319536400328 }],
      heating_generator: 'panneau rayonnant électrique nfc, nf** et nf***',
    });
  });

  it('counts houses, flats and buildings as INDEX.csv does; reads the RNB ids some files carry', () => {
    const records = [...parsed.values()].filter((r): r is DpeRecord => !(r instanceof Error));
    const count = (type: DpeRecord['building_type']) => records.filter((r) => r.building_type === type).length;
    const indexed = (type: string) => index.filter((r) => r.type_batiment === type && r.numero_dpe !== 'NON_DEPOSE');
    const extra = records.filter((r) => !index.some((row) => row.numero_dpe === r.number));
    console.info(
      `ademe-xml: ${records.length} read, ${count('house')} houses, ${count('flat')} flats, ${count('building')} buildings`,
    );
    expect(records).toHaveLength(270);
    expect(count('house')).toBe(indexed('maison').length + extra.filter((r) => r.building_type === 'house').length);
    expect(count('flat')).toBe(indexed('appartement').length + extra.filter((r) => r.building_type === 'flat').length);
    expect(count('building')).toBe(indexed('immeuble').length);
    expect(records.filter((r) => r.rnb_id !== null).map((r) => r.rnb_id)).toEqual([
      '95C3H1SETBNR',
      'YXM556B5MP8T',
      '4FNJ79BZ63KX',
    ]);
  });
});

describe('parseDpeXml takes text, bytes or a stream', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dpe-xml-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives the same record from a Buffer, a string, a file stream and 1-byte chunks', async () => {
    const fromBuffer = await parseDpeXml(entries.get(REAL)!);
    expect(await parseDpeXml(realText)).toEqual(fromBuffer);
    const file = path.join(tmp, REAL);
    fs.writeFileSync(file, entries.get(REAL)!);
    expect(await parseDpeXml(fs.createReadStream(file))).toEqual(fromBuffer);
    const bytes = entries.get(REAL)!.subarray(0, 20_000);
    const tail = entries.get(REAL)!.subarray(20_000);
    async function* bytewise() {
      for (const b of bytes) yield Uint8Array.of(b);
      yield tail;
    }
    expect(await parseDpeXml(bytewise())).toEqual(fromBuffer);
  });

  it('refuses a file cut anywhere, naming the line', async () => {
    const bytes = entries.get(REAL)!;
    const end = bytes.lastIndexOf('</dpe>');
    const cuts = [0, 10, 150, 2_000, Math.floor(bytes.length / 2), end - 1_000, end, end + 3];
    for (const cut of cuts) {
      const file = path.join(tmp, `cut-${cut}.xml`);
      fs.writeFileSync(file, bytes.subarray(0, cut));
      const err = await failure(fs.createReadStream(file));
      expect(err.where, `cut at ${cut}`).toMatch(/^line \d+$/);
      expect(err.message).toMatch(/not a complete XML document/);
    }
  });

  it('refuses an XML of another kind by its root element', async () => {
    const osm =
      '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6"><node id="1" lat="50.4" lon="2.8"/></osm>\n';
    const err = await failure(osm);
    expect(err.where).toBe('<osm>');
    expect(err.message).toMatch(/root element is <osm>, a DPE's is <dpe>/);
  });

  it.each([
    ['numero_dpe', '<numero_dpe>'],
    ['date_etablissement_dpe', '<administratif>/<date_etablissement_dpe>'],
    ['classe_bilan_dpe', '<logement>/<sortie>/<ep_conso>/<classe_bilan_dpe>'],
    ['ep_conso_5_usages_m2', '<logement>/<sortie>/<ep_conso>/<ep_conso_5_usages_m2>'],
  ])('refuses a DPE without %s, naming %s', async (tag, where) => {
    const err = await failure(realText.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), ''));
    expect(err.where).toBe(where);
    expect(err.message).toMatch(`${tag} is missing`);
  });

  it('refuses a garbled output or an enumeration id ADEME does not define, naming the element and its line', async () => {
    let err = await failure(realText.replace('<ep_conso_5_usages_m2>770', '<ep_conso_5_usages_m2>abc'));
    expect(err.where).toMatch(/^<logement>\/<sortie>\/<ep_conso>\/<ep_conso_5_usages_m2> \(line \d+\)$/);
    expect(err.message).toMatch(/must be a number, got "abc"/);
    err = await failure(realText.replace(/<classe_bilan_dpe>G</, '<classe_bilan_dpe>H<'));
    expect(err.message).toMatch(/class A to G, got "H"/);
    err = await failure(realText.replace(/<enum_type_generateur_ch_id>\d+</, '<enum_type_generateur_ch_id>999<'));
    expect(err.where).toMatch(/<generateur_chauffage>\/<donnee_entree>\/<enum_type_generateur_ch_id> \(line \d+\)$/);
    expect(err.message).toMatch(/enum_type_generateur_ch_id 999 is not in ADEME's enumeration/);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = Buffer.from(realText, 'latin1');
    expect((await failure(Readable.from([latin1]))).message).toMatch(/not UTF-8/);
  });
});
