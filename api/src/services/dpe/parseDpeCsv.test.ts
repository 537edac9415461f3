import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDpeCsv } from './parseDpeCsv.js';
import { DpeFormatError, type DpeRecord } from './types.js';

// Real rows of ADEME's two CSV datasets; provenance and licence in fixtures/dpe/SOURCE.md.
const V2_FILE = new URL('../../../../fixtures/dpe/dpe-v2-logements-existants_paris_96.csv', import.meta.url);
const DPE03_FILE = new URL('../../../../fixtures/dpe/dpe03existant_venissieux_24.csv', import.meta.url);
const PVGIS_FILE = new URL('../../../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url);
const V2_TEXT = fs.readFileSync(V2_FILE, 'utf8');
const DPE03_TEXT = fs.readFileSync(DPE03_FILE, 'utf8');

/** The file's rows as objects keyed by column name, read by csv-parse alone: the reference the mapper is checked on. */
const rawRows = (text: string): Record<string, string>[] => parseSync(text, { columns: true });
/** The file's header and rows as arrays. */
const rawTable = (text: string): string[][] => parseSync(text);
/** A CSV line, every cell quoted. */
const line = (cells: readonly string[], delimiter = ','): string =>
  cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(delimiter);
const csvOf = (table: readonly (readonly string[])[], delimiter = ','): string =>
  table.map((cells) => line(cells, delimiter)).join('\n') + '\n';

async function readAll(source: AsyncIterable<string | Uint8Array> | string): Promise<DpeRecord[]> {
  const records: DpeRecord[] = [];
  const input = typeof source === 'string' ? Readable.from([source]) : source;
  for await (const record of parseDpeCsv(input)) records.push(record);
  return records;
}

/** The error reading `text` throws. */
async function failure(text: string | Buffer): Promise<DpeFormatError> {
  try {
    await readAll(Readable.from([text]));
  } catch (err) {
    if (err instanceof DpeFormatError) return err;
    throw err;
  }
  throw new Error('expected a DpeFormatError');
}

/** Exact for numbers ADEME wrote with one or two decimals: the cell parsed as JavaScript parses it. */
const numberOf = (cell: string | undefined): number | null => (cell ? Number(cell.replace(',', '.')) : null);

describe('parseDpeCsv on the v2 dataset (DPE Logements existants depuis juillet 2021)', async () => {
  const raw = rawRows(V2_TEXT);
  const records = await readAll(fs.createReadStream(V2_FILE));

  it('reads every row, as the v2 dataset', () => {
    expect(raw).toHaveLength(96);
    expect(records).toHaveLength(96);
    expect(new Set(records.map((r) => r.dataset))).toEqual(new Set(['dpe-v2-csv']));
  });

  it("gives every row's official outputs, dates and BAN geocode as the raw cells say", () => {
    records.forEach((r, i) => {
      const cells = raw[i]!;
      expect(r.number).toBe(cells['N°DPE']);
      expect(r.energy_class).toBe(cells['Etiquette_DPE']);
      expect(r.ghg_class).toBe(cells['Etiquette_GES']);
      expect(r.primary_kwh_m2).toBe(numberOf(cells['Conso_5_usages_par_m²_é_primaire']));
      expect(r.final_kwh_m2).toBe(numberOf(cells['Conso_5_usages/m²_é_finale']));
      expect(r.ghg_kg_m2).toBe(numberOf(cells['Emission_GES_5_usages_par_m²']));
      expect(r.issue_date).toBe(cells['Date_établissement_DPE']);
      expect(r.valid_until).toBe(cells['Date_fin_validité_DPE']);
      expect(r.visit_date).toBe(cells['Date_visite_diagnostiqueur']);
      expect(r.ban_id).toBe(cells['Identifiant__BAN']);
      expect(r.ban_score).toBe(numberOf(cells['Score_BAN']));
      expect(r.ban_x_l93).toBe(numberOf(cells['Coordonnée_cartographique_X_(BAN)']));
      expect(r.ban_y_l93).toBe(numberOf(cells['Coordonnée_cartographique_Y_(BAN)']));
      expect(r.uses.heating_kwh).toBe(numberOf(cells['Conso_chauffage_é_primaire']));
      expect(r.uses.auxiliaries_kwh).toBe(numberOf(cells['Conso_auxiliaires_é_primaire']));
      expect(r.energies[0]).toEqual({
        energy: cells['Type_énergie_n°1']!.toLowerCase(),
        final_kwh: numberOf(cells['Conso_5_usages_é_finale_énergie_n°1']),
      });
      expect(r.replaces_number).toBe(cells['N°_DPE_remplacé'] || null);
    });
  });

  it('spot-checks rows 1, 2 and 96 against values read off the file', () => {
    expect(records[0]).toMatchObject({
      number: '2375E0333531C',
      energy_class: 'E',
      ghg_class: 'C',
      primary_kwh_m2: 313.6,
      ghg_kg_m2: 18.4,
      issue_date: '2023-01-31',
      valid_until: '2033-01-30',
      building_type: 'flat',
      ban_id: '75106_8151_00144',
      ban_score: 0.8,
      ban_x_l93: 650455.0625,
      energies: [
        { energy: 'électricité', final_kwh: 5978.4 },
        { energy: 'gaz naturel', final_kwh: 2013.9 },
      ],
    });
    expect(records[1]).toMatchObject({
      number: '2575E0335591K',
      energy_class: 'G',
      ghg_class: 'F',
      primary_kwh_m2: 432,
    });
    expect(records[95]).toMatchObject({
      number: '2275E1397319Z',
      energy_class: 'G',
      primary_kwh_m2: 430.6,
      uses: { heating_kwh: 9313.7, hot_water_kwh: 3853.6, cooling_kwh: 0, lighting_kwh: 134.3, auxiliaries_kwh: 0 },
      heating_generator: 'radiateur électrique nfc, nf** et nf***',
    });
  });

  it('takes the building area for the whole-building DPE, which has no dwelling area', () => {
    const building = records.filter((r) => r.building_type === 'building');
    expect(building.map((r) => [r.number, r.living_area_m2])).toEqual([['2475E2215062S', 1504]]);
  });

  it('dates the end of validity from the issue date when the column is missing, as ADEME does', async () => {
    const table = rawTable(V2_TEXT);
    const end = table[0]!.indexOf('Date_fin_validité_DPE');
    const without = await readAll(csvOf(table.map((cells) => cells.filter((_, i) => i !== end))));
    expect(without.map((r) => r.valid_until)).toEqual(records.map((r) => r.valid_until));
  });

  it('reads the same rows delimited by semicolons, or as UTF-8 bytes with a BOM split anywhere', async () => {
    const table = rawTable(V2_TEXT);
    expect(await readAll(csvOf(table, ';'))).toEqual(records);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(V2_TEXT, 'utf8')]);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) =>
      bytes.subarray(i * 997, i * 997 + 997),
    );
    expect(await readAll(Readable.from(chunks))).toEqual(records);
  });
});

