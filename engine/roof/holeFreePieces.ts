import type { LocalPoint } from '../geo/types';
import { ringBounds } from '../geo/ringBounds';
import { counterClockwise } from './counterClockwise';
import { intersectRings } from './intersectRings';

/**
 * Cuts a polygon with holes into pieces without holes, as a roof face must be one ring: each hole in turn is cut by
 * the north–south line through the middle of its east–west extent, which crosses the hole's ring and so opens it;
 * a cut never makes a new hole, so this ends after at most one cut per hole.
 *
 * @param rings open rings, exterior then holes [m]
 * @returns open counter-clockwise rings [m]
 */
export function holeFreePieces(rings: LocalPoint[][]): LocalPoint[][] {
  const [exterior, hole] = rings;
  if (!exterior || exterior.length < 3) return [];
  if (!hole) return [counterClockwise(exterior)];
  const [minX, , maxX] = ringBounds(hole);
  const [bx0, by0, bx1, by1] = ringBounds(exterior);
  const cut = (minX + maxX) / 2;
  const sides: LocalPoint[][] = [
    [
      [bx0 - 1, by0 - 1],
      [cut, by0 - 1],
      [cut, by1 + 1],
      [bx0 - 1, by1 + 1],
    ],
    [
      [cut, by0 - 1],
      [bx1 + 1, by0 - 1],
      [bx1 + 1, by1 + 1],
      [cut, by1 + 1],
    ],
  ];
  return sides.flatMap((side) => intersectRings(rings, [side]).flatMap((piece) => holeFreePieces(piece)));
}
