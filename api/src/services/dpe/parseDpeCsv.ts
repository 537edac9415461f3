import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { detectCsvSchema, type DpeCsvSchema } from './dpeCsvSchemas.js';
import * as v from './dpeValues.js';
import { DpeFormatError, type DpeEnergy, type DpeRecord } from './types.js';

/**
 * Reads a CSV of ADEME's DPE open data, streaming, one DpeRecord per row: the v2 dataset "DPE Logements existants
 * (depuis juillet 2021)" (columns "N°DPE", "Etiquette_DPE", …) or `dpe03existant` (numero_dpe, etiquette_dpe, …, or
 * the same with an `_ademe` suffix). UTF-8 (a BOM is skipped), the delimiter (comma, semicolon or tab) taken from the
 * header line, RFC 4180 quoting, dates YYYY-MM-DD.
 *
 * Throws DpeFormatError at `header` for a CSV of another dataset, at `row N` (1 = first data row) for a row with a
 * missing number, date, class or kWhEP/m², an unreadable value in any column read, or the wrong number of fields.
 *
 * @example for await (const dpe of parseDpeCsv(fs.createReadStream('dpe-v2.csv'))) console.log(dpe.number);
 */
export async function* parseDpeCsv(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<DpeRecord> {
  const chunks = decodeUtf8(source)[Symbol.asyncIterator]();
  // The header line, to choose the delimiter before csv-parse sees a byte.
  let head = '';
  while (!head.includes('\n') && head.length < 1 << 20) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  const parser = parse({ delimiter: sniffDelimiter(head), relax_column_count: true, skip_empty_lines: true });
  const feeding = pipeline(
    Readable.from(
      (async function* () {
        if (head !== '') yield head;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      })(),
    ),
    parser,
  );
  // The parser's iterator reports a failure of the source or the parser; pipeline's promise only needs a listener.
  feeding.catch(() => undefined);
  let schema: DpeCsvSchema | null = null;
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (schema === null) {
        schema = detectCsvSchema(cells);
        continue;
      }
      row += 1;
      yield mapRow(cells, schema, row);
    }
  } catch (err) {
    if (err instanceof CsvError) {
      // csv-parse reads ahead of the rows handed over: its own count of records (the header being one) says where.
      const records = typeof err.records === 'number' ? err.records : row + (schema === null ? 0 : 1);
      throw new DpeFormatError(`not a readable CSV: ${err.message}`, records === 0 ? 'header' : `row ${records}`);
    }
    throw err;
  } finally {
    parser.destroy();
    // Stopped early (a consumer's break, an error): let the source close (a file stream's descriptor).
    void chunks.return?.(undefined).catch(() => undefined);
  }
  if (schema === null) throw new DpeFormatError('the file is empty: no header line', 'header');
}

/** One data row as a record. */
function mapRow(cells: readonly string[], { dataset, columns: c, index, width }: DpeCsvSchema, row: number): DpeRecord {
  const where = `row ${row}`;
  if (cells.length !== width) throw new DpeFormatError(`has ${cells.length} fields, the header has ${width}`, where);
  const cell = (name: string | null): string | null => {
    if (name === null) return null;
    const i = index.get(name);
    return i === undefined ? null : (cells[i] ?? null);
  };
  const num = (name: string) => v.number(cell(name), name, where);
  const issueDate = v.isoDate(v.required(cell(c.issue_date), c.issue_date, where), c.issue_date, where)!;
  const buildingType = v.buildingType(cell(c.building_type), c.building_type, where);
  const primary = num(c.primary_kwh_m2);
  if (primary === null) throw new DpeFormatError(`${c.primary_kwh_m2} is missing or blank`, where);
  const energies: DpeEnergy[] = [];
  for (const e of c.energies) {
    const energy = v.label(cell(e.energy));
    if (energy !== null) energies.push({ energy, final_kwh: num(e.final_kwh) });
  }
  return {
    number: v.required(cell(c.number), c.number, where),
    dataset,
    status: cell(c.status)?.trim().toUpperCase() || null,
    replaces_number: v.text(cell(c.replaces_number)),
    visit_date: v.isoDate(cell(c.visit_date), c.visit_date, where),
    issue_date: issueDate,
    valid_until: v.isoDate(cell(c.valid_until), c.valid_until, where) ?? v.tenYearsAfter(issueDate),
    model: v.label(cell(c.model)),
    method: v.label(cell(c.method)),
    engine_version: null,
    building_type: buildingType,
    living_area_m2: num(c.living_area_m2) ?? (buildingType === 'building' ? num(c.building_area_m2) : null),
    year_built: v.integer(cell(c.year_built), c.year_built, where),
    construction_period: v.label(cell(c.construction_period)),
    energy_class: v.dpeClass(v.required(cell(c.energy_class), c.energy_class, where), c.energy_class, where)!,
    ghg_class: v.dpeClass(cell(c.ghg_class), c.ghg_class, where),
    primary_kwh_m2: primary,
    final_kwh_m2: num(c.final_kwh_m2),
    ghg_kg_m2: num(c.ghg_kg_m2),
    uses: {
      heating_kwh: num(c.uses.heating),
      hot_water_kwh: num(c.uses.hot_water),
      cooling_kwh: num(c.uses.cooling),
      lighting_kwh: num(c.uses.lighting),
      auxiliaries_kwh: num(c.uses.auxiliaries),
    },
    energies,
    heating_energy: v.label(cell(c.heating_energy)),
    hot_water_energy: v.label(cell(c.hot_water_energy)),
    heating_generator: v.label(cell(c.heating_generator)),
    address_raw: v.text(cell(c.address_raw)),
    postcode_raw: v.text(cell(c.postcode_raw)),
    commune_raw: v.text(cell(c.commune_raw)),
    ban_id: v.text(cell(c.ban_id)),
    ban_label: v.text(cell(c.ban_label)),
    ban_housenumber: v.text(cell(c.ban_housenumber)),
    ban_street: v.text(cell(c.ban_street)),
    ban_postcode: v.text(cell(c.ban_postcode)),
    ban_city: v.text(cell(c.ban_city)),
    ban_citycode: v.text(cell(c.ban_citycode)),
    ban_type: v.text(cell(c.ban_type)),
    ban_score: num(c.ban_score),
    ban_x_l93: num(c.ban_x_l93),
    ban_y_l93: num(c.ban_y_l93),
    rnb_id: c.rnb_id === null ? null : v.rnbId(cell(c.rnb_id), c.rnb_id, where),
  };
}

/** Text chunks from text or UTF-8 bytes (split anywhere); a BOM dropped. */
async function* decodeUtf8(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let first = true;
  let lines = 1;
  const out = (chunk: string): string => {
    if (first && chunk !== '') {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines += 1;
    return chunk;
  };
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      const message = `not UTF-8 text from line ${lines} on (ADEME publishes its CSVs in UTF-8): convert the file`;
      throw new DpeFormatError(message, `line ${lines}`);
    }
  };
  for await (const chunk of source) {
    const t = out(typeof chunk === 'string' ? chunk : decode(chunk));
    if (t !== '') yield t;
  }
  const rest = out(decode());
  if (rest !== '') yield rest;
}

/** The delimiter of a CSV from its header line: whichever of comma, semicolon and tab is most frequent outside quotes. */
function sniffDelimiter(head: string): string {
  const line = head.split('\n', 1)[0] ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}
