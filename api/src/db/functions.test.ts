import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../tests/helpers/db.js';
import { installFunctions, readFunctions } from './migrate.js';
import { sql } from './sql.js';

/** The names of the functions a sql/functions file creates. */
function created(text: string): string[] {
  return [...text.matchAll(/CREATE OR REPLACE FUNCTION (\w+)\(/g)].map((m) => m[1]!);
}

describe.each(engines())('shared SQL projections on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t.cleanup());

  it('the migrator installed every function of sql/functions, and installing again changes nothing', async () => {
    const names = readFunctions().flatMap((f) => created(f.sql));
    expect(names).toEqual(
      expect.arrayContaining([
        'building_feature_json',
        'building_solar_json',
        'roof_face_json',
        'roof_face_feature_json',
      ]),
    );
    const query = 'SELECT proname, oid::int AS oid FROM pg_proc WHERE proname = ANY($1::text[]) ORDER BY proname';
    const before = (await t.db.query<{ proname: string; oid: number }>(query, [names])).rows;
    expect(before.map((r) => r.proname)).toEqual([...names].sort());
    await installFunctions(t.db);
    expect((await t.db.query(query, [names])).rows).toEqual(before);
  });

  it('the lists inline the projections: no function call per building or roof face', async () => {
    const lists: [string, unknown[]][] = [
      ['buildings/list_features', [[1, 2, 3]]],
      ['roofs/by_bbox', [2.8, 50.4, 2.9, 50.5, 10]],
    ];
    for (const [name, params] of lists) {
      const plan = await t.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (VERBOSE) ${sql(name)}`, params);
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text, name).toMatch(/json_build_object/);
      expect(text, name).not.toMatch(/building_feature_json|building_solar_json|roof_face_feature_json/);
    }
  });

  it('a broken function file is named, and nothing of the install is kept', async () => {
    const broken = {
      name: 'broken_json',
      sql: 'CREATE OR REPLACE FUNCTION broken_json(b buildings) RETURNS json LANGUAGE sql STABLE AS $$ SELECT to_json(b.no_such_column) $$;',
    };
    const first = {
      name: 'a_first_json',
      sql: "CREATE OR REPLACE FUNCTION a_first_json() RETURNS json LANGUAGE sql AS $$ SELECT '{}'::json $$;",
    };
    await expect(installFunctions(t.db, [first, broken])).rejects.toThrow(/^sql\/functions\/broken_json\.sql: /);
    const left = await t.db.query("SELECT 1 FROM pg_proc WHERE proname IN ('a_first_json', 'broken_json')");
    expect(left.rows).toEqual([]);
  });
});