describe('parseDpeCsv on dpe03existant', async () => {
  const raw = rawRows(DPE03_TEXT);
  const records = await readAll(fs.createReadStream(DPE03_FILE));

  it('reads every row, as dpe03existant, by its _ademe columns', () => {
    expect(raw).toHaveLength(24);
    expect(records).toHaveLength(24);
    expect(new Set(records.map((r) => r.dataset))).toEqual(new Set(['dpe03-csv']));
    records.forEach((r, i) => {
      const cells = raw[i]!;
      expect(r.number).toBe(cells['numero_dpe_ademe']);
      expect(r.energy_class).toBe(cells['etiquette_dpe_ademe']);
      expect(r.ghg_class).toBe(cells['etiquette_ges_ademe']);
      expect(r.primary_kwh_m2).toBe(numberOf(cells['conso_5_usages_par_m2_ep_ademe']));
      expect(r.ghg_kg_m2).toBe(numberOf(cells['emission_ges_5_usages_par_m2_ademe']));
      expect(r.issue_date).toBe(cells['date_etablissement_dpe_ademe']);
      expect(r.valid_until).toBe(cells['date_fin_validite_dpe_ademe']);
      expect(r.ban_id).toBe(cells['identifiant_ban_ademe']);
      // ADEME's score, not the one the intermediate repository's own geocoding put in score_ban.
      expect(r.ban_score).toBe(numberOf(cells['score_ban_ademe']));
      expect(r.ban_x_l93).toBe(numberOf(cells['coordonnee_cartographique_x_ban_ademe']));
      expect(r.uses.hot_water_kwh).toBe(numberOf(cells['conso_ecs_ep_ademe']));
      expect(r.rnb_id).toBe(cells['id_rnb_ademe'] || null);
      expect(r.energies.map((e) => e.final_kwh)).toEqual(
        [1, 2].map((n) => numberOf(cells[`conso_5_usages_ef_energie_n${n}_ademe`])),
      );
    });
  });

  it('spot-checks rows 1 and 24 against values read off the file', () => {
    expect(records[0]).toMatchObject({
      number: '2569E2364305Q',
      energy_class: 'B',
      primary_kwh_m2: 103,
      ban_score: 0.83,
      rnb_id: null,
      method: 'dpe appartement généré à partir des données dpe immeuble',
    });
    expect(records[23]).toMatchObject({
      number: '2469E2959894W',
      energy_class: 'E',
      ghg_class: 'C',
      primary_kwh_m2: 259,
      ghg_kg_m2: 28,
      rnb_id: 'K46ZW4VJNAVH',
      energies: [
        { energy: 'réseau de chauffage urbain', final_kwh: 17880.5 },
        { energy: 'électricité', final_kwh: 1013.5 },
      ],
    });
    expect(records.filter((r) => r.rnb_id !== null)).toHaveLength(12);
  });

  it("reads a real dpe03existant file's unsuffixed names the same", async () => {
    const table = rawTable(DPE03_TEXT);
    const keep = table[0]!.map((name, i) => (name.endsWith('_ademe') ? i : -1)).filter((i) => i >= 0);
    const unsuffixed = table.map((cells, r) => keep.map((i) => (r === 0 ? cells[i]!.slice(0, -6) : cells[i]!)));
    expect(await readAll(csvOf(unsuffixed))).toEqual(records);
  });
});

