import proj4 from 'proj4';
import type { Queryable } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { ImportError } from '../../readers/ImportError.js';
import type { DeclaredCrs } from '../../readers/types.js';

/** The CRS an import uses: an SRID PostGIS knows, or a proj4 projection applied in TypeScript before PostGIS. */
export interface ResolvedCrs {
  /** SRID of the coordinates sent to PostGIS (4326 when `toWgs84` reprojects them first). */
  srid: number;
  /** EPSG code (or name) of the file's CRS, for the report. */
  label: string;
  /** Where the CRS came from: 'option --srid', '.prj', 'crs member', 'default (WGS84)', … */
  from: string;
  /** Reprojection to lon/lat, when PostGIS has no definition and proj4 parsed the file's WKT. */
  toWgs84?: (xy: [number, number]) => [number, number];
}

/**
 * Compound (horizontal + height) and 3D codes that files name, mapped to their horizontal CRS: heights are kept as
 * they are (metres), only x and y are reprojected.
 */
const HORIZONTAL_OF: Record<number, number> = {
  7415: 28992, // Amersfoort / RD New + NAP height (3D BAG)
  9286: 4258, // ETRS89 + NAP height
  5698: 2154, // RGF93 v1 / Lambert-93 + NGF-IGN69 height
  5699: 2154, // RGF93 v1 / Lambert-93 + NGF-IGN78 height
  9794: 2154, // RGF93 v2 / Lambert-93 (same projection and, within 5 cm, same datum as v1)
  9793: 2154, // RGF93 v2b / Lambert-93 — idem
  4979: 4326, // WGS 84 3D
  4965: 4171, // RGF93 v1 3D
  7931: 4258, // ETRS89 3D
  2056: 2056,
};

/**
 * ESRI and OGC names of the projections that French and neighbouring data use, for .prj files that carry no EPSG
 * authority (ESRI writes names only).
 */
const NAMED: [RegExp, (m: RegExpExecArray) => number][] = [
  [/lambert[_ -]?93/i, () => 2154],
  // Not \b: "_" is a word character, and ESRI writes RGF93_CC46 and RGF_1993_CC46.
  [
    /(?<![A-Z0-9])CC[_ -]?(4[2-9]|50)(?![0-9])|conique[_ -]?conforme[_ -]?(4[2-9]|50)/i,
    (m) => 3900 + Number(m[1] ?? m[2]),
  ],
  [/ETRS[_ -]?(?:19)?89.*UTM[_ -]?zone[_ -]?(\d{1,2})N/i, (m) => 25800 + Number(m[1])],
  [
    /WGS[_ -]?(?:19)?84.*UTM[_ -]?zone[_ -]?(\d{1,2})([NS])/i,
    (m) => (m[2]!.toUpperCase() === 'N' ? 32600 : 32700) + Number(m[1]),
  ],
  [/CH1903\+?.*LV95|LV95/i, () => 2056],
  [/CH1903.*LV03|LV03/i, () => 21781],
  [/RD[_ -]?New|Amersfoort.*RD/i, () => 28992],
  [/Belge[_ -]?Lambert[_ -]?2008|Belgian[_ -]?Lambert[_ -]?2008/i, () => 3812],
  // ArcGIS names EPSG:31370 Belge_Lambert_1972.
  [/Belge[_ -]?(?:1972[_ -]?)?Lambert[_ -]?(?:19)?72|Belgian[_ -]?Lambert[_ -]?72/i, () => 31370],
  // EPSG and ArcGIS call Lambert II étendu "Lambert zone II" (NTF_Paris_Lambert_Zone_II); zone III is another CRS.
  [
    /NTF.*Lambert[_ -]?(?:zone[_ -]?)?II[_ -]?(?:e|é)tendu|NTF.*Lambert[_ -]?zone[_ -]?II(?![A-Z])|Lambert[_ -]?II[_ -]?extended/i,
    () => 27572,
  ],
  [/ETRS[_ -]?(?:19)?89.*LAEA/i, () => 3035],
  [/Web[_ -]?Mercator|Pseudo[_ -]?Mercator/i, () => 3857],
];

/** The name of the outermost CRS of a WKT (PROJCS/GEOGCS in WKT1, PROJCRS/GEOGCRS… in WKT2). */
function wktName(wkt: string): { kind: string; name: string } | null {
  const m = /^\s*([A-Z_]+)\s*\[\s*"([^"]*)"/.exec(wkt);
  return m ? { kind: m[1]!.toUpperCase(), name: m[2]! } : null;
}

