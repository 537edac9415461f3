import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  TileCollector,
  groundAround,
  type CollectorBuilding,
  type TileGrid,
} from '../../../../engine/lidar/tileCollector.js';
import type { PlanRing } from '../../../../engine/lidar/types.js';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';
import { ImportError } from '../../readers/ImportError.js';
import { readElevationRaster, type ElevationRaster } from '../../readers/geotiffRaster.js';
import { openPointCloud } from '../../readers/las.js';
import type { DeclaredCrs } from '../../readers/types.js';
import { resolveCrs, type ResolvedCrs } from '../import/crs.js';
import { canopyHeights, rasterBuildingPoints } from './rasterInputs.js';
import { measureBuildingRoof, type MeasuredRoof } from './measureRoof.js';
import { findTrees } from './findTrees.js';

/** A file lying farther than this from every building is refused [m]: it is the wrong tile or the wrong CRS. */
export const FAR_FROM_BUILDINGS_M = 1000;

/** Buildings within this distance of a file's extent lose their computed results [m] (the cadastre's shading reach). */
export const FORGET_REACH_M = 300;

/** A footprint within this distance of the file's extent edge may have points in the next tile: skipped [m]. */
const EDGE_MARGIN_M = 0.5;

export type LidarProduct = 'points' | 'dsm' | 'dtm' | 'dhm';

export interface LidarImportOptions {
  /** EPSG code overriding the file's own CRS. */
  srid?: number;
  /** Import again a file already imported (same content). */
  force?: boolean;
}

export interface LidarImportReport {
  /** The file, or the raster files of one tile joined with " + ". */
  file: string;
  format: 'las' | 'laz' | 'geotiff';
  products: LidarProduct[];
  crs: string;
  crs_from: string;
  /** LAS version and point format (point clouds), null for rasters. */
  version: string | null;
  point_format: number | null;
  /** Points (point cloud) or cells (rasters) read. */
  points: number;
  /** Points per m² (point cloud) or cells per m² (rasters). */
  density_pts_m2: number;
  acquired_on: string | null;
  /** True when the same file(s) were imported before and nothing was written. */
  unchanged: boolean;
  buildings_in_extent: number;
  buildings_measured: number;
  buildings_sparse: number;
  buildings_at_edge: number;
  trees: number;
  buildings_to_recompute: number;
  seconds: number;
  points_per_s: number;
}

/** What a file (or a tile's rasters) gives the measuring stage, whatever its format. */
interface Measures {
  buildingPoints: Map<number, Float64Array>;
  ground: TileGrid;
  /** Height of the vegetation above the ground per cell [m], NaN where none. */
  canopy: TileGrid | null;
  classCounts: Record<string, number>;
}

interface CoverageFile {
  name: string;
  hash: string;
  format: 'las' | 'laz' | 'geotiff';
  product: LidarProduct;
  count: number;
  density: number;
}

function footprintRings(geojson: string, origin: [number, number]): PlanRing[][] {
  const g = JSON.parse(geojson) as { type: string; coordinates: number[][][][] | number[][][] };
  const polygons = g.type === 'MultiPolygon' ? (g.coordinates as number[][][][]) : [g.coordinates as number[][][]];
  return polygons.map((poly) =>
    poly.map((ring) => ring.map((p) => [p[0]! - origin[0], p[1]! - origin[1]] as [number, number])),
  );
}

const POINT_FILE = /\.(laz|las)$/i;
const RASTER_FILE = /\.(tif|tiff)$/i;

/** Files of the targets (folders are read one level deep) that the LiDAR import reads, sorted. */
export function lidarFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  for (const target of targets) {
    if (!fs.existsSync(target)) throw new AppError(400, 'file_not_found', `no such file or folder: ${target}`);
    if (!fs.statSync(target).isDirectory()) {
      if (!POINT_FILE.test(target) && !RASTER_FILE.test(target)) {
        throw new AppError(400, 'unknown_lidar_format', `${target}: expected a .las, .laz, .tif or .tiff file`);
      }
      files.push(target);
      continue;
    }
    const inside = fs
      .readdirSync(target)
      .filter((f) => POINT_FILE.test(f) || RASTER_FILE.test(f))
      .sort()
      .map((f) => path.join(target, f));
    if (inside.length === 0) throw new AppError(400, 'no_lidar_files', `${target} holds no .las, .laz or .tif file`);
    files.push(...inside);
  }
  return files;
}