describe('parseDpeCsv refuses what it cannot read', () => {
  const table = rawTable(V2_TEXT);
  const col = (name: string) => table[0]!.indexOf(name);
  /** The v2 fixture with cell `name` of data row `row` (1-based) set to `value`. */
  const withCell = (row: number, name: string, value: string) =>
    csvOf(table.map((cells, r) => (r === row ? cells.map((c, i) => (i === col(name) ? value : c)) : cells)));

  it.each([
    [3, 'Etiquette_DPE', '', /Etiquette_DPE is missing/],
    [5, 'Etiquette_DPE', 'H', /Etiquette_DPE must be a class A to G, got "H"/],
    [7, 'Conso_5_usages_par_m²_é_primaire', 'abc', /Conso_5_usages_par_m²_é_primaire must be a number, got "abc"/],
    [9, 'Date_établissement_DPE', '2023-02-30', /Date_établissement_DPE must be a date YYYY-MM-DD/],
    [11, 'Date_fin_validité_DPE', '31/01/2033', /Date_fin_validité_DPE must be a date YYYY-MM-DD/],
    [13, 'N°DPE', ' ', /N°DPE is missing/],
    [15, 'Type_bâtiment', 'local commercial', /Type_bâtiment must be maison, appartement or immeuble/],
  ])('row %i with %s = "%s"', async (row, name, value, message) => {
    const err = await failure(withCell(row, name, value));
    expect(err.where).toBe(`row ${row}`);
    expect(err.message).toMatch(message);
  });

  it('a row with a field too many', async () => {
    const text = csvOf(table.map((cells, r) => (r === 4 ? [...cells, 'extra'] : cells)));
    const err = await failure(text);
    expect(err.where).toBe('row 4');
    expect(err.message).toMatch(/has 207 fields, the header has 206/);
  });

  it('a quote opened and never closed, in row 6', async () => {
    const lines = V2_TEXT.split('\n');
    lines[6] = lines[6]!.replace(/^([^,]*),/, '"$1,');
    const err = await failure(lines.join('\n'));
    expect(err.where).toBe('row 6');
    expect(err.message).toMatch(/not a readable CSV/);
  });

  it('a CSV of another dataset (a PVGIS weather file), naming its header and the columns expected', async () => {
    const err = await failure(fs.readFileSync(PVGIS_FILE));
    expect(err.where).toBe('header');
    expect(err.message).toMatch(/its header \(time\(UTC\), T2m, RH, G\(h\), Gb\(n\), Gd\(h\), … \(10 columns\)\)/);
    expect(err.message).toMatch(/"N°DPE".*"numero_dpe"/);
  });

  it('a CSV with numero_dpe but not the columns of dpe03existant', async () => {
    const err = await failure('numero_dpe,classe_bilan_dpe,ep_conso_5_usages_m2\n2187E0981996L,G,770\n');
    expect(err.where).toBe('header');
    expect(err.message).toMatch(
      /lacks the column\(s\) date_etablissement_dpe, etiquette_dpe, conso_5_usages_par_m2_ep/,
    );
  });

  it('Latin-1 bytes and an empty file', async () => {
    expect((await failure(Buffer.from(V2_TEXT, 'latin1'))).message).toMatch(/not UTF-8/);
    expect((await failure('')).where).toBe('header');
  });
});

