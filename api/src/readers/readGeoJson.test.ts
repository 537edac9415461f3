import { describe, expect, it } from 'vitest';
import { sridFromCrsMember } from './readGeoJson.js';

// The forms of the GeoJSON 2008 crs member that GDAL, QGIS and PostGIS write (GeoJSON 2008 spec §3.1, OGC URNs and
// the OGC definition server's URLs).
describe('sridFromCrsMember', () => {
  it.each([
    [{ type: 'name', properties: { name: 'EPSG:2154' } }, 2154],
    [{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } }, 2154],
    [{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG:8.9:3949' } }, 3949],
    [{ type: 'name', properties: { name: 'http://www.opengis.net/def/crs/EPSG/0/2154' } }, 2154],
    [{ type: 'name', properties: { name: 'https://www.opengis.net/def/crs/EPSG/0/32631' } }, 32631],
    [{ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, 4326],
    [{ type: 'name', properties: { name: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' } }, 4326],
    [{ type: 'EPSG', properties: { code: 2056 } }, 2056],
  ])('%j → %i', (crs, code) => {
    expect(sridFromCrsMember(crs)).toBe(code);
  });

  it('refuses what names no EPSG code', () => {
    expect(() => sridFromCrsMember({ type: 'name', properties: { name: 'Lambert 93' } })).toThrow(/unsupported CRS/);
    expect(() => sridFromCrsMember('EPSG:2154')).toThrow(/must be an object/);
  });
});
