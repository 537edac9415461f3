import { describe, expect, it } from 'vitest';
import { createLocalFrame } from '../../../engine/geo/localFrame';
import { parseObstacles } from './parseObstacles';

const frame = createLocalFrame(2.83, 50.43);
const square = [
  [2.8, 50.45],
  [2.81, 50.45],
  [2.81, 50.46],
  [2.8, 50.46],
  [2.8, 50.45],
];

describe('parseObstacles', () => {
  it('reads shape and top ratio, forcing 0 for a cone and defaulting by shape', () => {
    const obstacles = parseObstacles(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 1,
            properties: { name: '11/19 Est', height_m: 146, shape: 'cone', top_ratio: 0.4 },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
          {
            type: 'Feature',
            id: 2,
            properties: { name: 'Pinchonvalles', height_m: 40, shape: 'plateau' },
            geometry: { type: 'Polygon', coordinates: [square] },
          },
          { type: 'Feature', id: 3, properties: { height_m: 0 }, geometry: { type: 'Polygon', coordinates: [square] } },
        ],
      },
      frame,
    );
    expect(obstacles.map((o) => [o.id, o.shape, o.topRatio, o.height_m])).toEqual([
      [1, 'cone', 0, 146],
      [2, 'plateau', 0.8, 40],
    ]);
  });
});