describe('parseDpeCsv streams', () => {
  it('closes its source when the reader stops early', async () => {
    const stream = fs.createReadStream(V2_FILE, { highWaterMark: 4096 });
    // Breaking out of a stream's iterator destroys it with an AbortError: wait for 'close', not for once()'s success.
    const closed = new Promise<void>((resolve) => stream.on('close', () => resolve()));
    for await (const record of parseDpeCsv(stream)) {
      expect(record.number).toBe('2375E0333531C');
      break;
    }
    await closed;
    expect(stream.destroyed).toBe(true);
  });

  // The columns a record is built from (csv-parse reads ~15 MB/s: all 206 columns of 100,000 rows would take 15 s).
  const READ = [
    'N°DPE',
    'Date_établissement_DPE',
    'Etiquette_DPE',
    'Conso_5_usages_par_m²_é_primaire',
    'N°_DPE_remplacé',
    'Date_visite_diagnostiqueur',
    'Date_fin_validité_DPE',
    'Modèle_DPE',
    'Méthode_application_DPE',
    'Type_bâtiment',
    'Surface_habitable_logement',
    'Surface_habitable_immeuble',
    'Année_construction',
    'Période_construction',
    'Etiquette_GES',
    'Conso_5_usages/m²_é_finale',
    'Emission_GES_5_usages_par_m²',
    'Conso_chauffage_é_primaire',
    'Conso_ECS_é_primaire',
    'Conso_refroidissement_é_primaire',
    'Conso_éclairage_é_primaire',
    'Conso_auxiliaires_é_primaire',
    'Type_énergie_n°1',
    'Conso_5_usages_é_finale_énergie_n°1',
    'Type_énergie_n°2',
    'Conso_5_usages_é_finale_énergie_n°2',
    'Type_énergie_principale_chauffage',
    'Type_énergie_principale_ECS',
    'Type_générateur_n°1_installation_n°1',
    'Adresse_brute',
    'Code_postal_(brut)',
    'Identifiant__BAN',
    'Adresse_(BAN)',
    'N°_voie_(BAN)',
    'Nom__rue_(BAN)',
    'Code_postal_(BAN)',
    'Nom__commune_(BAN)',
    'Code_INSEE_(BAN)',
    'Score_BAN',
    'Coordonnée_cartographique_X_(BAN)',
    'Coordonnée_cartographique_Y_(BAN)',
  ];

  it('reads a 100,000-row v2 CSV (the real rows repeated, renumbered) one row at a time', async () => {
    const table = rawTable(V2_TEXT);
    const keep = READ.map((name) => table[0]!.indexOf(name));
    expect(keep).not.toContain(-1);
    const rows = table.map((cells) => keep.map((i) => cells[i]!));
    const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    async function* generated(): AsyncGenerator<string> {
      yield rows[0]!.map(cell).join(',') + '\n';
      let chunk = '';
      for (let i = 0; i < 100_000; i += 1) {
        const cells = [...rows[1 + (i % 96)]!];
        cells[0] = `2599E${String(i).padStart(7, '0')}X`;
        chunk += cells.map(cell).join(',') + '\n';
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = '';
        }
      }
      yield chunk;
    }
    let count = 0;
    let last: DpeRecord | null = null;
    for await (const record of parseDpeCsv(generated())) {
      count += 1;
      last = record;
    }
    expect(count).toBe(100_000);
    // Row 100,000 is the fixture's row 100,000 mod 96 = 64 (1-based), renumbered.
    expect(last).toEqual({ ...(await readAll(V2_TEXT))[63], number: '2599E0099999X' });
  });
});
