import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import type { Queryable } from '../../api/src/db/types.js';
import { createOrganisation } from '../../api/src/services/landlord/organisations.js';
import { issueToken } from '../../api/src/services/landlord/tokens.js';
import { privateLabelOf } from '../../api/src/services/landlord/privateDpe.js';
import { PlanResponse, PrivateDpeReportResponse } from '../../contracts/landlord.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { readZipText } from '../helpers/zip.js';

// A landlord's own diagnostics: real ADEME records (fixtures/dpe, Licence Ouverte 2.0) uploaded as the landlord's
// file, matched to buildings this test writes on their real BAN points; what is kept follows from where the test put
// the buildings and from the raw cells of the file, not from the code.
const FIXTURES = path.resolve('fixtures/dpe');
const PARIS = path.join(FIXTURES, 'dpe-v2-logements-existants_paris_96.csv');
const XML_ZIP = path.join(FIXTURES, 'ademe-xml.zip');
const config = { ...loadConfig({}), logLevel: 'silent' };

type Row = Record<string, string>;
/** The CSV's records with their raw text, so a test file can be cut from the real one line for line. */
const records = (text: string) =>
  parse(text, { columns: true, bom: true, raw: true, skip_empty_lines: true }) as { record: Row; raw: string }[];

const OWN_BLOCK = '75112_8174_00069';
const OTHER_BLOCK = '75112_8174_00080';
const FAR_BLOCK = '75106_8151_00076_b';

async function building(db: Queryable, id: string, x: number, y: number, owner: number, north = 0): Promise<number> {
  const r = await db.query<{ id: number }>(
    `INSERT INTO buildings (source, source_id, footprint, centroid, footprint_area_m2, height_m, owner_org)
     SELECT 'test', $1, ST_Multi(ST_Transform(ST_MakeEnvelope(p.x - 5, p.y - 5, p.x + 5, p.y + 5, 2154), 4326)),
       ST_Transform(ST_SetSRID(ST_MakePoint(p.x, p.y), 2154), 4326), 100, 7, $4
     FROM (SELECT $2::float8 AS x, $3::float8 + $5::float8 AS y) p
     RETURNING id`,
    [id, x, y, owner, north],
  );
  return r.rows[0]!.id;
}