const PRODUCT_TOKEN: [RegExp, LidarProduct][] = [
  [/(^|[_\-.])(DSM|MNS)(?=[_\-.]|$)/i, 'dsm'],
  [/(^|[_\-.])(DTM|MNT)(?=[_\-.]|$)/i, 'dtm'],
  [/(^|[_\-.])(DHM|MNH|CHM)(?=[_\-.]|$)/i, 'dhm'],
];

/** The product of an elevation raster from its name (IGN: MNS/MNT/MNH; also DSM/DTM/DHM) and its tile key. */
export function rasterProduct(name: string): { product: LidarProduct; key: string } | null {
  for (const [re, product] of PRODUCT_TOKEN) {
    if (re.test(name)) return { product, key: name.replace(re, '$1*').replace(RASTER_FILE, '') };
  }
  return null;
}

/**
 * Imports LiDAR files: each point cloud on its own; rasters grouped by tile (the names of one tile's MNS, MNT and MNH
 * differ only by that token). Returns one report per point cloud or raster tile.
 */
export async function importLidar(
  db: Database,
  files: readonly string[],
  options: LidarImportOptions = {},
  onReport?: (r: LidarImportReport) => void,
): Promise<LidarImportReport[]> {
  const reports: LidarImportReport[] = [];
  const groups = new Map<string, Partial<Record<LidarProduct, string>>>();
  const edges: EdgeStore = { buildings: new Map(), extents: [] };
  for (const file of files) {
    if (POINT_FILE.test(file)) {
      const r = await importPointCloud(db, file, options, edges);
      reports.push(r);
      onReport?.(r);
      continue;
    }
    const kind = rasterProduct(path.basename(file));
    if (!kind) {
      throw new ImportError(
        `${path.basename(file)}: cannot tell which elevation model it is: its name must hold MNS/DSM, MNT/DTM or MNH/DHM`,
      );
    }
    const key = path.join(path.dirname(file), kind.key);
    const group = groups.get(key) ?? {};
    group[kind.product] = file;
    groups.set(key, group);
  }
  const edgeReport = await measureEdges(db, edges);
  if (edgeReport) {
    reports.push(edgeReport);
    onReport?.(edgeReport);
  }
  for (const group of groups.values()) {
    const r = await importRasterTile(db, group, options);
    reports.push(r);
    onReport?.(r);
  }
  return reports;
}

/**
 * Buildings that straddle the edge of a point-cloud file: their points are gathered from every file of the run that
 * holds some, and they are measured once the run has read them all (`measureEdges`) — if the run's files cover them.
 */
interface EdgeBuilding {
  srid: number;
  crs: ResolvedCrs;
  /** Footprint in the file CRS (absolute metres). */
  footprint: PlanRing[][];
  /** Building-class points, absolute x, y and z interleaved. */
  coords: number[];
  /** Ground estimates from each file around the building. */
  grounds: number[];
  /** Coverage row of the file that gave the most points, and that count. */
  coverage: { id: number; points: number };
}

interface EdgeStore {
  buildings: Map<number, EdgeBuilding>;
  /** Extents of the run's point clouds, by SRID [file CRS metres]. */
  extents: { srid: number; extent: [number, number, number, number] }[];
}

/**
 * Whether the files' extents together cover a ring. The extents are the points' own bounds, which stop short of the
 * tile's edges by up to the point spacing: they are taken EDGE_MARGIN_M wider, so that a ring over the seam of two
 * tiles, or outlined from the points up to a tile's edge, counts as covered.
 */
const ringCovered = (ring: PlanRing, extents: [number, number, number, number][]) =>
  ring.every(([x, y]) =>
    extents.some(
      (e) =>
        x >= e[0] - EDGE_MARGIN_M &&
        x <= e[2] + EDGE_MARGIN_M &&
        y >= e[1] - EDGE_MARGIN_M &&
        y <= e[3] + EDGE_MARGIN_M,
    ),
  );

