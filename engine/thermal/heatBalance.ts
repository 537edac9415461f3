import { adultEquivalents } from './adultEquivalents';
import { gainUtilisation } from './gainUtilisation';
import { THERMAL_MASS_WH_M2K } from './thermalMassCapacity';
import type { Dwelling, HeatBalance, MonthlyClimate } from './types';
import { validateDwelling } from './validateDwelling';
import { VENTILATION_RATES } from './ventilationAirChange';
import { verticalIrradiation } from './verticalIrradiation';

/** Conventions of the balance; every default is the 3CL-DPE 2021 or EN ISO 13790 one named beside it. */
export interface HeatBalanceOptions {
  /** Heating set-point [°C]; default 19 (3CL-DPE 2021 conventional indoor temperature). */
  setpoint_c?: number;
  /**
   * Continuous internal gains [W]; default the 3CL-DPE 2021 §6.1 value (3.18 + 0.34)·S + 90·(132/168)·N_adeq
   * (appliances, lighting, occupants present 132 h of 168).
   */
  internalGains_w?: number;
  /** Internal gains per m² of floor area [W/m²], instead of the above (TABULA uses 3 W/m²). */
  internalGains_w_m2?: number;
  /** a_H,0 [-]; default 1 (EN ISO 13790 Table 9, monthly method). TABULA's seasonal method uses 0.8. */
  a0?: number;
  /** τ_H,0 [h]; default 15 (EN ISO 13790 Table 9, monthly method). TABULA's seasonal method uses 30. */
  tau0_h?: number;
  /**
   * Thermal bridges when the dwelling gives none, as ΔU over the envelope area [W/(m²·K)]; default 0.10 — TABULA's
   * "typical" thermal-bridging surcharge for existing buildings (Loga et al., TABULA Calculation Method, 2013).
   */
  thermalBridgeDeltaU_w_m2k?: number;
  /** Factor on the heat transfer (TABULA F_red for partial heating); default 1. */
  lossReduction?: number;
  /** Correction for non-normal incidence F_w = g_gl / g⊥ [-]; default 0.9 (EN ISO 13790 §11.4.2). */
  incidenceFactor?: number;
}

const scratch = new Float64Array(12);

/**
 * Monthly quasi-steady-state space-heating need, EN ISO 13790:2008 §7 and §12 (the monthly method kept as EN ISO
 * 52016-1:2017 §6.3):
 * - H_tr = Σ b·U·A over walls, roof, floors and windows + H_TB [W/K];
 * - H_ve = ρc·(n_vent·(1 − η_rec) + n_inf)·V with ρc = 0.34 Wh/(m³·K), V default 2.5 m × floor area [W/K];
 * - Q_ht,m = lossReduction·(H_tr + H_ve)·(θ_set − θ_e,m)·t_m [Wh];
 * - Q_sol,m = Σ_windows F_sh,ob·F_w·g⊥·(1 − F_F)·A_w·I_vert(azimuth, m) (frame fraction default 0.3, EN ISO 13790
 *   §11.4.5); Q_int,m = Φ_int·t_m;
 * - τ = C_m/(H_tr + H_ve) with C_m from the inertia class (Table 12); a_H = a_H,0 + τ/τ_H,0;
 *   η from γ = Q_gn/Q_ht (gainUtilisation); Q_H,nd,m = max(0, Q_ht − η·Q_gn).
 * Opaque-element solar gains and sky radiation losses are left out (both small and of opposite sign for these
 * houses; TABULA omits them too). The climate is prepared once (monthlyClimate); cost ≈ a few µs per dwelling.
 *
 * @param dwelling envelope, ventilation and inertia (validated: RangeError naming the bad field)
 * @param climate monthly climate (monthlyClimate)
 * @param options set-point [°C], internal gains [W] or [W/m²], utilisation parameters, thermal bridges
 * @returns coefficients [W/K], τ [h], monthly losses, gains and need [kWh], yearly need [kWh] and [kWh/m²]
 */
