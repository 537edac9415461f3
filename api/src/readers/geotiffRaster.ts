import { fromArrayBuffer } from 'geotiff';
import { ImportError } from './ImportError.js';
import type { DeclaredCrs } from './types.js';

/*
 * Single-band elevation rasters (IGN's MNS/MNT/MNH 50 cm GeoTIFF and COG tiles, or any north-up GeoTIFF of
 * heights in metres), read with geotiff.js (MIT, the maintained pure-JavaScript GeoTIFF/COG reader).
 */

/** A north-up elevation raster, rows from south to north (row 0 is the southernmost), NaN where no data. */
export interface ElevationRaster {
  /** West edge [m, file CRS]. */
  x0: number;
  /** South edge [m, file CRS]. */
  y0: number;
  /** Cell side [m]. */
  cell_m: number;
  nx: number;
  ny: number;
  /** Value of cell (i, j) at i + j·nx [m]. */
  values: Float32Array;
  crs: DeclaredCrs | null;
}

/** Reads the first band of a GeoTIFF held in memory. ImportError when not a GeoTIFF, rotated, or not square-celled. */
export async function readElevationRaster(bytes: Uint8Array, name: string): Promise<ElevationRaster> {
  const le = bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a;
  const be = bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[3] === 0x2a;
  const big = (bytes[0] === 0x49 && bytes[2] === 0x2b) || (bytes[0] === 0x4d && bytes[3] === 0x2b);
  if (!(le || be || big)) throw new ImportError(`${name}: not a GeoTIFF (no TIFF signature)`);
  let image;
  let values: Float32Array;
  try {
    const tiff = await fromArrayBuffer(bytes.slice().buffer);
    image = await tiff.getImage();
    const raster = await image.readRasters({ samples: [0], interleave: true });
    values = Float32Array.from(raster as ArrayLike<number>);
  } catch (error) {
    throw new ImportError(`${name}: unreadable or cut-short GeoTIFF (${(error as Error).message})`);
  }
  const [sx, sy] = image.getResolution();
  if (!(sx! > 0) || !(Math.abs(Math.abs(sy!) - sx!) < 1e-6 * sx!)) {
    throw new ImportError(`${name}: cells of ${sx} × ${sy} m: only square cells are read`);
  }
  const [x0, y0, , y1] = image.getBoundingBox();
  const nx = image.getWidth();
  const ny = image.getHeight();
  if (values.length !== nx * ny) throw new ImportError(`${name}: ${values.length} values for ${nx} × ${ny} cells`);
  const nodata = image.getGDALNoData();
  // TIFF rows run from north to south; flip them so that row 0 is the south edge.
  const flipped = new Float32Array(nx * ny);
  const northUp = sy! < 0 || y1! > y0!;
  for (let j = 0; j < ny; j++) {
    const src = northUp ? ny - 1 - j : j;
    for (let i = 0; i < nx; i++) {
      const v = values[src * nx + i]!;
      flipped[j * nx + i] = (nodata !== null && v === nodata) || !Number.isFinite(v) ? Number.NaN : v;
    }
  }
  const keys = image.getGeoKeys() as Record<string, unknown> | null;
  const epsg = Number(keys?.ProjectedCSTypeGeoKey ?? keys?.GeographicTypeGeoKey);
  const crs: DeclaredCrs | null =
    Number.isInteger(epsg) && epsg > 0 && epsg < 32767
      ? { epsg, text: String(keys?.GTCitationGeoKey ?? `EPSG:${epsg}`), from: 'GeoTIFF keys' }
      : null;
  return { x0: x0!, y0: y0!, cell_m: sx!, nx, ny, values: flipped, crs };
}
