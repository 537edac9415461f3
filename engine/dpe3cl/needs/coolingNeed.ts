/**
 * The cooling need, 3CL-DPE 2021 §10 « besoin de froid », per month j with cooling hours Nref_j > 0:
 *   Rbth_j = (Ai_j + As_j) / (GV × (Text_j − Tint) × Nref_j)        gains over losses
 *   Rbth_j < 1/2  → Bfr_j = 0
 *   τ = Cin × Sh / (3600 × GV) [h],  a = 1 + τ / 15
 *   fut_j = (1 − Rbth_j^−a) / (1 − Rbth_j^(−a−1))   (a / (a + 1) when Rbth_j = 1)
 *   Bfr_j = (Ai_j + As_j) − fut_j × GV × (Tint − Text_j) × Nref_j   [Wh]
 * with Tint = 28 °C (26 °C « dépensier »), Text_j the mean outdoor temperature of the cooling hours (textmoy_clim_28/26)
 * [°C], Nref_j nref28/26 [h], gains from e_fr_28/26 (§6.1), Cin [J/(K·m²)] by inertia (§10), Sh [m²].
 */
export function coolingNeed_wh(
  gv_w_k: number,
  area_m2: number,
  cin_j_km2: number,
  setpoint_c: number,
  nref_h: readonly number[],
  text_c: readonly number[],
  internal_wh: readonly number[],
  solar_wh: readonly number[],
): number[] {
  if (!(gv_w_k > 0)) throw new RangeError(`gv_w_k must be > 0, got ${gv_w_k}`);
  const tau_h = (cin_j_km2 * area_m2) / (3600 * gv_w_k);
  const a = 1 + tau_h / 15;
  return nref_h.map((n, j) => {
    if (n === 0) return 0;
    const gains = internal_wh[j]! + solar_wh[j]!;
    const ratio = gains / (gv_w_k * (text_c[j]! - setpoint_c) * n);
    if (!(ratio >= 0.5)) return 0;
    const fut = ratio === 1 ? a / (a + 1) : (1 - ratio ** -a) / (1 - ratio ** (-a - 1));
    return gains - fut * gv_w_k * (setpoint_c - text_c[j]!) * n;
  });
}
