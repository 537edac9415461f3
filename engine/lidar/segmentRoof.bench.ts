import { bench, describe } from 'vitest';
import { segmentRoof } from './segmentRoof';
import { gableRoof, hipRoof, pointCloud } from './syntheticRoofs.testkit';

// `npx vitest bench engine/lidar --run`: buildings per second on a 10 m × 10 m house at 10 pts/m² (1,000 points).
const gable = gableRoof(10, 10);
const gablePoints = pointCloud(gable, 10, 0.05, 7);
const hip = hipRoof();
const hipPoints = pointCloud(hip, 10, 0.05, 7);

describe('segmentRoof', () => {
  bench('gable 100 m², 10 pts/m²', () => {
    segmentRoof(gablePoints, gable.footprint, { ground_m: 100 });
  });
  bench('hip 96 m², 10 pts/m²', () => {
    segmentRoof(hipPoints, hip.footprint, { ground_m: 100 });
  });
});