export function heatBalance(
  dwelling: Dwelling,
  climate: MonthlyClimate,
  options: HeatBalanceOptions = {},
): HeatBalance {
  validateDwelling(dwelling);
  const setpoint_c = options.setpoint_c ?? 19;
  if (!Number.isFinite(setpoint_c) || setpoint_c < 10 || setpoint_c > 30) {
    throw new RangeError(`setpoint_c must be within [10, 30], got ${setpoint_c}`);
  }
  const area = dwelling.floor_area_m2;
  const volume = dwelling.volume_m3 ?? 2.5 * area;
  let hTr = 0;
  let envelope = 0;
  for (const list of [dwelling.walls, dwelling.roof, dwelling.floors, dwelling.windows]) {
    for (const e of list) {
      hTr += (e.b ?? 1) * e.u_w_m2k * e.area_m2;
      envelope += e.area_m2;
    }
  }
  const hTb = dwelling.thermal_bridges_w_k ?? (options.thermalBridgeDeltaU_w_m2k ?? 0.1) * envelope;
  hTr += hTb;
  const vent = VENTILATION_RATES[dwelling.ventilation];
  const hVe = 0.34 * (vent.ach * (1 - vent.recovery) + dwelling.infiltration_ach) * volume;
  const cM = THERMAL_MASS_WH_M2K[dwelling.thermal_mass] * area;
  const h = hTr + hVe;
  const tau = h > 0 ? cM / h : 1e6;
  const a = (options.a0 ?? 1) + tau / (options.tau0_h ?? 15);
  const internal_w =
    options.internalGains_w ??
    (options.internalGains_w_m2 !== undefined
      ? options.internalGains_w_m2 * area
      : (3.18 + 0.34) * area + 90 * (132 / 168) * (dwelling.occupants ?? adultEquivalents(area)));
  if (!Number.isFinite(internal_w) || internal_w < 0)
    throw new RangeError(`internal gains must be ≥ 0, got ${internal_w}`);
  const reduction = options.lossReduction ?? 1;
  const fw = options.incidenceFactor ?? 0.9;

  const losses_kwh = new Float64Array(12);
  const solarGains_kwh = new Float64Array(12);
  const internalGains_kwh = new Float64Array(12);
  const utilisation = new Float64Array(12);
  const need_kwh = new Float64Array(12);
  for (const w of dwelling.windows) {
    const irr = verticalIrradiation(climate, w.azimuth_deg, scratch);
    const base = fw * w.g_value * (1 - (w.frame_fraction ?? 0.3)) * w.area_m2;
    const s = w.shading_factor;
    for (let m = 0; m < 12; m++) {
      const shade = s === undefined ? 1 : typeof s === 'number' ? s : s[m]!;
      solarGains_kwh[m] = solarGains_kwh[m]! + base * shade * irr[m]!;
    }
  }
  let needYear = 0;
  for (let m = 0; m < 12; m++) {
    const t = climate.hours[m]!;
    const qHt = (reduction * h * (setpoint_c - climate.temperature_c[m]!) * t) / 1000;
    const qInt = (internal_w * t) / 1000;
    const qGn = qInt + solarGains_kwh[m]!;
    const eta = gainUtilisation(qGn, qHt, a);
    const need = Math.max(0, qHt - eta * qGn);
    losses_kwh[m] = qHt;
    internalGains_kwh[m] = qInt;
    utilisation[m] = eta;
    need_kwh[m] = need;
    needYear += need;
  }
  return {
    h_tr_w_k: hTr,
    h_ve_w_k: hVe,
    h_tb_w_k: hTb,
    c_m_wh_k: cM,
    tau_h: tau,
    a_h: a,
    setpoint_c,
    losses_kwh,
    solarGains_kwh,
    internalGains_kwh,
    utilisation,
    need_kwh,
    needYear_kwh: needYear,
    need_kwh_m2: needYear / area,
  };
}
