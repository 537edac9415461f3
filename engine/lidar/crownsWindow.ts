/**
 * Crown width expected for a tree of a given height, used as the diameter of the moving window that looks for tree
 * tops: Popescu & Wynne's regression for mixed pines and deciduous trees,
 *
 *   CW = 2.51503 + 0.00901·h²     (CW, h in metres)
 *
 * S. C. Popescu & R. H. Wynne (2004) "Seeing the trees in the forest: using lidar and multispectral data fusion with
 * local filtering and variable window size for estimating tree height", Photogrammetric Engineering & Remote
 * Sensing 70(5): 589–604, doi:10.14358/PERS.70.5.589 (the "combined" model; also FUSION CanopyMaxima's default).
 * Fitted on Virginia forest plots: an urban tree grown in the open is often wider — a known limit.
 *
 * @param height_m tree height above ground [m], ≥ 0
 * @returns crown width [m]
 * @example popescuWynneCrownWidth(12) // 3.81
 */
export function popescuWynneCrownWidth(height_m: number): number {
  if (!(Number.isFinite(height_m) && height_m >= 0)) {
    throw new RangeError(`height_m must be a finite number ≥ 0, got ${height_m}`);
  }
  return 2.51503 + 0.00901 * height_m * height_m;
}
