import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPointCloud } from '../../api/src/readers/las.js';
import { epsgFromWkt } from '../../api/src/services/import/crs.js';
import { writeLas } from './lasWriter.js';

/*
 * The LAS/LAZ reader on the real IGN LiDAR HD samples (fixtures/lidar, SOURCE.md gives their provenance and the
 * figures checked here: versions, point formats, point counts, tile extents) and on files written by the tests.
 */

const DIR = path.resolve('fixtures/lidar');
const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(DIR, f)));

async function decodeAll(bytes: Uint8Array, name: string) {
  const cloud = await openPointCloud(bytes, name);
  const classes = new Map<number, number>();
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minZ = Infinity;
  let maxZ = -Infinity;
  for await (const b of cloud.batches([0, 0], 20_000)) {
    for (let i = 0; i < b.count; i++) {
      classes.set(b.classification[i]!, (classes.get(b.classification[i]!) ?? 0) + 1);
      minX = Math.min(minX, b.x[i]!);
      maxX = Math.max(maxX, b.x[i]!);
      minZ = Math.min(minZ, b.z[i]!);
      maxZ = Math.max(maxZ, b.z[i]!);
    }
    count += b.count;
  }
  return { info: cloud.info, classes, count, minX, maxX, minZ, maxZ };
}

describe('LAS/LAZ reader (copc.js header, laz-perf points)', () => {
  it('reads an IGN LiDAR HD LAZ 1.4 tile (point format 8, OGC WKT CRS) point for point', async () => {
    const r = await decodeAll(read('montpellier/test_data_77060_627755_LA93_IGN69.laz'), 'tile');
    expect(r.info.version).toBe('1.4');
    expect(r.info.pointFormat).toBe(8);
    expect(r.info.compressed).toBe(true);
    // SOURCE.md: 56–84 k points per tile; every point of the header decoded.
    expect(r.info.pointCount).toBeGreaterThanOrEqual(56_000);
    expect(r.info.pointCount).toBeLessThanOrEqual(84_000);
    expect(r.count).toBe(r.info.pointCount);
    expect(r.info.crs?.from).toBe('OGC WKT VLR');
    expect(epsgFromWkt(r.info.crs!.wkt!)).toBe(2154);
    // Tile 77060_627755: x 770600–770650 (Lambert-93 metres), altitudes of south-west Montpellier (≈ 20–45 m IGN69).
    expect(r.minX).toBeGreaterThanOrEqual(770_600 - 0.01);
    expect(r.maxX).toBeLessThanOrEqual(770_650 + 0.01);
    expect(r.minZ).toBeGreaterThan(10);
    expect(r.maxZ).toBeLessThan(60);
    // Classes 1–6 (SOURCE.md), with ground, trees and buildings all present.
    for (const c of [2, 5, 6]) expect(r.classes.get(c) ?? 0).toBeGreaterThan(1000);
  });

  it('reads the LAS 1.2 point format 3 copy of a tile, with its CRS from the GeoTIFF keys VLR', async () => {
    const r = await decodeAll(read('montpellier/test_data_77050_627755_LA93_IGN69.full_las12.laz'), 'full');
    expect(r.info.version).toBe('1.2');
    expect(r.info.pointFormat).toBe(3);
    expect(r.count).toBe(r.info.pointCount);
    expect(r.info.crs).toMatchObject({ epsg: 2154, from: 'GeoTIFF keys VLR' });
    expect(r.minX).toBeGreaterThanOrEqual(770_500 - 0.01);
    expect(r.maxX).toBeLessThanOrEqual(770_550 + 0.01);
    // The cropped LAS 1.4 copy stops at x ≤ 770541.68 (SOURCE.md); the full tile goes beyond.
    expect(r.maxX).toBeGreaterThan(770_541.68);
  });

  it('reads the thinned 1 km² Lamballe tile (point format 6): 289,055 points over x 292000–293000', async () => {
    const r = await decodeAll(read('lamballe/test_semis_2023_0292_6833_LA93_IGN69.laz'), 'lamballe');
    expect(r.info.pointFormat).toBe(6);
    expect(r.count).toBe(289_055);
    expect(r.minX).toBeGreaterThanOrEqual(292_000 - 0.01);
    expect(r.maxX).toBeLessThanOrEqual(293_000 + 0.01);
    expect(r.classes.get(17) ?? 0).toBeGreaterThan(0); // the railway bridge
  });

  it('refuses a LAZ file cut short, a file that is not LAS, and reads a written LAS back to the millimetre', async () => {
    const whole = read('montpellier/test_data_77060_627755_LA93_IGN69.laz');
    await expect(openPointCloud(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.laz')).rejects.toThrow(
      /cut short/,
    );
    await expect(openPointCloud(whole.subarray(0, 100), 'tiny.laz')).rejects.toThrow(/not a LAS/);
    await expect(openPointCloud(new TextEncoder().encode('x'.repeat(400)), 'text.las')).rejects.toThrow(/not a LAS/);

    const points = [
      { x: 700_000.123, y: 7_000_000.456, z: 51.789, classification: 6 },
      { x: 700_010.5, y: 7_000_003.25, z: 42.001, classification: 2 },
    ];
    const written = writeLas(points);
    const r = await decodeAll(written, 'written.las');
    expect(r.info).toMatchObject({ version: '1.2', pointFormat: 0, pointCount: 2, compressed: false });
    expect(r.info.crs).toMatchObject({ epsg: 2154 });
    expect(r.minX).toBeCloseTo(700_000.123, 3);
    expect(r.maxZ).toBeCloseTo(51.789, 3);
    expect([...r.classes.keys()].sort()).toEqual([2, 6]);
    await expect(openPointCloud(written.subarray(0, written.length - 5), 'short.las')).rejects.toThrow(/cut short/);
    const bare = await openPointCloud(writeLas(points, { epsg: null }), 'bare.las');
    expect(bare.info.crs).toBeNull();
  });
});
