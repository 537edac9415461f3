/**
 * The 3CL-DPE method's speed (BENCH_ONLY=3cl), engine only, one core: (1) the 271 real records replayed from their
 * own inputs (records/s, with the share of classes equal); (2) the demo's 18,658 buildings estimated on the 3CL method
 * as they most likely stand today and after each of the catalogue's four packages (dwellings/s, total seconds), from
 * their footprint and storeys (a square plan of the footprint: the database's measured walls are not read here).
 */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { computeDpe3cl, recordDate } from '../engine/dpe3cl/computeDpe3cl.js';
import { applyWorks } from '../engine/dpe3cl/describe/applyWorks.js';
import { genericHouseDescription } from '../engine/dpe3cl/describe/genericHouse.js';
import { houseLogement } from '../engine/dpe3cl/describe/houseLogement.js';
import { houseWorks, miningHouseDescription, type HouseGeometry } from '../engine/dpe3cl/describe/miningHouse.js';
import { ARTOIS_CLIMATE } from '../engine/dpe3cl/estimate.js';
import { loadRealRecords } from '../engine/dpe3cl/records.testkit.js';
import { nodeAt, text } from '../engine/dpe3cl/tree.js';
import { miningPriors, renovationCatalogue, tables3cl } from '../api/src/fixtures/loadFixture.js';

type Emit = (figure: Record<string, unknown>) => void;

/** Planar area of a lon/lat ring [m²] (local equirectangular). */
function ringArea(ring: number[][]): number {
  const k = 111_320 * Math.cos((ring[0]![1]! * Math.PI) / 180);
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0]! * k * ring[i + 1]![1]! * 110_540 - ring[i + 1]![0]! * k * ring[i]![1]! * 110_540;
  return Math.abs(a) / 2;
}

export async function bench3cl(emit: Emit): Promise<void> {
  const tables = tables3cl();
  const records = await loadRealRecords();
  let t = performance.now();
  let equal = 0;
  let computed = 0;
  for (const r of records) {
    const date = recordDate(r.tree);
    const logement = nodeAt(r.tree, 'logement')!;
    if (!date) continue;
    try {
      const b = computeDpe3cl(logement, tables, { date }).balance;
      computed++;
      if (b.classe_dpe === text(nodeAt(logement, 'sortie/ep_conso'), 'classe_bilan_dpe')) equal++;
    } catch {
      // counted as not computed
    }
  }
  const replayS = (performance.now() - t) / 1000;
  emit({
    figure: '3cl_replay_records_per_s',
    value: Math.round(records.length / replayS),
    records: records.length,
    computed,
    class_equal: equal,
  });

  const priors = miningPriors();
  const catalogue = renovationCatalogue();
  const demo = JSON.parse(gunzipSync(fs.readFileSync('fixtures/demo/buildings.geojson.gz')).toString('utf8')) as {
    features: {
      geometry: { type: string; coordinates: number[][][] | number[][][][] };
      properties: Record<string, unknown>;
    }[];
  };
  // BENCH_3CL_BUILDINGS=N runs the first N buildings only (profiling).
  const limit = Number(process.env.BENCH_3CL_BUILDINGS ?? demo.features.length);
  demo.features = demo.features.slice(0, limit);
  const date = '2026-12-07';
  let runs = 0;
  const letters: Record<string, number> = {};
  t = performance.now();
  demo.features.forEach((f, i) => {
    const ring = (
      f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : (f.geometry.coordinates as number[][][][])[0]![0]
    ) as number[][];
    const footprint = ringArea(ring);
    const dwellings = Math.max(1, Number(f.properties['dwellings'] ?? 1));
    const storeys = Math.max(1, Number(f.properties['levels'] ?? 1));
    const typology = String(f.properties['typology'] ?? 'house');
    const ground = footprint / dwellings;
    const side = Math.sqrt(ground);
    const area = (footprint * storeys * 0.8) / dwellings;
    const g: HouseGeometry = {
      year_built: Number(f.properties['year_built'] ?? 1900) || 1900,
      floor_area_m2: Math.max(15, area),
      storeys,
      walls: [0, 180].map((azimuth_deg) => ({ azimuth_deg, area_m2: side * storeys * 2.7 * 0.85 })),
      windows: [0, 180].map((azimuth_deg) => ({ azimuth_deg, area_m2: side * storeys * 2.7 * 0.15 })),
      ground_floor_m2: ground,
      exposed_perimeter_m: 2 * side,
      ceiling_m2: ground,
      roof_m2: ground * 1.3,
    };
    const base =
      typology in priors.construction
        ? miningHouseDescription(
            priors,
            typology,
            g,
            houseWorks(priors, typology, `building:${i}`, 2026.9),
            ARTOIS_CLIMATE,
          )
        : genericHouseDescription({
            year_built: g.year_built,
            surface_habitable_m2: Math.min(1000, g.floor_area_m2),
            levels: Math.min(4, storeys),
            ...ARTOIS_CLIMATE,
            heating_energy_id: 2,
            hot_water_energy_id: 2,
            wall_material_id: 8,
          });
    for (const variant of [[], ...catalogue.packages.map((p) => p.measures.filter((m) => m !== 'pv'))]) {
      const h = variant.length ? applyWorks(base, variant, catalogue) : base;
      const b = computeDpe3cl(houseLogement(h, tables), tables, { date }).balance;
      runs++;
      if (variant.length === 0) letters[b.classe_dpe] = (letters[b.classe_dpe] ?? 0) + 1;
    }
  });
  const s = (performance.now() - t) / 1000;
  emit({
    figure: '3cl_demo_dwellings_per_s',
    value: Math.round(runs / s),
    buildings: demo.features.length,
    runs,
    seconds: Math.round(s * 10) / 10,
    target_s: 5,
    letters_today: letters,
  });
}
