import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { Queryable, QueryResult } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { epsgFromText, epsgFromWkt, notLonLatMessage, resolveCrs } from './crs.js';
import { ImportError } from '../../readers/ImportError.js';
import type { DeclaredCrs } from '../../readers/types.js';

// WKT written from the projection parameters of each CRS (EPSG registry), in the two dialects files carry: OGC WKT1
// with AUTHORITY nodes (GDAL, GeoPackage definitions) and ESRI WKT1 with names only (.prj files from ArcGIS, QGIS, GDAL).

const GRS80 = 'SPHEROID["GRS_1980",6378137.0,298.257222101]';
const WGS84_SPHEROID = 'SPHEROID["WGS_1984",6378137.0,298.257223563]';
const BESSEL = 'SPHEROID["Bessel_1841",6377397.155,299.1528128]';
const DEGREE = 'UNIT["Degree",0.0174532925199433]';
const GREENWICH = 'PRIMEM["Greenwich",0.0]';
const esriGeogcs = (name: string, datum: string, spheroid: string) =>
  `GEOGCS["${name}",DATUM["${datum}",${spheroid}],${GREENWICH},${DEGREE}]`;
const GCS_RGF_1993 = esriGeogcs('GCS_RGF_1993', 'D_RGF_1993', GRS80);
const GCS_WGS_1984 = esriGeogcs('GCS_WGS_1984', 'D_WGS_1984', WGS84_SPHEROID);
const GCS_ETRS_1989 = esriGeogcs('GCS_ETRS_1989', 'D_ETRS_1989', GRS80);

/** Lambert-93 (EPSG:2154): LCC 2SP, parallels 49° and 44°, origin 46.5° N 3° E at (700000, 6600000) m. */
const LAMBERT93_LCC =
  'PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],' +
  'PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],' +
  'PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]';
const esriLambert93 = (name: string) => `PROJCS["${name}",${GCS_RGF_1993},${LAMBERT93_LCC}]`;

/** CC zone n (EPSG:39nn): LCC 2SP, parallels n ∓ 0.75°, origin n° N 3° E at (1700000, (n − 41) · 1000000 + 200000) m. */
const esriCc = (name: string, zone: number) =>
  `PROJCS["${name}",${GCS_RGF_1993},PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",1700000.0],` +
  `PARAMETER["False_Northing",${(zone - 41) * 1_000_000 + 200_000}.0],PARAMETER["Central_Meridian",3.0],` +
  `PARAMETER["Standard_Parallel_1",${zone - 0.75}],PARAMETER["Standard_Parallel_2",${zone + 0.75}],` +
  `PARAMETER["Latitude_Of_Origin",${zone}.0],UNIT["Meter",1.0]]`;

