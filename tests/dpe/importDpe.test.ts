import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import type { Queryable } from '../../api/src/db/types.js';
import { importDpe, matchUnmatchedDpe, type DpeFileReport } from '../../api/src/services/dpe/importDpe.js';
import { BuildingFeature } from '../../contracts/buildings.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { readZipText } from '../helpers/zip.js';

// Real records (fixtures/dpe, ADEME, Licence Ouverte 2.0) matched to buildings this test writes around their real
// BAN coordinates: the expected method of each match follows from where the test put the building, not from the code.
const FIXTURES = path.resolve('fixtures/dpe');
const XML_ZIP = path.join(FIXTURES, 'ademe-xml.zip');
const PARIS = path.join(FIXTURES, 'dpe-v2-logements-existants_paris_96.csv');
const VENISSIEUX = path.join(FIXTURES, 'dpe03existant_venissieux_24.csv');
const config = { ...loadConfig({}), logLevel: 'silent' };

type Row = Record<string, string>;
const csv = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];

/** A square building of side 2·half metres centred `north` metres north of a Lambert-93 point. */
async function building(
  db: Queryable,
  id: string,
  x: number,
  y: number,
  opts: { half?: number; north?: number; attributes?: Record<string, unknown>; address?: string; insee?: string } = {},
): Promise<number> {
  const half = opts.half ?? 6;
  const cy = y + (opts.north ?? 0);
  const r = await db.query<{ id: number }>(
    `INSERT INTO buildings (source, source_id, footprint, centroid, footprint_area_m2, height_m, attributes, address,
       commune_insee)
     SELECT 'test', $1, ST_Multi(ST_Transform(ST_MakeEnvelope(p.x - p.h, p.y - p.h, p.x + p.h, p.y + p.h, 2154), 4326)),
       ST_Transform(ST_SetSRID(ST_MakePoint(p.x, p.y), 2154), 4326), 4 * p.h * p.h, 7, $5::jsonb, $6, $7
     FROM (SELECT $2::float8 AS x, $3::float8 AS y, $4::float8 AS h) p
     RETURNING id`,
    [id, x, cy, half, JSON.stringify(opts.attributes ?? {}), opts.address ?? null, opts.insee ?? null],
  );
  return r.rows[0]!.id;
}

const sumOf = (reports: DpeFileReport[], k: 'read' | 'imported' | 'updated' | 'unchanged') =>
  reports.reduce((s, r) => s + r[k], 0);

