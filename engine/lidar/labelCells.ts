import type { CellGrid } from './cellGrid';

/**
 * Face of each raster cell for the outlines: among the faces of the cell's inliers, the one whose plane fits all the cell's points best (a
 * majority vote of 2–3 points ties half the time on a ridge or a hip, and a fixed tie-break biases the areas); cells of the footprint
 * with no inlier (empty cells, a chimney's cells, outliers) take the face of the nearest labelled cell (breadth-first
 * from all labelled cells at once); then every 4-connected piece of a face smaller than `minPieceCells` is given to
 * the face it borders most, so each face is one piece without raster speckle. −1 outside the footprint.
 */
export function labelCells(
  grid: CellGrid,
  pointFace: Int32Array,
  faceCount: number,
  inFootprint: Uint8Array,
  minPieceCells: number,
  /** Misfit of the cell's points to face f's plane (Σ clipped squared distances) [m²]: settles mixed cells. */
  misfit: (face: number, cell: number) => number,
): Int32Array {
  const { nx, ny, start, order } = grid;
  const cells = nx * ny;
  const label = new Int32Array(cells).fill(-1);
  const votes = new Int32Array(Math.max(1, faceCount));
  const queue = new Int32Array(cells);
  let tail = 0;
  for (let c = 0; c < cells; c++) {
    if (!inFootprint[c] || start[c] === start[c + 1]) continue;
    votes.fill(0);
    let best = -1;
    let bestMisfit = Infinity;
    for (let s = start[c]!; s < start[c + 1]!; s++) {
      const f = pointFace[order[s]!]!;
      if (f < 0 || votes[f]! > 0) continue;
      votes[f] = 1;
      const m = misfit(f, c);
      if (m < bestMisfit) [best, bestMisfit] = [f, m];
    }
    label[c] = best;
    if (best >= 0) queue[tail++] = c;
  }
  spread(label, inFootprint, queue, tail, nx, ny);
  removeSpeckle(label, nx, ny, minPieceCells, faceCount);
  return label;
}

const STEPS = [1, 0, -1, 0, 0, 1, 0, -1];

/** Breadth-first fill of the unlabelled footprint cells from the queued labelled ones. */
function spread(
  label: Int32Array,
  inFootprint: Uint8Array,
  queue: Int32Array,
  tail: number,
  nx: number,
  ny: number,
): void {
  let head = 0;
  while (head < tail) {
    const c = queue[head++]!;
    const i = c % nx;
    const j = (c - i) / nx;
    for (let q = 0; q < 8; q += 2) {
      const ii = i + STEPS[q]!;
      const jj = j + STEPS[q + 1]!;
      if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
      const d = ii + jj * nx;
      if (!inFootprint[d] || label[d]! >= 0) continue;
      label[d] = label[c]!;
      queue[tail++] = d;
    }
  }
}

/** Give 4-connected pieces smaller than `minCells` to the neighbouring face with the longest shared edge. */
function removeSpeckle(label: Int32Array, nx: number, ny: number, minCells: number, faceCount: number): void {
  const seen = new Uint8Array(label.length);
  const piece: number[] = [];
  const border = new Int32Array(Math.max(1, faceCount));
  for (let c0 = 0; c0 < label.length; c0++) {
    if (seen[c0] || label[c0]! < 0) continue;
    const f = label[c0]!;
    piece.length = 0;
    piece.push(c0);
    seen[c0] = 1;
    border.fill(0);
    for (let h = 0; h < piece.length; h++) {
      const c = piece[h]!;
      const i = c % nx;
      const j = (c - i) / nx;
      for (let q = 0; q < 8; q += 2) {
        const ii = i + STEPS[q]!;
        const jj = j + STEPS[q + 1]!;
        if (ii < 0 || jj < 0 || ii >= nx || jj >= ny) continue;
        const d = ii + jj * nx;
        const g = label[d]!;
        if (g === f && !seen[d]) {
          seen[d] = 1;
          piece.push(d);
        } else if (g >= 0 && g !== f) border[g] = border[g]! + 1;
      }
    }
    if (piece.length >= minCells) continue;
    let best = -1;
    for (let g = 0; g < faceCount; g++) if (border[g]! > 0 && (best < 0 || border[g]! > border[best]!)) best = g;
    if (best >= 0) for (const c of piece) label[c] = best;
  }
}