/** The EPSG code of a WKT: its outermost AUTHORITY/ID, else a recognised name; null when neither. */
export function epsgFromWkt(wkt: string): number | null {
  // The outermost authority is the last one at depth 1 (inner ones belong to datum, ellipsoid, units…).
  let depth = 0;
  let last: number | null = null;
  const re = /(AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]|\[|\]/gi;
  for (let m = re.exec(wkt); m; m = re.exec(wkt)) {
    if (m[0] === '[') depth += 1;
    else if (m[0] === ']') depth -= 1;
    else if (depth === 1) last = Number(m[2]);
  }
  if (last !== null) return last;
  const named = wktName(wkt);
  if (!named) return null;
  if (named.kind.startsWith('GEOG')) {
    if (/WGS[_ ]?(19)?84/i.test(named.name)) return 4326;
    if (/RGF[_ ]?(19)?93/i.test(named.name)) return 4171;
    if (/ETRS[_ ]?(19)?89/i.test(named.name)) return 4258;
    return null;
  }
  for (const [re2, code] of NAMED) {
    const m = re2.exec(named.name);
    if (m) return code(m);
  }
  return null;
}

/** EPSG code from a URL/URN (`https://www.opengis.net/def/crs/EPSG/0/7415`, `urn:ogc:def:crs:EPSG::2154`, `EPSG:2154`). */
export function epsgFromText(text: string): number | null {
  const m = /EPSG(?:\/0\/|:[\d.]*:|:)(\d{4,6})\s*$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

async function known(db: Queryable, srid: number): Promise<boolean> {
  return (await db.query(sql('import/srid_exists'), [srid])).rows.length > 0;
}

/**
 * Resolves the CRS of an import: `--srid` first, else what the file declares (EPSG code, WKT authority or name,
 * URL), else WGS84 (RFC 7946). Compound and 3D codes map to their horizontal CRS. A code PostGIS lacks, or a WKT
 * without a recognisable code, is reprojected with proj4 when proj4 can parse the WKT; otherwise refused.
 */
export async function resolveCrs(
  db: Queryable,
  declared: DeclaredCrs | null,
  optionSrid?: number,
): Promise<ResolvedCrs> {
  if (optionSrid !== undefined) {
    const srid = HORIZONTAL_OF[optionSrid] ?? optionSrid;
    if (!(await known(db, srid))) throw new ImportError(`unknown SRID ${optionSrid} (--srid): not in spatial_ref_sys`);
    return { srid, label: `EPSG:${optionSrid}`, from: 'option --srid' };
  }
  if (!declared) return { srid: 4326, label: 'EPSG:4326', from: 'default (WGS84 longitude/latitude)' };
  const code =
    declared.epsg ??
    (declared.wkt ? epsgFromWkt(declared.wkt) : null) ??
    (declared.text ? epsgFromText(declared.text) : null);
  if (code !== null) {
    const srid = HORIZONTAL_OF[code] ?? code;
    if (await known(db, srid)) return { srid, label: `EPSG:${code}`, from: declared.from };
  }
  if (declared.wkt) {
    try {
      const project = proj4(declared.wkt, 'EPSG:4326');
      const toWgs84 = (xy: [number, number]) => project.forward(xy) as [number, number];
      const probe = toWgs84([0, 0]);
      if (probe.every(Number.isFinite) || code === null) {
        const name = wktName(declared.wkt)?.name ?? 'WKT';
        return { srid: 4326, label: code !== null ? `EPSG:${code}` : name, from: `${declared.from} (proj4)`, toWgs84 };
      }
    } catch {
      // proj4 cannot read this WKT: fall through to the refusal below.
    }
  }
  const what = declared.text ?? (declared.wkt ? wktName(declared.wkt)?.name : undefined) ?? String(code);
  throw new ImportError(
    `the file's coordinate system (${what}, from ${declared.from}) is not one PostGIS or proj4 knows: give its EPSG code with --srid`,
  );
}

/**
 * When a file declares no CRS its coordinates must be longitude/latitude; the message for the first one that is
 * not names the likely projection (Lambert-93 and the CC zones cover France).
 */
export function notLonLatMessage(x: number, y: number): string {
  let hint = '';
  if (x > 0 && x < 1_300_000 && y > 6_000_000 && y < 7_200_000) hint = ' (they look like Lambert-93: --srid 2154)';
  else if (x > 1_000_000 && x < 2_300_000 && y > 1_000_000 && y < 9_300_000)
    hint = ' (a CC conic zone? --srid 3942…3950)';
  return `the file declares no coordinate system and its coordinates (${x}, ${y}) cannot be WGS84 longitude/latitude${hint}: give the CRS with --srid`;
}
