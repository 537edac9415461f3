/** Eigen-decomposition of a symmetric 3 × 3 matrix: eigenvalues ascending, unit eigenvectors in the same order. */
export interface Eigen3 {
  values: [number, number, number];
  /** vectors[k] is the unit eigenvector of values[k]. */
  vectors: [[number, number, number], [number, number, number], [number, number, number]];
}

/**
 * Eigenvalues and eigenvectors of a symmetric 3 × 3 matrix by the cyclic Jacobi method (C. G. J. Jacobi, 1846; as in
 * W. H. Press et al., Numerical Recipes, 3rd ed., 2007, §11.1): rotations zero the off-diagonal terms one by one
 * until they fall below 1e-15 of the matrix norm, which takes 4–6 sweeps. Written here rather than taken from a
 * library because the roof segmentation solves thousands of these per building: a 3 × 3 Jacobi is forty lines,
 * allocation-free in its loop, and exact enough (orthogonal eigenvectors even for repeated eigenvalues), where
 * general dense libraries (ml-matrix, mathjs) are not in the project and allocate matrices per call.
 *
 * @param a00 … a22 the upper triangle of the matrix (any unit; a covariance in m² here)
 * @example symmetricEigen3(2, 0, 0, 3, 0, 1).values // [1, 2, 3]
 */
export function symmetricEigen3(a00: number, a01: number, a02: number, a11: number, a12: number, a22: number): Eigen3 {
  const a = [
    [a00, a01, a02],
    [a01, a11, a12],
    [a02, a12, a22],
  ];
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const scale = Math.abs(a00) + Math.abs(a11) + Math.abs(a22) + Math.abs(a01) + Math.abs(a02) + Math.abs(a12);
  for (let sweep = 0; sweep < 50 && scale > 0; sweep++) {
    const off = Math.abs(a[0]![1]!) + Math.abs(a[0]![2]!) + Math.abs(a[1]![2]!);
    if (off <= 1e-15 * scale) break;
    for (let p = 0; p < 2; p++) {
      for (let q = p + 1; q < 3; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 3; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < 3; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < 3; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => a[i]![i]! - a[j]![j]!);
  const column = (j: number): [number, number, number] => [v[0]![j]!, v[1]![j]!, v[2]![j]!];
  return {
    values: [a[order[0]!]![order[0]!]!, a[order[1]!]![order[1]!]!, a[order[2]!]![order[2]!]!],
    vectors: [column(order[0]!), column(order[1]!), column(order[2]!)],
  };
}