/** Measures the buildings that straddle files of the run and are covered by the run's files together. */
async function measureEdges(db: Database, edges: EdgeStore): Promise<LidarImportReport | null> {
  if (edges.buildings.size === 0) return null;
  const started = performance.now();
  const first = [...edges.buildings.values()][0]!;
  const report: LidarImportReport = {
    ...emptyReport(`buildings across tile edges (${edges.extents.length} files)`, 'laz', first.crs),
    products: ['points'],
  };
  const bySrid = new Map<number, { coverage: number; roof: MeasuredRoof & { building_id: number } }[]>();
  for (const [id, b] of edges.buildings) {
    const extents = edges.extents.filter((e) => e.srid === b.srid).map((e) => e.extent);
    report.buildings_in_extent += 1;
    if (!b.footprint.every((poly) => ringCovered(poly[0]!, extents))) {
      report.buildings_at_edge += 1;
      continue;
    }
    const xs = b.footprint.flatMap((p) => p[0]!.map((q) => q[0]));
    const ys = b.footprint.flatMap((p) => p[0]!.map((q) => q[1]));
    const origin: [number, number] = [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys))];
    const local = Float64Array.from(b.coords, (v, k) =>
      k % 3 === 0 ? v - origin[0] : k % 3 === 1 ? v - origin[1] : v,
    );
    const polys = b.footprint.map((poly) =>
      poly.map((r) => r.map(([x, y]) => [x - origin[0], y - origin[1]] as [number, number])),
    );
    const grounds = [...b.grounds].sort((p, q) => p - q);
    const ground = grounds.length ? grounds[Math.floor(grounds.length / 2)]! : null;
    const measured = measureBuildingRoof(local, polys, ground, origin);
    if (measured.status === 'faces') report.buildings_measured += 1;
    else report.buildings_sparse += 1;
    const list = bySrid.get(b.srid) ?? [];
    list.push({ coverage: b.coverage.id, roof: { building_id: id, ...measured } });
    bySrid.set(b.srid, list);
    report.points += measured.point_count;
  }
  await db.transaction(async (tx) => {
    for (const [srid, list] of bySrid) {
      const byCoverage = new Map<number, (MeasuredRoof & { building_id: number })[]>();
      for (const { coverage, roof } of list) byCoverage.set(coverage, [...(byCoverage.get(coverage) ?? []), roof]);
      for (const [coverage, roofs] of byCoverage) {
        await tx.query(sql('lidar/upsert_roofs'), [coverage, JSON.stringify(roofs), srid]);
        await tx.query(sql('lidar/count_measured'), [coverage]);
      }
    }
  });
  return finish(report, started, false);
}