describe.each(engines())('real DPE import on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  let index: Row[];
  let paris: Row[];
  let venissieux: Row[];
  const placed: Record<string, { number: string; building: number }> = {};
  let parisBlock: number;
  let rnbBuilding: number;
  let first: DpeFileReport[];

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'empty');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    index = csv(await readZipText(XML_ZIP, 'INDEX.csv'));
    paris = csv(fs.readFileSync(PARIS, 'utf8'));
    venissieux = csv(fs.readFileSync(VENISSIEUX, 'utf8'));
    const active = index.filter((r) => r.statut === 'ACTIF' && r.ban_type === 'housenumber' && r.ban_x_l93);
    const good = active.filter((r) => Number(r.ban_score) >= 0.8);
    const low = active.find((r) => Number(r.ban_score) < 0.5)!;
    // Inside: a 12 m house on the point. Nearest: a house whose south wall is 15 m north of the point.
    for (const [key, r, north] of [
      ['inside', good[0]!, 0],
      ['nearest', good[1]!, 21],
      ['low', low, 0],
    ] as const) {
      placed[key] = {
        number: r.numero_dpe!,
        building: await building(t.db, key, Number(r.ban_x_l93), Number(r.ban_y_l93), { north }),
      };
    }
    // Paris: one block on the BAN point shared by 24 flats.
    const block = paris.filter((r) => r['Identifiant__BAN'] === '75106_8151_00076_b')[0]!;
    parisBlock = await building(
      t.db,
      'paris-block',
      Number(block['Coordonnée_cartographique_X_(BAN)']),
      Number(block['Coordonnée_cartographique_Y_(BAN)']),
      { half: 10 },
    );
    // Vénissieux: the building of an RNB id, put 300 m away from the flats' BAN point (only the id can match it).
    const withRnb = venissieux.find((r) => r.id_rnb_ademe)!;
    rnbBuilding = await building(
      t.db,
      'rnb',
      Number(withRnb.coordonnee_cartographique_x_ban_ademe),
      Number(withRnb.coordonnee_cartographique_y_ban_ademe) + 300,
      { attributes: { identifiants_rnb: withRnb.id_rnb_ademe } },
    );
    first = await importDpe(t.db, [XML_ZIP, PARIS, VENISSIEUX], { keepOutside: true });
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('imports every deposited, current record of the XML files and both CSV schemas', async () => {
    // The zip's INDEX.csv is a CSV of another kind: refused on its own, naming the columns it lacks.
    const refused = first.filter((r) => r.outcome === 'rejected');
    // And one test file of Open3CL was never deposited: no issue date ("NON_DEPOSE"), refused naming the element.
    expect(refused.map((r) => path.basename(r.file)).sort()).toEqual(['INDEX.csv', 'dpe_without_porte_collection.xml']);
    expect(refused.find((r) => r.file.endsWith('INDEX.csv'))!.error).toMatch(/etiquette_dpe/);
    expect(refused.find((r) => r.file.endsWith('.xml'))!.error).toMatch(/date_etablissement_dpe.*NON_DEPOSE/);
    const xml = first.filter((r) => r.dataset === 'ademe-xml');
    // 271 files: the 266 of INDEX.csv (one of them the refused test file) and 5 from dpe-audit-api.
    expect(xml.length).toBe(270);
    const csvReports = first.filter((r) => r.outcome === 'imported' && r.dataset !== 'ademe-xml');
    expect(csvReports.map((r) => r.dataset).sort()).toEqual(['dpe-v2-csv', 'dpe03-csv']);
    const skippedXml = xml.reduce((s, r) => s + r.skipped.superseded + r.skipped.not_deposited, 0);
    // INDEX.csv: 263 ACTIF, 2 REMPLACE, 1 PRE_DEPOT (the refused file).
    expect(skippedXml).toBe(index.filter((r) => r.statut === 'REMPLACE').length);
    const stored = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dpe_records`)).rows[0]!.n;
    const csvNumbers = new Set([...paris.map((r) => r['N°DPE']), ...venissieux.map((r) => r.numero_dpe_ademe)]);
    const xmlStored = xml.reduce((s, r) => s + r.imported, 0);
    expect(xmlStored).toBe(270 - skippedXml);
    expect(stored).toBe(xmlStored + csvNumbers.size);
  });

  it("keeps each record's official outputs as issued", async () => {
    const rows = (
      await t.db.query<{ number: string; energy_class: string; primary_kwh_m2: number; ghg_kg_m2: number }>(
        `SELECT number, energy_class, primary_kwh_m2, ghg_kg_m2 FROM dpe_records`,
      )
    ).rows;
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    let checked = 0;
    for (const r of index.filter((x) => x.statut === 'ACTIF')) {
      const s = byNumber.get(r.numero_dpe!)!;
      expect(s.energy_class, r.numero_dpe).toBe(r.classe_bilan_dpe);
      expect(s.primary_kwh_m2).toBeCloseTo(Number(r.ep_conso_5_usages_m2), 1);
      expect(s.ghg_kg_m2).toBeCloseTo(Number(r.emission_ges_5_usages_m2), 1);
      checked++;
    }
    for (const r of paris) {
      const s = byNumber.get(r['N°DPE']!)!;
      expect(s.energy_class).toBe(r['Etiquette_DPE']);
      expect(s.primary_kwh_m2).toBeCloseTo(Number(r['Conso_5_usages_par_m²_é_primaire']), 1);
      checked++;
    }
    for (const r of venissieux) {
      const s = byNumber.get(r.numero_dpe_ademe!)!;
      expect(s.energy_class).toBe(r.etiquette_dpe_ademe);
      expect(s.primary_kwh_m2).toBeCloseTo(Number(r.conso_5_usages_par_m2_ep_ademe), 1);
      checked++;
    }
    expect(checked).toBe(index.filter((x) => x.statut === 'ACTIF').length + paris.length + venissieux.length);
  });

  it('matches by RNB id first, then by the BAN point inside or near a footprint, and flags a low score', async () => {
    const match = async (n: string) =>
      (
        await t.db.query<{
          building_id: number | null;
          match_method: string | null;
          match_distance_m: number | null;
          match_flags: string[];
          match_confidence: number | null;
        }>(
          `SELECT building_id, match_method, match_distance_m, match_flags, match_confidence FROM dpe_records WHERE number = $1`,
          [n],
        )
      ).rows[0]!;
    const inside = await match(placed.inside!.number);
    expect(inside).toMatchObject({
      building_id: placed.inside!.building,
      match_method: 'ban_inside',
      match_distance_m: 0,
    });
    const nearest = await match(placed.nearest!.number);
    expect(nearest.building_id).toBe(placed.nearest!.building);
    expect(nearest.match_method).toBe('ban_nearest');
    // South wall at 21 − 6 = 15 m north of the point (Lambert-93 is conformal: metres on the ground within 0.1 %).
    expect(nearest.match_distance_m).toBeGreaterThan(14.5);
    expect(nearest.match_distance_m).toBeLessThan(15.5);
    expect(nearest.match_confidence!).toBeLessThan(inside.match_confidence!);
    const low = await match(placed.low!.number);
    expect(low.building_id).toBe(placed.low!.building);
    expect(low.match_flags).toContain('low_ban_score');

    const rnbNumbers = venissieux.filter(
      (r) => r.id_rnb_ademe === venissieux.find((x) => x.id_rnb_ademe)!.id_rnb_ademe,
    );
    for (const r of rnbNumbers) {
      expect(await match(r.numero_dpe_ademe!)).toMatchObject({
        building_id: rnbBuilding,
        match_method: 'rnb',
        match_confidence: 1,
      });
    }
    // The 24 flats at one Paris address: 24 records on one block, each kept.
    const flats = paris.filter((r) => r['Identifiant__BAN'] === '75106_8151_00076_b').map((r) => r['N°DPE']!);
    const onBlock = (
      await t.db.query<{ number: string }>(`SELECT number FROM dpe_records WHERE building_id = $1`, [parisBlock])
    ).rows.map((r) => r.number);
    expect(onBlock.sort()).toEqual([...new Set(flats)].sort());
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = (
      await t.db.query<{ v: string }>(
        `SELECT string_agg(number || xmin::text, ',' ORDER BY number) AS v FROM dpe_records`,
      )
    ).rows[0]!.v;
    const again = await importDpe(t.db, [XML_ZIP, PARIS, VENISSIEUX], { keepOutside: true });
    expect(sumOf(again, 'imported') + sumOf(again, 'updated')).toBe(0);
    expect(sumOf(again, 'unchanged')).toBe(sumOf(first, 'imported'));
    const after = (
      await t.db.query<{ v: string }>(
        `SELECT string_agg(number || xmin::text, ',' ORDER BY number) AS v FROM dpe_records`,
      )
    ).rows[0]!.v;
    expect(after).toBe(before);
  });

  it('refuses a file with a malformed row whole, naming the row, and still imports the next file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpe-bad-'));
    // The file's first three rows, written back with every cell quoted, row 3's class made "Z".
    const rows = parse(fs.readFileSync(PARIS, 'utf8'), { bom: true }) as string[][];
    const classColumn = rows[0]!.indexOf('Etiquette_DPE');
    expect(classColumn).toBeGreaterThan(-1);
    rows[3]![classColumn] = 'Z';
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      rows
        .slice(0, 4)
        .map((r) => r.map(quote).join(','))
        .join('\n') + '\n',
    );
    const count = async () =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dpe_records`)).rows[0]!.n;
    await t.db.query(`DELETE FROM dpe_records WHERE number = $1`, [paris[0]!['N°DPE']]);
    const n = await count();
    const reports = await importDpe(t.db, [bad, VENISSIEUX], { keepOutside: true });
    expect(reports[0]).toMatchObject({ outcome: 'rejected', imported: 0 });
    expect(reports[0]!.error).toMatch(/row 3/);
    expect(reports[0]!.error).toMatch(/Etiquette_DPE/);
    expect(reports[1]!.outcome).toBe('imported');
    // Row 1 of the refused file (deleted above) was not written back.
    expect(await count()).toBe(n);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps only the territory by default: records near no building are skipped and counted', async () => {
    const other = await openTestDatabase(engine, 'empty');
    try {
      const r = index.find((x) => x.numero_dpe === placed.inside!.number)!;
      await building(other.db, 'one', Number(r.ban_x_l93), Number(r.ban_y_l93));
      const reports = await importDpe(other.db, [XML_ZIP]);
      const stored = (
        await other.db.query<{ number: string; building_id: number | null }>(
          `SELECT number, building_id FROM dpe_records`,
        )
      ).rows;
      expect(stored.map((s) => s.number)).toContain(r.numero_dpe);
      expect(stored.find((s) => s.number === r.numero_dpe)!.building_id).not.toBeNull();
      const outside = reports.reduce((s, x) => s + x.skipped.outside_territory, 0);
      const read = reports.reduce((s, x) => s + x.read, 0);
      expect(read).toBe(270);
      expect(outside + stored.length + reports.reduce((s, x) => s + x.skipped.superseded, 0)).toBe(read);
      expect(outside).toBeGreaterThan(200);
    } finally {
      await other.cleanup();
    }
  });

  it('matches later: records stored unmatched find the building imported after them', async () => {
    const r = index.find(
      (x) =>
        x.statut === 'ACTIF' &&
        x.ban_type === 'housenumber' &&
        x.numero_dpe !== placed.inside!.number &&
        x.numero_dpe !== placed.nearest!.number &&
        x.numero_dpe !== placed.low!.number,
    )!;
    const before = (
      await t.db.query<{ building_id: number | null }>(`SELECT building_id FROM dpe_records WHERE number = $1`, [
        r.numero_dpe,
      ])
    ).rows[0]!;
    expect(before.building_id).toBeNull();
    const id = await building(t.db, 'later', Number(r.ban_x_l93), Number(r.ban_y_l93));
    const m = await matchUnmatchedDpe(t.db);
    expect(m.ban_inside).toBeGreaterThanOrEqual(1);
    const after = (
      await t.db.query<{ building_id: number | null }>(`SELECT building_id FROM dpe_records WHERE number = $1`, [
        r.numero_dpe,
      ])
    ).rows[0]!;
    expect(after.building_id).toBe(id);
  });

  it('GET /buildings/{id} carries its DPEs, current first, and the search finds a building by DPE number', async () => {
    const res = await request(app).get(`/api/v1/buildings/${parisBlock}`).expect(200);
    const feature = BuildingFeature.parse(res.body);
    const dpe = feature.properties.dpe;
    expect(dpe.length).toBeGreaterThan(1);
    const issued = paris.find((p) => p['N°DPE'] === dpe[0]!.number)!;
    expect(dpe[0]!.energy_class).toBe(issued['Etiquette_DPE']);
    expect(dpe[0]!.match_method).toBe('ban_inside');
    for (const d of dpe) expect(d.valid_until > d.issue_date).toBe(true);
    // Issued before 2026: the class under the 1.9 factor is given beside, never better by more than the rule allows.
    for (const d of dpe.filter((x) => x.issue_date < '2026-01-01' && x.energy_class_2026)) {
      expect(d.energy_class_2026! >= 'A' && d.energy_class_2026! <= d.energy_class).toBe(true);
    }
    const hit = await request(app).get('/api/v1/search').query({ q: dpe[0]!.number.toLowerCase() }).expect(200);
    expect(hit.body.results[0]).toMatchObject({ id: parisBlock });
    expect(hit.body.results[0].label).toContain(dpe[0]!.number);
    const none = await request(app).get(`/api/v1/buildings/${placed.inside!.building + 100000}`);
    expect(none.status).toBe(404);
  });
});
