import { describe, expect, it } from 'vitest';
import type { BuildingLidar } from '../../../contracts';
import { roofSourceText } from './roofSource';

const lidar: BuildingLidar = {
  status: 'faces',
  faces: [
    { tilt_deg: 38, azimuth_deg: 172, area_m2: 41, rms_m: 0.04, point_count: 880 },
    { tilt_deg: 38, azimuth_deg: 352, area_m2: 41, rms_m: 0.05, point_count: 861 },
  ],
  point_count: 1741,
  density_pts_m2: 21.4,
  rms_m: 0.045,
  ground_m: 31,
  reason: null,
  superstructures: 1,
  file: 'LHD.copc.laz',
  acquired_on: '2022-03-14',
};

describe('roofSourceText', () => {
  it('names the LiDAR file, its date, the faces and the mean deviation, in French and English', () => {
    const b = { roof_source: 'lidar' as const, lidar };
    expect(roofSourceText('fr', b)).toBe(
      'Toit : mesuré par LiDAR (IGN LiDAR HD, 14 mars 2022, 2 pans, écart moyen 0,05 m)',
    );
    expect(roofSourceText('en', b)).toBe(
      'Roof: measured by LiDAR (IGN LiDAR HD, 14 March 2022, 2 faces, mean deviation 0.05 m)',
    );
  });

  it('leaves out what the file does not tell; one face is singular', () => {
    const one = { ...lidar, faces: lidar.faces.slice(0, 1), acquired_on: null, rms_m: null };
    expect(roofSourceText('fr', { roof_source: 'lidar', lidar: one })).toBe(
      'Toit : mesuré par LiDAR (IGN LiDAR HD, 1 pan)',
    );
  });

  it('names a 3D model or the attributes otherwise, a sparse LiDAR measure included', () => {
    expect(roofSourceText('fr', { roof_source: 'cityjson', lidar: null })).toBe('Toit : modèle 3D (CityJSON)');
    const sparse = { ...lidar, status: 'sparse' as const, faces: [] };
    expect(roofSourceText('fr', { roof_source: 'attributes', lidar: sparse })).toBe(
      'Toit : estimé d’après les attributs',
    );
    expect(roofSourceText('en', { roof_source: 'attributes', lidar: null })).toBe(
      'Roof: estimated from the attributes',
    );
    expect(roofSourceText('fr', { roof_source: 'attributes', lidar: null, roof_origin: 'altitudes' })).toBe(
      'Toit : pente d’après les altitudes du toit (BD TOPO)',
    );
  });
});