/** UTM zone: TM, central meridian 6·zone − 183°, scale 0.9996, false northing 10000000 m in the south. */
const esriUtm = (name: string, geogcs: string, zone: number, south: boolean) =>
  `PROJCS["${name}",${geogcs},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],` +
  `PARAMETER["False_Northing",${south ? '10000000.0' : '0.0'}],PARAMETER["Central_Meridian",${6 * zone - 183}.0],` +
  `PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

/** Swiss oblique Mercator, LV95 (EPSG:2056, origin 2600000/1200000 m) and LV03 (EPSG:21781, 600000/200000 m). */
const esriSwiss = (name: string, gcs: string, datum: string, fe: number, fn: number) =>
  `PROJCS["${name}",${esriGeogcs(gcs, datum, BESSEL)},PROJECTION["Hotine_Oblique_Mercator_Azimuth_Center"],` +
  `PARAMETER["False_Easting",${fe}.0],PARAMETER["False_Northing",${fn}.0],PARAMETER["Scale_Factor",1.0],` +
  `PARAMETER["Azimuth",90.0],PARAMETER["Longitude_Of_Center",7.439583333333333],` +
  `PARAMETER["Latitude_Of_Center",46.95240555555556],UNIT["Meter",1.0]]`;

/** RD New (EPSG:28992): oblique stereographic on Bessel 1841, origin 52.156° N 5.388° E at (155000, 463000) m. */
const esriRdNew = (name: string) =>
  `PROJCS["${name}",${esriGeogcs('GCS_Amersfoort', 'D_Amersfoort', BESSEL)},PROJECTION["Double_Stereographic"],` +
  'PARAMETER["False_Easting",155000.0],PARAMETER["False_Northing",463000.0],' +
  'PARAMETER["Central_Meridian",5.38763888888889],PARAMETER["Scale_Factor",0.9999079],' +
  'PARAMETER["Latitude_Of_Origin",52.15616055555555],UNIT["Meter",1.0]]';

/** Belgian Lambert 72 (EPSG:31370, International 1924) and Lambert 2008 (EPSG:3812, ETRS89). */
const BELGE_LAMBERT_1972 =
  `PROJCS["Belge_Lambert_1972",${esriGeogcs('GCS_Belge_1972', 'D_Belge_1972', 'SPHEROID["International_1924",6378388.0,297.0]')},` +
  'PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",150000.013],PARAMETER["False_Northing",5400088.438],' +
  'PARAMETER["Central_Meridian",4.367486666666666],PARAMETER["Standard_Parallel_1",49.8333339],' +
  'PARAMETER["Standard_Parallel_2",51.16666723333333],PARAMETER["Latitude_Of_Origin",90.0],UNIT["Meter",1.0]]';
const BELGE_LAMBERT_2008 =
  `PROJCS["Belge_Lambert_2008",${GCS_ETRS_1989},PROJECTION["Lambert_Conformal_Conic"],` +
  'PARAMETER["False_Easting",649328.0],PARAMETER["False_Northing",665262.0],PARAMETER["Central_Meridian",4.359215833333333],' +
  'PARAMETER["Standard_Parallel_1",49.83333333333334],PARAMETER["Standard_Parallel_2",51.16666666666666],' +
  'PARAMETER["Latitude_Of_Origin",50.797815],UNIT["Meter",1.0]]';

/** NTF (Paris) / Lambert zone II (EPSG:27572, "Lambert II étendu"): LCC 1SP, origin 46.8° N on the Paris meridian. */
const esriNtfLambert2 = (name: string) =>
  `PROJCS["${name}",GEOGCS["GCS_NTF_Paris",DATUM["D_NTF",SPHEROID["Clarke_1880_IGN",6378249.2,293.4660212936269]],` +
  'PRIMEM["Paris",2.337229166666667],UNIT["Grad",0.01570796326794897]],PROJECTION["Lambert_Conformal_Conic"],' +
  'PARAMETER["False_Easting",600000.0],PARAMETER["False_Northing",2200000.0],PARAMETER["Central_Meridian",0.0],' +
  'PARAMETER["Standard_Parallel_1",52.0],PARAMETER["Scale_Factor",0.99987742],PARAMETER["Latitude_Of_Origin",52.0],' +
  'UNIT["Meter",1.0]]';

/** Lambert-93 in OGC WKT1 as GDAL writes it: AUTHORITY on the ellipsoid, datum, units, base CRS, then the CRS. */
const OGC_LAMBERT93_BODY =
  'GEOGCS["RGF93",DATUM["Reseau_Geodesique_Francais_1993",SPHEROID["GRS 1980",6378137,298.257222101,' +
  'AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6171"]],PRIMEM["Greenwich",0,' +
  'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4171"]],' +
  'PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],' +
  'PARAMETER["latitude_of_origin",46.5],PARAMETER["central_meridian",3],PARAMETER["false_easting",700000],' +
  'PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["X",EAST],AXIS["Y",NORTH]';
const OGC_LAMBERT93 = `PROJCS["RGF93 / Lambert-93",${OGC_LAMBERT93_BODY},AUTHORITY["EPSG","2154"]]`;

/** Lambert-93 in WKT2:2019 as PROJ writes it (multi-line): IDs on the base CRS, method and parameters, then the CRS. */
const wkt2Lambert93 = (name: string, outerId: boolean) => `PROJCRS["${name}",
    BASEGEOGCRS["RGF93 v1",
        DATUM["Reseau Geodesique Francais 1993 v1",
            ELLIPSOID["GRS 1980",6378137,298.257222101,
                LENGTHUNIT["metre",1]]],
        PRIMEM["Greenwich",0,
            ANGLEUNIT["degree",0.0174532925199433]],
        ID["EPSG",4171]],
    CONVERSION["Lambert-93",
        METHOD["Lambert Conic Conformal (2SP)",
            ID["EPSG",9802]],
        PARAMETER["Latitude of false origin",46.5,
            ANGLEUNIT["degree",0.0174532925199433],
            ID["EPSG",8821]],
        PARAMETER["Longitude of false origin",3,
            ANGLEUNIT["degree",0.0174532925199433],
            ID["EPSG",8822]],
        PARAMETER["Latitude of 1st standard parallel",49,
            ANGLEUNIT["degree",0.0174532925199433],
            ID["EPSG",8823]],
        PARAMETER["Latitude of 2nd standard parallel",44,
            ANGLEUNIT["degree",0.0174532925199433],
            ID["EPSG",8824]],
        PARAMETER["Easting at false origin",700000,
            LENGTHUNIT["metre",1],
            ID["EPSG",8826]],
        PARAMETER["Northing at false origin",6600000,
            LENGTHUNIT["metre",1],
            ID["EPSG",8827]]],
    CS[Cartesian,2],
        AXIS["easting (X)",east,
            ORDER[1],
            LENGTHUNIT["metre",1]],
        AXIS["northing (Y)",north,
            ORDER[2],
            LENGTHUNIT["metre",1]],
    USAGE[
        SCOPE["Engineering survey, topographic mapping."],
        AREA["France - onshore and offshore, mainland and Corsica (France métropolitaine including Corsica)."],
        BBOX[41.15,-9.86,51.56,10.38]]${outerId ? ',\n    ID["EPSG",2154]' : ''}]`;

describe('epsgFromWkt: authorities', () => {
  it('takes the outermost AUTHORITY of an OGC WKT1, not the ellipsoid, datum, unit or base CRS ones', () => {
    expect(epsgFromWkt(OGC_LAMBERT93)).toBe(2154);
  });

  it('ignores inner authorities when the CRS itself has none: an unknown name gives null, a known one its code', () => {
    expect(epsgFromWkt(`PROJCS["Projection locale du chantier",${OGC_LAMBERT93_BODY}]`)).toBeNull();
    expect(epsgFromWkt(`PROJCS["RGF93 / Lambert-93",${OGC_LAMBERT93_BODY}]`)).toBe(2154);
  });

  it('reads the outermost authority of a geographic and of a compound CRS', () => {
    const wgs84 =
      'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
      'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
      'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';
    expect(epsgFromWkt(wgs84)).toBe(4326);
    const compound =
      `COMPD_CS["RGF93 / Lambert-93 + NGF-IGN69 height",${OGC_LAMBERT93},` +
      'VERT_CS["NGF-IGN69 height",VERT_DATUM["Nivellement General de la France - IGN69",2005,AUTHORITY["EPSG","5119"]],' +
      'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Gravity-related height",UP],AUTHORITY["EPSG","5720"]],' +
      'AUTHORITY["EPSG","5698"]]';
    expect(epsgFromWkt(compound)).toBe(5698);
  });

  it('reads the ID of a WKT2 PROJCRS, not those of its base CRS, method or parameters', () => {
    expect(epsgFromWkt(wkt2Lambert93('RGF93 v1 / Lambert-93', true))).toBe(2154);
    // Without its own ID the name decides; the inner ID["EPSG",4171] of the base CRS must not.
    expect(epsgFromWkt(wkt2Lambert93('RGF93 v1 / Lambert-93', false))).toBe(2154);
    expect(epsgFromWkt(wkt2Lambert93('Projection locale', false))).toBeNull();
  });
});

describe('epsgFromWkt: ESRI names without authority', () => {
  const cases: [string, string, number][] = [
    ['RGF93_Lambert_93', esriLambert93('RGF93_Lambert_93'), 2154],
    ['RGF93_v1_Lambert-93', esriLambert93('RGF93_v1_Lambert-93'), 2154],
    ['RGF_1993_Lambert_93', esriLambert93('RGF_1993_Lambert_93'), 2154],
    ['WGS_1984_UTM_Zone_31N', esriUtm('WGS_1984_UTM_Zone_31N', GCS_WGS_1984, 31, false), 32631],
    ['WGS_1984_UTM_Zone_32S', esriUtm('WGS_1984_UTM_Zone_32S', GCS_WGS_1984, 32, true), 32732],
    ['ETRS_1989_UTM_Zone_31N', esriUtm('ETRS_1989_UTM_Zone_31N', GCS_ETRS_1989, 31, false), 25831],
    ['CH1903+_LV95', esriSwiss('CH1903+_LV95', 'GCS_CH1903+', 'D_CH1903+', 2_600_000, 1_200_000), 2056],
    ['CH1903_LV03', esriSwiss('CH1903_LV03', 'GCS_CH1903', 'D_CH1903', 600_000, 200_000), 21781],
    ['Amersfoort_RD_New', esriRdNew('Amersfoort_RD_New'), 28992],
    ['RD_New', esriRdNew('RD_New'), 28992],
    ['Belge_Lambert_1972', BELGE_LAMBERT_1972, 31370],
    ['Belge_Lambert_2008', BELGE_LAMBERT_2008, 3812],
    ['NTF_Lambert_II_etendu', esriNtfLambert2('NTF_Lambert_II_etendu'), 27572],
    ['NTF_Paris_Lambert_Zone_II', esriNtfLambert2('NTF_Paris_Lambert_Zone_II'), 27572],
  ];
  for (const zone of [42, 43, 44, 45, 46, 47, 48, 49, 50]) {
    cases.push([`RGF93_CC${zone}`, esriCc(`RGF93_CC${zone}`, zone), 3900 + zone]);
    // ArcGIS's own name for the CC zones.
    cases.push([`RGF_1993_CC${zone}`, esriCc(`RGF_1993_CC${zone}`, zone), 3900 + zone]);
  }
  for (const [name, wkt, code] of cases) {
    it(`${name} → EPSG:${code}`, () => expect(epsgFromWkt(wkt)).toBe(code));
  }

  it('reads geographic ESRI CRSs by their datum name', () => {
    expect(epsgFromWkt(GCS_WGS_1984)).toBe(4326);
    expect(epsgFromWkt(GCS_RGF_1993)).toBe(4171);
  });

  it('does not take the zone of NTF Lambert zone III for zone II', () => {
    expect(epsgFromWkt(esriNtfLambert2('NTF_Paris_Lambert_Zone_III'))).not.toBe(27572);
  });

  it('gives null for names it does not know and for text that is not WKT', () => {
    expect(epsgFromWkt(esriLambert93('Lambert_Conformal_Conic_France'))).toBeNull();
    expect(
      epsgFromWkt(esriGeogcs('GCS_Tokyo', 'D_Tokyo', 'SPHEROID["Bessel_1841",6377397.155,299.1528128]')),
    ).toBeNull();
    expect(epsgFromWkt('')).toBeNull();
    expect(epsgFromWkt('not a WKT at all')).toBeNull();
  });
});

describe('epsgFromText', () => {
  it('reads OGC URLs (https and http), URNs with and without version, and EPSG:n', () => {
    expect(epsgFromText('https://www.opengis.net/def/crs/EPSG/0/7415')).toBe(7415);
    expect(epsgFromText('http://www.opengis.net/def/crs/EPSG/0/2154')).toBe(2154);
    expect(epsgFromText('urn:ogc:def:crs:EPSG::2154')).toBe(2154);
    expect(epsgFromText('urn:ogc:def:crs:EPSG:9.8.1:28992')).toBe(28992);
    expect(epsgFromText('EPSG:2154')).toBe(2154);
    expect(epsgFromText('  epsg:3946 \n')).toBe(3946);
  });

  it('gives null for text that names no EPSG code', () => {
    expect(epsgFromText('')).toBeNull();
    expect(epsgFromText('Lambert-93')).toBeNull();
    expect(epsgFromText('https://www.opengis.net/def/crs/OGC/1.3/CRS84')).toBeNull();
    expect(epsgFromText('EPSG:')).toBeNull();
    expect(epsgFromText('EPSG:2154 and more')).toBeNull();
  });
});

describe('notLonLatMessage', () => {
  it('suggests Lambert-93 for coordinates in the Lambert-93 extent of France', () => {
    // Paris in Lambert-93 ≈ (652000, 6862000) m.
    const text = notLonLatMessage(652000, 6862000);
    expect(text).toContain('(652000, 6862000)');
    expect(text).toContain('--srid 2154');
  });

  it('suggests a CC zone for coordinates around the CC false easting 1700000 m', () => {
    // Lyon in CC46 ≈ (1842000, 5176000) m.
    const text = notLonLatMessage(1842000, 5176000);
    expect(text).toContain('--srid 3942');
    expect(text).not.toContain('Lambert-93');
  });

  it('names --srid without a guess for coordinates of no known French projection', () => {
    const text = notLonLatMessage(-500, 300);
    expect(text).toContain('(-500, 300)');
    expect(text).toContain('--srid');
    expect(text).not.toContain('Lambert-93');
    expect(text).not.toContain('CC');
  });
});

/**
 * An in-memory spatial_ref_sys that answers the one query resolveCrs makes (import/srid_exists) for a fixed set of
 * SRIDs, and refuses any other statement so that a new query in resolveCrs shows up here.
 */
function sridTable(srids: number[]): Queryable & { asked: number[] } {
  const asked: number[] = [];
  const existsSql = sql('import/srid_exists');
  return {
    asked,
    async query<R>(text: string, params?: unknown[]): Promise<QueryResult<R>> {
      if (text !== existsSql) throw new Error(`unexpected query: ${text}`);
      const srid = Number(params?.[0]);
      asked.push(srid);
      const rows = srids.includes(srid) ? [{ srid, auth_name: 'EPSG' }] : [];
      return { rows: rows as R[], fields: ['srid', 'auth_name'], rowCount: rows.length };
    },
    exec: () => Promise.reject(new Error('resolveCrs runs no script')),
    copyIn: () => Promise.reject(new Error('resolveCrs copies nothing')),
  };
}

const POSTGIS_SRIDS = [4326, 4171, 4258, 2154, 28992, 3942, 3946, 32631];
const LAMBERT93_PROJ4 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

describe('resolveCrs', () => {
  it('uses WGS84 when the file declares nothing and no --srid is given', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    const crs = await resolveCrs(db, null);
    expect(crs).toMatchObject({ srid: 4326, label: 'EPSG:4326' });
    expect(crs.from).toMatch(/^default/);
    expect(crs.toWgs84).toBeUndefined();
  });

  it('lets --srid win over what the file declares', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    const declared: DeclaredCrs = { epsg: 2154, wkt: OGC_LAMBERT93, from: '.prj' };
    const crs = await resolveCrs(db, declared, 3946);
    expect(crs).toMatchObject({ srid: 3946, label: 'EPSG:3946', from: 'option --srid' });
    expect(db.asked).toEqual([3946]);
  });

  it('refuses a --srid PostGIS does not know, naming it', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    await expect(resolveCrs(db, null, 99999)).rejects.toThrow(ImportError);
    await expect(resolveCrs(db, null, 99999)).rejects.toThrow(/99999.*--srid/);
  });

  it('maps compound and 3D codes to their horizontal CRS, declared or given with --srid', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    for (const [code, horizontal] of [
      [7415, 28992],
      [5698, 2154],
      [4979, 4326],
    ]) {
      const declared = await resolveCrs(db, { epsg: code, from: 'crs member' });
      expect(declared).toMatchObject({ srid: horizontal, label: `EPSG:${code}`, from: 'crs member' });
      expect(declared.toWgs84).toBeUndefined();
      const option = await resolveCrs(db, null, code);
      expect(option).toMatchObject({ srid: horizontal, from: 'option --srid' });
    }
  });

  it('takes the code from the WKT authority, then from the URL text', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    expect(await resolveCrs(db, { wkt: OGC_LAMBERT93, from: 'gpkg_spatial_ref_sys' })).toMatchObject({
      srid: 2154,
      from: 'gpkg_spatial_ref_sys',
    });
    expect(await resolveCrs(db, { wkt: esriCc('RGF93_CC46', 46), from: '.prj' })).toMatchObject({ srid: 3946 });
    expect(
      await resolveCrs(db, { text: 'https://www.opengis.net/def/crs/EPSG/0/7415', from: 'metadata.referenceSystem' }),
    ).toMatchObject({ srid: 28992, label: 'EPSG:7415' });
  });

  it('reprojects with proj4 a WKT whose name it does not know, as proj4 does with the Lambert-93 definition', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    const wkt = esriLambert93('Lambert_Conformal_Conic_France');
    const crs = await resolveCrs(db, { wkt, from: '.prj' });
    expect(crs.srid).toBe(4326);
    expect(crs.label).toBe('Lambert_Conformal_Conic_France');
    expect(crs.from).toBe('.prj (proj4)');
    expect(crs.toWgs84).toBeDefined();
    const toWgs84 = crs.toWgs84!;
    // The projection's origin is 3° E 46.5° N at (700000, 6600000) m, by definition of Lambert-93.
    const origin = toWgs84([700000, 6600000]);
    expect(origin[0]).toBeCloseTo(3, 9);
    expect(origin[1]).toBeCloseTo(46.5, 9);
    const reference = proj4(LAMBERT93_PROJ4, 'EPSG:4326');
    for (const xy of [
      [652000, 6862000],
      [1050000, 6250000],
      [170000, 6800000],
    ] as [number, number][]) {
      const [lon, lat] = toWgs84(xy);
      const [refLon, refLat] = reference.forward(xy);
      expect(Math.abs(lon - refLon!)).toBeLessThan(1e-9);
      expect(Math.abs(lat - refLat!)).toBeLessThan(1e-9);
    }
  });

  it('reprojects with proj4 a declared code PostGIS lacks when the file also gives its WKT', async () => {
    const db = sridTable([4326]);
    const crs = await resolveCrs(db, { epsg: 2154, wkt: esriLambert93('RGF93_Lambert_93'), from: '.prj' });
    expect(crs).toMatchObject({ srid: 4326, label: 'EPSG:2154', from: '.prj (proj4)' });
    const [lon, lat] = crs.toWgs84!([700000, 6600000]);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('refuses a code PostGIS does not know when there is no WKT to reproject with, naming --srid', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    const declared: DeclaredCrs = { epsg: 31370, text: 'urn:ogc:def:crs:EPSG::31370', from: 'crs member' };
    const error = await resolveCrs(db, declared).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('urn:ogc:def:crs:EPSG::31370');
    expect((error as ImportError).message).toContain('crs member');
    expect((error as ImportError).message).toContain('--srid');
  });

  it('refuses a WKT that neither names a known code nor parses with proj4, naming --srid', async () => {
    const db = sridTable(POSTGIS_SRIDS);
    const declared: DeclaredCrs = { wkt: 'PROJCS["Grille du cadastre napoléonien",UNIT["Meter",1.0]]', from: '.prj' };
    await expect(resolveCrs(db, declared)).rejects.toThrow(/Grille du cadastre napoléonien.*--srid/);
  });
});