describe.each(engines())("a landlord's own DPEs on %s", (engine) => {
  let t: TestDatabase;
  let app: Express;
  let token: string;
  let otherToken: string;
  let own: number;
  let other: number;
  let loose: number;
  let csvText: string;
  let rows: Row[];
  let xmlOfLoose: string;
  let looseNumber: string;
  const as = (tk = token) => ({ Authorization: `Bearer ${tk}` });
  const upload = (body: string | Buffer, type: string, query = '') =>
    request(app)
      .post(`/api/v1/me/dpe${query}`)
      .set({ ...as(), 'Content-Type': type })
      .send(body);
  const privateOf = async (id: number) =>
    (
      await t.db.query<{ a: Record<string, unknown> }>(`SELECT private_attributes AS a FROM buildings WHERE id = $1`, [
        id,
      ])
    ).rows[0]!.a;

  beforeAll(async () => {
    // The demo: its typical year and typologies let a plan run; the test's buildings stand apart in Paris.
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    const mine = await createOrganisation(t.db, 'bailleur-test', 'Bailleur test');
    const theirs = await createOrganisation(t.db, 'autre-bailleur', 'Autre bailleur');
    token = (await issueToken(t.db, mine.slug, 'tests')).token;
    otherToken = (await issueToken(t.db, theirs.slug, 'tests')).token;
    const all = records(fs.readFileSync(PARIS, 'utf8'));
    const header = fs.readFileSync(PARIS, 'utf8').split(/\r?\n/)[0]!;
    const chosen = all.filter((r) => [OWN_BLOCK, OTHER_BLOCK, FAR_BLOCK].includes(r.record['Identifiant__BAN']!));
    csvText = [header, ...chosen.map((r) => r.raw.replace(/\r?\n$/, ''))].join('\n') + '\n';
    rows = chosen.map((r) => r.record);
    const at = (ban: string) => {
      const r = rows.find((x) => x['Identifiant__BAN'] === ban)!;
      return [Number(r['Coordonnée_cartographique_X_(BAN)']), Number(r['Coordonnée_cartographique_Y_(BAN)'])] as const;
    };
    const [ox, oy] = at(OWN_BLOCK);
    const [bx, by] = at(OTHER_BLOCK);
    // Each block's point falls inside its own 10 m building, and the other building stays beyond 30 m of it.
    expect(Math.hypot(ox - bx, oy - by)).toBeGreaterThan(30 + 5 * Math.SQRT2);
    own = await building(t.db, 'own', ox, oy, mine.id);
    other = await building(t.db, 'other', bx, by, theirs.id);
    // A house of the landlord whose wall is 29 m from a DPE's BAN point: matched "nearest", too loosely to be used.
    const index = parse(await readZipText(XML_ZIP, 'INDEX.csv'), { columns: true, bom: true }) as Row[];
    // Confidence (0.5 + score/2) × (1 − 29/30/2) stays below 0.5 for a score below 0.9.
    const r = index.find(
      (x) =>
        x.statut === 'ACTIF' && x.ban_type === 'housenumber' && Number(x.ban_score) >= 0.6 && Number(x.ban_score) < 0.9,
    )!;
    looseNumber = r.numero_dpe!;
    xmlOfLoose = await readZipText(XML_ZIP, r.source_file!);
    loose = await building(t.db, 'loose', Number(r.ban_x_l93), Number(r.ban_y_l93), mine.id, 34);
  }, 120_000);
  afterAll(async () => t?.cleanup());

  /** The record a block keeps, by the documented rule on the raw cells: the worst class, then the newest, then the lowest number. */
  const expectedOf = (ban: string) => {
    const replaced = new Set(rows.map((r) => r['N°_DPE_remplacé']).filter(Boolean));
    const block = rows.filter((r) => r['Identifiant__BAN'] === ban && !replaced.has(r['N°DPE']));
    block.sort((a, b) =>
      a['Etiquette_DPE'] !== b['Etiquette_DPE']
        ? b['Etiquette_DPE']!.localeCompare(a['Etiquette_DPE']!)
        : a['Date_établissement_DPE'] !== b['Date_établissement_DPE']
          ? b['Date_établissement_DPE']!.localeCompare(a['Date_établissement_DPE']!)
          : a['N°DPE']!.localeCompare(b['N°DPE']!),
    );
    return { kept: block[0]!, count: block.length };
  };

  it('needs a token and a DPE file, and names what is wrong', async () => {
    await request(app).post('/api/v1/me/dpe').set('Content-Type', 'text/csv').send(csvText).expect(401);
    const png = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png').expect(415);
    expect(png.body.error.details[0].field).toBe('Content-Type');
    const empty = await upload('', 'text/csv').expect(400);
    expect(empty.body.error.message).toMatch(/^body/);
    const bad = await upload('', 'text/csv', '?dry_run=maybe').expect(400);
    expect(bad.body.error.message).toMatch(/^dry_run/);
  });

  it('a dry run reports what would be kept and writes nothing', async () => {
    const res = await upload(csvText, 'text/csv', '?dry_run=true&file_name=mes-dpe.csv').expect(200);
    const report = PrivateDpeReportResponse.parse(res.body);
    expect(report.dry_run).toBe(true);
    expect(report.files).toEqual([{ file: 'mes-dpe.csv', dataset: 'dpe-v2-csv', read: rows.length }]);
    expect(report.written).toBe(1);
    expect(await privateOf(own)).toEqual({});
    expect((await t.db.query(`SELECT 1 FROM dpe_records`)).rows).toHaveLength(0);
  });

  it("keeps the block's worst DPE in the landlord's own building only, never in the public register", async () => {
    const imports = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM imports`)).rows[0]!.n;
    const res = await upload(csvText, 'text/csv').expect(200);
    const report = PrivateDpeReportResponse.parse(res.body);
    const mine = expectedOf(OWN_BLOCK);
    const theirs = expectedOf(OTHER_BLOCK);
    const far = rows.filter((r) => r['Identifiant__BAN'] === FAR_BLOCK).length;
    const replaced = rows.length - mine.count - theirs.count - far;
    expect(report.read).toBe(rows.length);
    expect(report.written).toBe(1);
    expect(report.skipped).toMatchObject({
      other_dwelling_kept: mine.count - 1,
      // Matched to the other landlord's building, firmly or not (two of them name another address than their
      // geocode): none is kept, none shown.
      not_owned: theirs.count,
      outside_territory: far,
      superseded: replaced,
      unmatched: 0,
      untrusted_match: 0,
    });
    expect(report.untrusted).toEqual([]);
    // Every record read is accounted for once.
    const skipped = Object.values(report.skipped).reduce((s, n) => s + n, 0);
    expect(report.written + report.unchanged + skipped).toBe(report.read);
    expect(report.houses).toEqual([
      expect.objectContaining({ building_id: own, dpe_number: mine.kept['N°DPE'], letter: mine.kept['Etiquette_DPE'] }),
    ]);
    const kept = await privateOf(own);
    expect(kept).toMatchObject({
      dpe_number: mine.kept['N°DPE'],
      dpe_class: mine.kept['Etiquette_DPE'],
      dpe_issue_date: mine.kept['Date_établissement_DPE'],
      dpe_valid_until: mine.kept['Date_fin_validité_DPE'],
      dpe_match: 'ban_inside',
    });
    expect(kept.dpe_ep_kwh_m2).toBeCloseTo(Number(mine.kept['Conso_5_usages_par_m²_é_primaire']), 1);
    expect(await privateOf(other)).toEqual({});
    expect((await t.db.query(`SELECT 1 FROM dpe_records`)).rows).toHaveLength(0);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM imports`)).rows[0]).toEqual({ n: imports });
    // Only its organisation sees it: the building's public answer has no DPE and no private attributes.
    const pub = (await request(app).get(`/api/v1/buildings/${own}`).expect(200)).body;
    expect(pub.properties.dpe).toEqual([]);
    expect(pub.properties.private_attributes).toBeNull();
    const theirView = (await request(app).get(`/api/v1/buildings/${own}`).set(as(otherToken)).expect(200)).body;
    expect(theirView.properties.private_attributes).toBeNull();
    const mineView = (await request(app).get(`/api/v1/buildings/${own}`).set(as()).expect(200)).body;
    expect(mineView.properties.private_attributes.dpe_number).toBe(mine.kept['N°DPE']);

    // The same file again changes nothing.
    const again = PrivateDpeReportResponse.parse((await upload(csvText, 'text/csv').expect(200)).body);
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(1);
  });

  it('a loose match is reported, not kept; a bad file is a 422 naming it and writes nothing', async () => {
    const res = await upload(xmlOfLoose, 'application/xml').expect(200);
    const report = PrivateDpeReportResponse.parse(res.body);
    expect(report.written).toBe(0);
    expect(report.skipped.untrusted_match).toBe(1);
    expect(report.untrusted).toEqual([
      expect.objectContaining({ dpe_number: looseNumber, building_id: loose, match_method: 'ban_nearest' }),
    ]);
    expect(report.untrusted[0]!.match_confidence).toBeLessThan(0.5);
    expect(await privateOf(loose)).toEqual({});

    // A cut XML, a CSV with a malformed row, and ADEME's zip (it holds a DPE never deposited, and an index of another
    // kind): refused whole, naming the file.
    const before = await privateOf(own);
    const cut = await upload(xmlOfLoose.slice(0, Math.floor(xmlOfLoose.length / 2)), 'application/xml').expect(422);
    expect(cut.body.error.code).toBe('invalid_dpe_file');
    expect(cut.body.error.message).toMatch(/^upload\.xml/);
    const lines = csvText.split('\n');
    const broken = [lines[0], lines[1], 'not;a;row"', ...lines.slice(2)].join('\n');
    const badRow = await upload(broken, 'text/csv', '?file_name=mes-dpe.csv').expect(422);
    expect(badRow.body.error.message).toMatch(/^mes-dpe\.csv/);
    expect(badRow.body.error.message).toMatch(/row|line|ligne/i);
    const zip = await upload(fs.readFileSync(XML_ZIP), 'application/zip', '?file_name=ademe.zip').expect(422);
    expect(zip.body.error.message).toMatch(/^ademe\.zip\/(dpe_without_porte_collection\.xml|INDEX\.csv): /);
    expect(await privateOf(own)).toEqual(before);
    expect((await t.db.query(`SELECT 1 FROM dpe_records`)).rows).toHaveLength(0);
  });

  it("the landlord's plan starts from its own DPE where valid, and says so in the plan and its exports", async () => {
    const portfolio = (
      await request(app)
        .post('/api/v1/portfolios')
        .set(as())
        .send({ name: 'own', selection: { ids: [own, loose] } })
        .expect(200)
    ).body.id;
    // 2025: the label as issued counts (from 2026 the class under the 1.9 factor would).
    const res = await request(app)
      .post('/api/v1/portfolios/plan')
      .set(as())
      .send({
        portfolio_id: portfolio,
        start_year: 2025,
        years: 4,
        budget_eur_per_year: 0,
        target: { kind: 'legal' },
        strategy: 'worst_first',
      })
      .expect(200);
    const answer = PlanResponse.parse(res.body);
    const mine = expectedOf(OWN_BLOCK);
    expect(answer.labels).toEqual({
      real: 1,
      estimated: 1,
      houses: [
        { house_id: own, letter: mine.kept['Etiquette_DPE'], dpe_number: mine.kept['N°DPE'], origin: 'organisation' },
      ],
    });
    const stored = (await request(app).get(`/api/v1/plans/${answer.plan_id}`).set(as()).expect(200)).body;
    expect(stored.labels).toEqual(answer.labels);
    const csv = (await request(app).get(`/api/v1/plans/${answer.plan_id}/export?format=csv`).set(as()).expect(200))
      .text;
    const table = parse(csv, { columns: true, bom: true, delimiter: ';' }) as Row[];
    expect(table.find((r) => Number(r.building_id) === own)).toMatchObject({
      label_source: 'dpe',
      dpe_number: mine.kept['N°DPE'],
    });
    expect(table.find((r) => Number(r.building_id) === loose)).toMatchObject({
      label_source: 'estimate',
      dpe_number: '',
    });
    const geo = JSON.parse(
      (await request(app).get(`/api/v1/plans/${answer.plan_id}/export?format=geojson`).set(as()).expect(200)).text,
    );
    expect(geo.features.find((f: { id: number }) => f.id === own).properties.label_source).toBe('dpe');
  });

  it('a hand-typed diagnostic counts only when its class and dates are real', () => {
    const base = {
      dpe_number: '2462E0000000A',
      dpe_class: 'E',
      dpe_issue_date: '2024-05-02',
      dpe_valid_until: '2034-05-01',
    };
    expect(privateLabelOf(base, '2025-01-01')).toEqual({
      number: '2462E0000000A',
      letter: 'E',
      ep_kwh_m2: null,
      issue_date: '2024-05-02',
    });
    expect(privateLabelOf({ ...base, dpe_class_2026: 'D', dpe_ep_kwh_m2_2026: 240 }, '2026-01-01')).toMatchObject({
      letter: 'D',
      ep_kwh_m2: 240,
    });
    expect(privateLabelOf({ ...base, dpe_issue_date: '2024-02-30' }, '2025-01-01')).toBeNull();
    expect(privateLabelOf({ ...base, dpe_class: 'H' }, '2025-01-01')).toBeNull();
    expect(privateLabelOf({ ...base, dpe_valid_until: '2024-12-31' }, '2025-01-01')).toBeNull();
    expect(privateLabelOf({ ...base, dpe_issue_date: '2025-06-01' }, '2025-01-01')).toBeNull();
    expect(privateLabelOf({ dpe_class: 'E' }, '2025-01-01')).toBeNull();
  });
});
