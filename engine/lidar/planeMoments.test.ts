import { describe, expect, it } from 'vitest';
import { addToMoments, newMoments, planeDistance, planeFromMoments } from './planeMoments';
import { symmetricEigen3 } from './symmetricEigen3';

describe('symmetricEigen3', () => {
  it('diagonalises a matrix with known eigenpairs (by hand: eigenvalues 1, 2, 4 of R·diag·Rᵀ)', () => {
    // R rotates by 30° about z; A = R diag(4, 1, 2) Rᵀ.
    const c = Math.cos(Math.PI / 6);
    const s = Math.sin(Math.PI / 6);
    const a00 = 4 * c * c + 1 * s * s;
    const a01 = (4 - 1) * c * s;
    const a11 = 4 * s * s + 1 * c * c;
    const { values, vectors } = symmetricEigen3(a00, a01, 0, a11, 0, 2);
    expect(values[0]).toBeCloseTo(1, 12);
    expect(values[1]).toBeCloseTo(2, 12);
    expect(values[2]).toBeCloseTo(4, 12);
    // Eigenvector of 1 is R·ey = (−s, c, 0) up to sign.
    expect(Math.abs(vectors[0][0] * -s + vectors[0][1] * c)).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[1][2])).toBeCloseTo(1, 12);
  });

  it('keeps orthonormal vectors for a repeated eigenvalue', () => {
    const { values, vectors } = symmetricEigen3(1, 0, 0, 1, 0, 1);
    expect(values).toEqual([1, 1, 1]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const d = vectors[i]!.reduce((sum, v, k) => sum + v * vectors[j]![k]!, 0);
        expect(d).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });
});

describe('planeFromMoments on exact planes', () => {
  it('recovers z = 3 + 0.7·x − 0.2·y: normal ∝ (−0.7, 0.2, 1), RMS 0', () => {
    const m = newMoments();
    for (let i = 0; i < 7; i++)
      for (let j = 0; j < 5; j++) addToMoments(m, 0, i * 0.4, j * 0.3, 3 + 0.7 * i * 0.4 - 0.2 * j * 0.3);
    const p = planeFromMoments(m)!;
    const norm = Math.hypot(0.7, 0.2, 1);
    expect(p.nx).toBeCloseTo(-0.7 / norm, 10);
    expect(p.ny).toBeCloseTo(0.2 / norm, 10);
    expect(p.nz).toBeCloseTo(1 / norm, 10);
    expect(p.rms_m).toBeLessThan(1e-6);
    expect(planeDistance(p, 10, 10, 3 + 7 - 2 + 1)).toBeCloseTo(1 / norm, 9);
  });

  it('a horizontal plane gives the vertical normal; a steep one (60°) keeps nz > 0', () => {
    const flat = newMoments();
    const steep = newMoments();
    const t = Math.tan(Math.PI / 3);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        addToMoments(flat, 0, i, j, 5);
        addToMoments(steep, 0, i, j, -t * j);
      }
    }
    expect(planeFromMoments(flat)!.nz).toBeCloseTo(1, 12);
    const p = planeFromMoments(steep)!;
    expect((Math.acos(p.nz) * 180) / Math.PI).toBeCloseTo(60, 9);
    expect(p.ny).toBeGreaterThan(0);
  });

  it('refuses collinear points and fewer than three', () => {
    const m = newMoments();
    for (let i = 0; i < 5; i++) addToMoments(m, 0, i, 2 * i, 1);
    expect(planeFromMoments(m)).toBeNull();
    expect(planeFromMoments(newMoments())).toBeNull();
  });
});
