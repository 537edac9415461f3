import fs from 'node:fs';
import path from 'node:path';
import { extractFootprints, type FootprintOptions } from '../../../../engine/lidar/footprints.js';
import { LAS_CLASS, type PointSet } from '../../../../engine/lidar/types.js';
import type { Database } from '../../db/index.js';
import { ImportError } from '../../readers/ImportError.js';
import { openPointCloud } from '../../readers/las.js';
import { resolveCrs } from '../import/crs.js';

/** Footprints found, as a GeoJSON FeatureCollection in the point clouds' CRS, ready for `cadastre import`. */
export interface FootprintCollection {
  type: 'FeatureCollection';
  crs: { type: 'name'; properties: { name: string } };
  features: {
    type: 'Feature';
    properties: { source: 'lidar'; source_id: string; height_m: number | null; lidar_points: number };
    geometry: { type: 'Polygon'; coordinates: number[][][] };
  }[];
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Building footprints outlined from the building class of point clouds (engine/lidar/footprints), for areas that no
 * building database covers. The files are read together (their building and ground points only), so that a
 * building across two tiles is one footprint. The height is the highest building point above the ground nearby.
 */
export async function lidarFootprints(
  db: Database,
  files: readonly string[],
  options: { srid?: number } & FootprintOptions = {},
): Promise<FootprintCollection> {
  const xs: number[] = [];
  const ys: number[] = [];
  const zs: number[] = [];
  const cs: number[] = [];
  let origin: [number, number] | null = null;
  let srid: number | null = null;
  for (const file of files) {
    const name = path.basename(file);
    const cloud = await openPointCloud(new Uint8Array(fs.readFileSync(file)), name);
    if (!cloud.info.crs && options.srid === undefined) {
      throw new ImportError(`${name}: the file declares no CRS: give it with --srid`);
    }
    const crs = await resolveCrs(db, cloud.info.crs, options.srid);
    if (srid !== null && crs.srid !== srid) throw new ImportError(`${name}: its CRS differs from the other files'`);
    srid = crs.srid;
    origin ??= [Math.floor(cloud.info.min[0]), Math.floor(cloud.info.min[1])];
    for await (const b of cloud.batches(origin)) {
      for (let i = 0; i < b.count; i++) {
        const c = b.classification[i]!;
        if (c !== LAS_CLASS.building && c !== LAS_CLASS.ground) continue;
        xs.push(b.x[i]!);
        ys.push(b.y[i]!);
        zs.push(b.z[i]!);
        cs.push(c);
      }
    }
  }
  if (origin === null || srid === null) throw new ImportError('no point cloud given');
  const points: PointSet = {
    count: xs.length,
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    z: Float64Array.from(zs),
    classification: Uint8Array.from(cs),
  };
  const o = origin;
  const found = points.count > 0 ? extractFootprints(points, options) : [];
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${srid}` } },
    features: found.map((f) => {
      const outer = f.rings[0]!;
      const cx = outer.reduce((s, p) => s + p[0], 0) / outer.length + o[0];
      const cy = outer.reduce((s, p) => s + p[1], 0) / outer.length + o[1];
      return {
        type: 'Feature',
        properties: {
          source: 'lidar',
          source_id: `lidar:${srid}:${Math.round(cx)}:${Math.round(cy)}`,
          height_m: Number.isFinite(f.height_m) && f.height_m > 0 ? round(f.height_m, 2) : null,
          lidar_points: f.pointCount,
        },
        geometry: {
          type: 'Polygon',
          coordinates: f.rings.map((r) => r.map(([x, y]) => [round(x + o[0], 3), round(y + o[1], 3)])),
        },
      };
    }),
  };
}
