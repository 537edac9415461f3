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

  describe('roof altitudes', () => {
    it('reads the rise of the BD TOPO v3 lower-case schema and marks the roof as measured', () => {
      const m = mapAttributes(
        {
          cleabs: 'BATIMENT0000000241',
          hauteur: 8.5,
          altitude_minimale_sol: 31.2,
          altitude_maximale_sol: 31.6,
          altitude_minimale_toit: 36.9,
          altitude_maximale_toit: 39.7,
          usage_1: 'Résidentiel',
        },
        undefined,
      );
      expect(m).toMatchObject({ source: 'bdtopo', height_m: 8.5, roof_rise_m: 2.8, roof_origin: 'altitudes' });
      expect(m.attributes).toMatchObject({ altitude_maximale_sol: 31.6 });
      expect(m.attributes).not.toHaveProperty('altitude_minimale_toit');
    });

    it('reads the BD TOPO v2 upper-case schema (shapefile names) and its height from the altitudes', () => {
      const m = mapAttributes(
        {
          ID: 'BATIMENT0000000012',
          Z_MIN_SOL: '50,0',
          Z_MAX_SOL: 50.4,
          Z_MIN_TOIT: 55.5,
          Z_MAX_TOIT: 56.1,
          USAGE1: 'Industriel',
        },
        undefined,
      );
      expect(m).toMatchObject({
        source: 'bdtopo',
        height_m: 6.1,
        roof_rise_m: 0.6,
        roof_origin: 'altitudes',
        usage: 'industriel',
      });
      expect(mapAttributes({ ID: 'B2', HAUTEUR: 7, Z_MIN_TOIT: 40, Z_MAX_TOIT: 43 }, undefined).roof_rise_m).toBe(3);
    });

    it('reads OSM roof:height, and the tags win the origin when they give a pitch', () => {
      const osm = mapAttributes({ building: 'house', height: '9', 'roof:height': '3.5' }, 'way/8');
      expect(osm).toMatchObject({ height_m: 9, roof_rise_m: 3.5, roof_origin: 'altitudes' });
      const tagged = mapAttributes({ building: 'house', height: 9, 'roof:height': 3.5, 'roof:angle': 40 }, 'way/9');
      expect(tagged).toMatchObject({ roof_rise_m: 3.5, roof_pitch_deg: 40, roof_origin: 'tags' });
      expect(mapAttributes({ building: 'house', 'roof:shape': 'gabled' }, 'way/10').roof_origin).toBe('tags');
      expect(mapAttributes({ building: 'house', 'roof:shape': 'flat', 'roof:height': 2 }, 'w').roof_origin).toBe(
        'tags',
      );
    });

    it('keeps nulls null and drops absurd rises and altitudes', () => {
      const none = mapAttributes(
        { cleabs: 'B', hauteur: 6, altitude_maximale_toit: null, altitude_minimale_toit: 30 },
        undefined,
      );
      expect(none).toMatchObject({ roof_rise_m: null, roof_origin: 'inferred' });
      // Lowest above highest; a rise of 5 m on a 6 m building (> 0.8 × height); a −1000 sentinel altitude.
      expect(
        mapAttributes({ cleabs: 'B', altitude_minimale_toit: 40, altitude_maximale_toit: 39 }, undefined).roof_rise_m,
      ).toBeNull();
      expect(
        mapAttributes({ cleabs: 'B', hauteur: 6, altitude_minimale_toit: 30, altitude_maximale_toit: 35 }, undefined)
          .roof_rise_m,
      ).toBeNull();
      expect(mapAttributes({ ID: 'B', Z_MIN_TOIT: -1000, Z_MAX_TOIT: 35 }, undefined).roof_rise_m).toBeNull();
      expect(mapAttributes({ building: 'yes', 'roof:height': '-2' }, 'w').roof_rise_m).toBeNull();
      expect(mapAttributes({ building: 'yes', 'roof:height': '45' }, 'w').roof_rise_m).toBeNull();
      // A rise on a building without height is kept up to 30 m; a flat roof measured flat is a rise of 0.
      expect(
        mapAttributes({ cleabs: 'B', altitude_minimale_toit: 30, altitude_maximale_toit: 30 }, undefined).roof_rise_m,
      ).toBe(0);
    });
  });
});