async function projectedCrs(
  db: Database,
  name: string,
  declared: DeclaredCrs | null,
  srid: number | undefined,
): Promise<ResolvedCrs> {
  if (!declared && srid === undefined) {
    throw new ImportError(`${name}: the file declares no CRS (no WKT or GeoTIFF keys): give it with --srid`);
  }
  const crs = await resolveCrs(db, declared, srid);
  if (crs.toWgs84 || crs.srid === 4326) {
    throw new ImportError(
      `${name}: its CRS (${crs.label}) is not a projected CRS PostGIS knows; LiDAR must be in metres (e.g. --srid 2154)`,
    );
  }
  return crs;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function emptyReport(file: string, format: LidarImportReport['format'], crs: ResolvedCrs): LidarImportReport {
  return {
    file,
    format,
    products: [],
    crs: crs.label,
    crs_from: crs.from,
    version: null,
    point_format: null,
    points: 0,
    density_pts_m2: 0,
    acquired_on: null,
    unchanged: false,
    buildings_in_extent: 0,
    buildings_measured: 0,
    buildings_sparse: 0,
    buildings_at_edge: 0,
    trees: 0,
    buildings_to_recompute: 0,
    seconds: 0,
    points_per_s: 0,
  };
}

/** The buildings a file's extent meets, in its metres from `origin`; refuses a file far from every building. */
async function buildingsIn(
  db: Database,
  name: string,
  extent: [number, number, number, number],
  crs: ResolvedCrs,
  origin: [number, number],
): Promise<Map<number, PlanRing[][]>> {
  const params = [...extent, crs.srid];
  const rows = (await db.query<{ id: number; footprint: string }>(sql('lidar/extent_buildings'), params)).rows;
  if (rows.length === 0) {
    const near = (await db.query<{ distance_m: number | null }>(sql('lidar/nearest_building'), params)).rows[0];
    const d = near?.distance_m ?? null;
    if (d === null || d > FAR_FROM_BUILDINGS_M) {
      throw new ImportError(
        d === null
          ? `${name}: the database holds no building; import the buildings first`
          : `${name}: the file lies ${(d / 1000).toFixed(1)} km from the nearest building (${crs.label} from ${crs.from}): wrong tile or wrong CRS?`,
      );
    }
  }
  return new Map(rows.map((r) => [r.id, footprintRings(r.footprint, origin)]));
}

/**
 * Imports one classified point cloud (LAS/LAZ 1.2–1.4, COPC): reads its header and CRS, bins its points in one
 * streaming pass (building points per footprint, a ground grid, a vegetation-top grid), then measures and writes.
 */
async function importPointCloud(
  db: Database,
  file: string,
  options: LidarImportOptions,
  edges: EdgeStore,
): Promise<LidarImportReport> {
  const started = performance.now();
  const name = path.basename(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const cloud = await openPointCloud(bytes, name);
  const { info } = cloud;
  const crs = await projectedCrs(db, name, info.crs, options.srid);
  const extent: [number, number, number, number] = [info.min[0], info.min[1], info.max[0], info.max[1]];
  const area = Math.max(1, (extent[2] - extent[0]) * (extent[3] - extent[1]));
  const density = Math.round((info.pointCount / area) * 100) / 100;
  const report: LidarImportReport = {
    ...emptyReport(name, info.compressed ? 'laz' : 'las', crs),
    products: ['points'],
    version: info.version,
    point_format: info.pointFormat,
    points: info.pointCount,
    density_pts_m2: density,
    acquired_on: info.created,
  };
  const files: CoverageFile[] = [
    { name, hash: hashOf(bytes), format: report.format, product: 'points', count: info.pointCount, density },
  ];
  if (!options.force && (await alreadyImported(db, files))) return finish(report, started, true);
  const origin: [number, number] = [Math.floor(extent[0]), Math.floor(extent[1])];
  const local = localExtent(extent, origin);
  const footprints = await buildingsIn(db, name, extent, crs, origin);
  // Multi-part footprints: each part is binned separately under the building's id (parts do not overlap).
  const parts: CollectorBuilding[] = [];
  for (const [id, polys] of footprints) polys.forEach((polygon) => parts.push({ id, polygon }));
  const collector = new TileCollector(parts, { extent: local });
  for await (const batch of cloud.batches(origin)) collector.add(batch);
  const tile = collector.finish();
  const measures: Measures = {
    buildingPoints: tile.buildingPoints,
    ground: tile.ground,
    canopy: canopyHeights(tile.vegetation, tile.ground),
    classCounts: tile.classCounts,
  };
  edges.extents.push({ srid: crs.srid, extent });
  await measureAndWrite(db, {
    report,
    files,
    crs,
    extent,
    origin,
    footprints,
    measures,
    acquired: info.created,
    edges,
  });
  return finish(report, started, false);
}

/**
 * Imports one tile of elevation rasters (MNS/DSM + MNT/DTM for roofs, MNH/DHM or MNS − MNT for trees): the DSM cells
 * inside each footprint stand for its points (4 per m² at 50 cm), the DTM gives the ground.
 */
async function importRasterTile(
  db: Database,
  group: Partial<Record<LidarProduct, string>>,
  options: LidarImportOptions,
): Promise<LidarImportReport> {
  const started = performance.now();
  const names = Object.values(group).map((f) => path.basename(f));
  const label = names.join(' + ');
  if (!group.dtm) {
    throw new ImportError(
      `${label}: an elevation tile needs its MNT/DTM (the ground) beside the MNS/DSM or MNH/DHM; none was given`,
    );
  }
  if (!group.dsm && !group.dhm) {
    throw new ImportError(`${label}: a MNT/DTM alone gives neither roofs nor trees: give its MNS/DSM or MNH/DHM too`);
  }
  const read: Partial<Record<LidarProduct, { raster: ElevationRaster; bytes: Uint8Array }>> = {};
  for (const [product, file] of Object.entries(group) as [LidarProduct, string][]) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    read[product] = { bytes, raster: await readElevationRaster(bytes, path.basename(file)) };
  }
  const dtm = read.dtm!.raster;
  for (const [product, r] of Object.entries(read) as [LidarProduct, { raster: ElevationRaster }][]) {
    const g = r.raster;
    if (g.nx !== dtm.nx || g.ny !== dtm.ny || Math.abs(g.x0 - dtm.x0) > 1e-3 || Math.abs(g.y0 - dtm.y0) > 1e-3) {
      throw new ImportError(`${label}: the ${product.toUpperCase()} and the DTM do not cover the same cells`);
    }
  }
  const crs = await projectedCrs(db, names[0]!, dtm.crs, options.srid);
  const extent: [number, number, number, number] = [
    dtm.x0,
    dtm.y0,
    dtm.x0 + dtm.nx * dtm.cell_m,
    dtm.y0 + dtm.ny * dtm.cell_m,
  ];
  const cells = dtm.nx * dtm.ny;
  const density = Math.round((1 / (dtm.cell_m * dtm.cell_m)) * 100) / 100;
  const report: LidarImportReport = {
    ...emptyReport(label, 'geotiff', crs),
    products: Object.keys(read) as LidarProduct[],
    points: cells,
    density_pts_m2: density,
  };
  const files: CoverageFile[] = (Object.entries(read) as [LidarProduct, { bytes: Uint8Array }][]).map(
    ([product, r]) => ({
      name: path.basename(group[product]!),
      hash: hashOf(r.bytes),
      format: 'geotiff',
      product,
      count: cells,
      density,
    }),
  );
  if (!options.force && (await alreadyImported(db, files))) return finish(report, started, true);
  const origin: [number, number] = [Math.floor(extent[0]), Math.floor(extent[1])];
  const footprints = await buildingsIn(db, label, extent, crs, origin);
  const toGrid = (r: ElevationRaster): TileGrid => ({
    minX: r.x0 - origin[0],
    minY: r.y0 - origin[1],
    cell_m: r.cell_m,
    nx: r.nx,
    ny: r.ny,
    values: r.values,
  });
  const ground = toGrid(dtm);
  let canopy: TileGrid | null = null;
  if (read.dhm) canopy = toGrid(read.dhm.raster);
  else if (read.dsm) {
    const dsm = read.dsm.raster;
    canopy = { ...ground, values: dsm.values.map((v, k) => v - dtm.values[k]!) };
  }
  const measures: Measures = {
    buildingPoints: read.dsm ? rasterBuildingPoints(toGrid(read.dsm.raster), footprints) : new Map(),
    ground,
    canopy,
    classCounts: {},
  };
  await measureAndWrite(db, { report, files, crs, extent, origin, footprints, measures, acquired: null });
  return finish(report, started, false);
}

function localExtent(e: [number, number, number, number], o: [number, number]): [number, number, number, number] {
  return [e[0] - o[0], e[1] - o[1], e[2] - o[0], e[3] - o[1]];
}

async function alreadyImported(db: Database, files: CoverageFile[]): Promise<boolean> {
  for (const f of files) {
    if ((await db.query(sql('lidar/coverage_by_hash'), [f.hash])).rows.length === 0) return false;
  }
  return true;
}

function finish(report: LidarImportReport, started: number, unchanged: boolean): LidarImportReport {
  const seconds = (performance.now() - started) / 1000;
  return {
    ...report,
    unchanged,
    seconds: Math.round(seconds * 100) / 100,
    points_per_s: unchanged ? 0 : Math.round(report.points / Math.max(seconds, 1e-3)),
  };
}

/**
 * Fits the roof of every building the extent covers entirely (one on the edge may have points in the next tile:
 * skipped and counted), finds the tree crowns outside the footprints, and writes the coverage rows, the measured
 * roofs and the trees in one transaction, replacing what the same files wrote before. Nothing is written on error.
 */
async function measureAndWrite(
  db: Database,
  job: {
    report: LidarImportReport;
    files: CoverageFile[];
    crs: ResolvedCrs;
    extent: [number, number, number, number];
    origin: [number, number];
    footprints: Map<number, PlanRing[][]>;
    measures: Measures;
    acquired: string | null;
    /** Point clouds: where the buildings on the file's edge go, to be measured after the run (measureEdges). */
    edges?: EdgeStore;
  },
): Promise<void> {
  const { report, files, crs, extent, origin, footprints, measures } = job;
  const local = localExtent(extent, origin);
  const roofs: (MeasuredRoof & { building_id: number })[] = [];
  const atEdge: { id: number; polys: PlanRing[][]; bbox: [number, number, number, number] }[] = [];
  for (const [id, polys] of footprints) {
    const xs = polys.flatMap((p) => p[0]!.map((q) => q[0]));
    const ys = polys.flatMap((p) => p[0]!.map((q) => q[1]));
    const bbox: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    if (
      bbox[0] < local[0] + EDGE_MARGIN_M ||
      bbox[1] < local[1] + EDGE_MARGIN_M ||
      bbox[2] > local[2] - EDGE_MARGIN_M ||
      bbox[3] > local[3] - EDGE_MARGIN_M
    ) {
      report.buildings_at_edge += 1;
      atEdge.push({ id, polys, bbox });
      continue;
    }
    if (!report.products.includes('points') && !report.products.includes('dsm')) continue;
    const ground = groundAround(measures.ground, bbox);
    const measured = measureBuildingRoof(measures.buildingPoints.get(id) ?? new Float64Array(0), polys, ground, origin);
    roofs.push({ building_id: id, ...measured });
    if (measured.status === 'faces') report.buildings_measured += 1;
    else report.buildings_sparse += 1;
  }
  const trees = measures.canopy
    ? findTrees(measures.canopy, measures.ground, [...footprints.values()].flat(), origin)
    : [];
  report.trees = trees.length;
  report.buildings_in_extent = footprints.size;
  const extentParams = [...extent, crs.srid];
  await db.transaction(async (tx) => {
    let main = 0;
    for (const f of files) {
      const previous = (await tx.query<{ id: number }>(sql('lidar/coverage_by_hash'), [f.hash])).rows[0];
      if (previous) await tx.query(sql('lidar/delete_coverage'), [previous.id]);
      const id = (
        await tx.query<{ id: number }>(sql('lidar/insert_coverage'), [
          f.name,
          f.hash,
          f.format,
          f.product,
          crs.label,
          ...extentParams,
          job.acquired,
          f.count,
          f.density,
          JSON.stringify(measures.classCounts),
        ])
      ).rows[0]!.id;
      if (f.product === 'points' || f.product === 'dsm' || (!main && f.product === 'dhm')) main = id;
    }
    if (job.edges) {
      for (const e of atEdge) {
        const pts = measures.buildingPoints.get(e.id) ?? new Float64Array(0);
        let entry = job.edges.buildings.get(e.id);
        if (!entry) {
          const footprint = e.polys.map((poly) =>
            poly.map((r) => r.map(([x, y]) => [x + origin[0], y + origin[1]] as [number, number])),
          );
          entry = { srid: crs.srid, crs, footprint, coords: [], grounds: [], coverage: { id: main, points: -1 } };
          job.edges.buildings.set(e.id, entry);
        }
        for (let k = 0; k < pts.length; k += 3)
          entry.coords.push(pts[k]! + origin[0], pts[k + 1]! + origin[1], pts[k + 2]!);
        const g = groundAround(measures.ground, e.bbox);
        if (g !== null) entry.grounds.push(g);
        if (pts.length / 3 > entry.coverage.points) entry.coverage = { id: main, points: pts.length / 3 };
      }
    }
    if (measures.canopy) await tx.query(sql('lidar/delete_superseded_trees'), extentParams);
    if (roofs.length > 0) await tx.query(sql('lidar/upsert_roofs'), [main, JSON.stringify(roofs), crs.srid]);
    if (trees.length > 0) await tx.query(sql('lidar/insert_trees'), [main, JSON.stringify(trees), crs.srid]);
    await tx.query(sql('lidar/finish_coverage'), [
      main,
      report.buildings_measured,
      report.buildings_sparse,
      report.buildings_at_edge,
      report.trees,
    ]);
    const forgotten = (
      await tx.query<{ forgotten: number }>(sql('lidar/forget_near'), [...extentParams, FORGET_REACH_M])
    ).rows[0];
    report.buildings_to_recompute = forgotten?.forgotten ?? 0;
  });
}
