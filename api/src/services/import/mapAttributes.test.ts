import { describe, expect, it } from 'vitest';
import { detectSource, mapAttributes } from './mapAttributes.js';

describe('mapAttributes', () => {
  it('reads the lower-case BD TOPO v3 schema', () => {
    const m = mapAttributes(
      {
        cleabs: 'BATIMENT0000000240',
        hauteur: 6.2,
        nombre_d_etages: 2,
        usage_1: 'Résidentiel',
        date_d_apparition: '1932-06-01',
        nombre_de_logements: 1,
      },
      undefined,
    );
    expect(m).toMatchObject({
      source: 'bdtopo',
      source_id: 'BATIMENT0000000240',
      height_m: 6.2,
      levels: 2,
      usage: 'résidentiel',
      year_built: 1932,
      dwellings: 1,
    });
  });

  it('reads OSM tags with dirty values and folds roof:direction into a ridge azimuth', () => {
    const m = mapAttributes(
      {
        building: 'yes',
        height: '12 m',
        'building:levels': '3',
        'roof:shape': 'hipped',
        'roof:angle': '30',
        'roof:direction': '200',
      },
      'way/7',
    );
    expect(m).toMatchObject({
      source: 'osm',
      source_id: 'way/7',
      height_m: 12,
      levels: 3,
      roof_shape: 'hip',
      roof_pitch_deg: 30,
      roof_direction_deg: 200,
      ridge_azimuth_deg: 110,
      usage: null,
    });
  });

  it('roof:orientation=across puts the ridge along the slope direction', () => {
    expect(
      mapAttributes({ building: 'house', 'roof:direction': 'E', 'roof:orientation': 'across' }, undefined)
        .ridge_azimuth_deg,
    ).toBe(90);
  });

  it('drops values that cannot be right instead of failing', () => {
    const m = mapAttributes(
      { building: 'house', 'roof:shape': '9.0', 'roof:angle': '120', 'building:levels': '0', NB_LOGTS: 1e12 },
      undefined,
    );
    expect(m).toMatchObject({ roof_shape: null, roof_pitch_deg: null, levels: null, dwellings: null });
  });

  it('keeps unmapped properties as attributes and the project fields as they are', () => {
    const m = mapAttributes(
      {
        source: 'synthetic',
        source_id: 'demo:1',
        height_m: 6.5,
        typology: 'coron',
        address: '3 rue des Mésanges, Lens',
        address_synthetic: true,
        colour: 'brick',
      },
      undefined,
    );
    expect(m).toMatchObject({
      source: 'synthetic',
      source_id: 'demo:1',
      typology: 'coron',
      address_synthetic: true,
      attributes: { colour: 'brick' },
    });
    expect(detectSource({ foo: 1 })).toBe('geojson');
  });
});
