/**
 * §9.8 of the 3CL-DPE 2021 method: a collective base with an individual backup (`enum_cfg_installation_ch_id` 10,
 * « chauffage collectif avec base + appoint »). The base, of effective power Pe = Pn × Re × Rd × Rr of its emitter
 * [kW], covers each month j the part of the need below the temperature it can hold:
 *   t = 14 − Pe × Σ DH14 / Bch                    [°C]   (Bch the installation's need [kWh], DH14 [°C·h])
 *   x_j = 0.5 × (t − Tbase) / (Text_j − Tbase)
 *   DHt_j = Nref_j × (Text_j − Tbase) × x_j⁵ × (14 − 28 x_j + 20 x_j² − 5 x_j³)   (≥ 0)
 *   Bch,base,j = Bch_j × (1 − DHt_j / DH14_j)      (0 when that is ≤ 0 or DH14_j = 0)
 * and the backup the rest, Bch − Σ Bch,base,j. Without a known Pn the base covers half of each month.
 * Returns the base's share of the installation's annual need [-].
 */
export interface BaseAppointInputs {
  /** Nominal power of the base generator (the dwelling's virtual share) [W]; null when unknown. */
  pn_base_w: number | null;
  /** Re × Rd × Rr of the base's emitter [-]. */
  rendement_emetteur: number;
  /** The installation's monthly need Bch_j [kWh] (12 values). */
  besoin_mensuel_kwh: readonly number[];
  /** Monthly DH14 [°C·h], Nref19 [h] and mean outdoor temperature [°C] of the dwelling's climate. */
  dh14: readonly number[];
  nref19_h: readonly number[];
  text_c: readonly number[];
  tbase_c: number;
}

export function baseShare(input: BaseAppointInputs): number {
  const { besoin_mensuel_kwh: b, dh14, nref19_h, text_c, tbase_c } = input;
  for (const [name, xs] of [
    ['besoin_mensuel_kwh', b],
    ['dh14', dh14],
    ['nref19_h', nref19_h],
    ['text_c', text_c],
  ] as const)
    if (xs.length !== 12) throw new RangeError(`${name} must have 12 monthly values`);
  const total = b.reduce((a, x) => a + x, 0);
  if (!(total > 0)) return 1;
  const pe_kw = input.pn_base_w && input.pn_base_w > 0 ? (input.pn_base_w / 1000) * input.rendement_emetteur : 0;
  if (pe_kw === 0) return 0.5;
  const t = 14 - (pe_kw * dh14.reduce((a, x) => a + x, 0)) / total;
  let base = 0;
  for (let j = 0; j < 12; j++) {
    const x = (0.5 * (t - tbase_c)) / (text_c[j]! - tbase_c);
    const dht = Math.max(0, nref19_h[j]! * (text_c[j]! - tbase_c) * x ** 5 * (14 - 28 * x + 20 * x ** 2 - 5 * x ** 3));
    const ratio = dh14[j]! > 0 ? 1 - dht / dh14[j]! : 0;
    if (ratio > 0) base += b[j]! * ratio;
  }
  return base / total;
}
