/**
 * Perez 1990 model coefficients, set "allsitescomposite1990" (all sites, composite fit): one row per sky-clearness
 * bin ε, columns f11 f12 f13 f21 f22 f23, so that F1 = f11 + f12·Δ + f13·z and F2 = f21 + f22·Δ + f23·z (z in
 * radians). Perez, R., Ineichen, P., Seals, R., Michalsky, J. & Stewart, R. (1990) "Modeling daylight availability
 * and irradiance components from direct and global irradiance", Solar Energy 44(5): 271-289,
 * doi:10.1016/0038-092X(90)90055-H, irradiance coefficient table; the same numbers as pvlib
 * `irradiance._get_perez_coefficients('allsitescomposite1990')`.
 */
export const PEREZ_ALLSITES_COMPOSITE_1990: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.008, 0.588, -0.062, -0.06, 0.072, -0.022],
  [0.13, 0.683, -0.151, -0.019, 0.066, -0.029],
  [0.33, 0.487, -0.221, 0.055, -0.064, -0.026],
  [0.568, 0.187, -0.295, 0.109, -0.152, -0.014],
  [0.873, -0.392, -0.362, 0.226, -0.462, 0.001],
  [1.132, -1.237, -0.412, 0.288, -0.823, 0.056],
  [1.06, -1.6, -0.359, 0.264, -1.127, 0.131],
  [0.678, -0.327, -0.25, 0.156, -1.377, 0.251],
];

/**
 * Lower bounds of the eight sky-clearness bins of Perez et al. (1990): overcast [1, 1.065) … clear [6.2, ∞).
 * As pvlib (`np.digitize`), ε below 1.065 falls in the first bin and ε above 6.2 (or infinite when DHI = 0) in the last.
 */
export const PEREZ_EPSILON_BIN_EDGES: readonly number[] = [1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2];

/** Index [0-7] of the sky-clearness bin of ε. */
export function perezEpsilonBin(epsilon: number): number {
  let bin = 0;
  while (bin < PEREZ_EPSILON_BIN_EDGES.length && epsilon >= PEREZ_EPSILON_BIN_EDGES[bin]!) bin++;
  return bin;
}
