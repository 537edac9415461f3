/**
 * §9.1.1 of the 3CL-DPE 2021 method: the generation losses recovered as heat in month j by a generator inside the
 * heated volume (only generators with standby losses QP0; none for air heaters or generators outside the heated
 * volume):
 *
 *   Qrec_gen,j = 0.48 × Cper × QP0 × Dper,j   [Wh]
 *
 * with Cper = 0.75 for a balanced-flue (« ventouse ») generator, 0.5 otherwise, and the operating hours
 * Dper,j = min(Nref,j ; 1.3 × Bch,hp,j / (0.3 × Pn)) for heating, Nref,j × 1790 / 8760 for hot water, the sum (capped
 * at Nref,j) for a combined generator. Bch,hp,j [Wh] is the month's need before recovered losses.
 *
 * The method chains it into the need, not into the consumption: Bch,j = Bch,hp,j − Qrec,ecs,j − Qrec,gen,j, so the
 * record's `besoin_ch` already has `pertes_generateur_ch_recup` taken off and heatingConsumption takes the net need.
 */
export interface RecoveryInputs {
  qp0_w: number;
  pn_w: number;
  presence_ventouse: boolean;
  /** 1 heating, 2 hot water, 3 both (`enum_usage_generateur_id`). */
  enum_usage_generateur_id: number;
  inHeatedVolume: boolean;
  isAirHeater: boolean;
}

/** Qrec_gen,j [Wh] for one month with `nref_h` heating hours and a need before recovery `besoinHp_wh`. */
export function recoveredGeneratorLosses(g: RecoveryInputs, nref_h: number, besoinHp_wh: number): number {
  if (!g.inHeatedVolume || g.isAirHeater || !(g.qp0_w > 0)) return 0;
  const cper = g.presence_ventouse ? 0.75 : 0.5;
  const heating = g.pn_w > 0 ? (1.3 * besoinHp_wh) / (0.3 * g.pn_w) : 0;
  const dhw = (nref_h * 1790) / 8760;
  const dper_h =
    g.enum_usage_generateur_id === 1
      ? Math.min(nref_h, heating)
      : g.enum_usage_generateur_id === 2
        ? dhw
        : Math.min(nref_h, heating + dhw);
  return 0.48 * cper * g.qp0_w * dper_h;
}
