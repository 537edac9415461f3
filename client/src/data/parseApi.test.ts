import { describe, expect, it } from 'vitest';
import { parseApiError, parseBuildingDetail, parseExtent, parseSearchResults } from './parseApi';

describe('parseExtent', () => {
  it('reads bbox, centre and counts', () => {
    expect(parseExtent({ bbox: [2.7, 50.4, 2.9, 50.5], center: [2.8, 50.45], buildings: 9000, obstacles: 7 })).toEqual({
      bbox: [2.7, 50.4, 2.9, 50.5],
      center: [2.8, 50.45],
      buildings: 9000,
      obstacles: 7,
    });
  });

  it('computes the centre when missing and refuses a bad bbox', () => {
    expect(parseExtent({ bbox: [2, 50, 3, 51] }).center).toEqual([2.5, 50.5]);
    expect(() => parseExtent({ bbox: [2, 50, 3] })).toThrow(/extent.bbox/);
    expect(() => parseExtent({ bbox: [3, 50, 2, 51] })).toThrow(RangeError);
  });
});

describe('parseBuildingDetail', () => {
  it('maps the contract properties', () => {
    const detail = parseBuildingDetail({
      type: 'Feature',
      id: 7,
      geometry: null,
      properties: {
        id: 7,
        address: '3 rue des Fleurs, 62300 Lens',
        address_synthetic: true,
        commune: 'Lens',
        cite_name: 'Cité 12',
        typology: 'cite_jardin',
        year_built: 1923,
        height_m: 8.2,
        levels: 2,
        roof_shape: 'gable',
        roof_pitch_deg: 40,
        owner_name: 'Maisons et Cités',
        unesco: true,
        dwellings: 2,
      },
    });
    expect(detail).toMatchObject({
      id: 7,
      addressSynthetic: true,
      commune: 'Lens',
      citeName: 'Cité 12',
      yearBuilt: 1923,
      unesco: true,
      dwellings: 2,
    });
  });

  it('refuses a body without a Feature', () => {
    expect(() => parseBuildingDetail({ error: { code: 'not_found', message: 'x' } })).toThrow(TypeError);
  });
});

describe('parseSearchResults', () => {
  it('keeps results with an id and a centre, labelling them', () => {
    const results = parseSearchResults({
      results: [
        { id: 1, label: '1 rue A', address: '1 rue A', commune: 'Lens', center: [2.83, 50.43] },
        { id: 2, name: 'Église Saint-Louis', center: [2.8, 50.4] },
        { id: 3, label: 'no centre' },
      ],
    });
    expect(results.map((r) => [r.id, r.label])).toEqual([
      [1, '1 rue A'],
      [2, 'Église Saint-Louis'],
    ]);
  });
});

describe('parseApiError', () => {
  it('reads {error: {code, message}}', () => {
    expect(parseApiError({ error: { code: 'not_found', message: 'building 9 not found' } })).toEqual({
      code: 'not_found',
      message: 'building 9 not found',
    });
    expect(parseApiError({})).toBeNull();
  });
});
