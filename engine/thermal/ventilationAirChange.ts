import type { Ventilation } from './types';

/** Air change by the ventilation system and the share of its heat recovered. */
export interface VentilationRate {
  /** Air change by the ventilation system [1/h] (infiltration comes on top, Dwelling.infiltration_ach). */
  ach: number;
  /** Heat-recovery efficiency of the exhaust air [-] (double flow only). */
  recovery: number;
}

/**
 * Ventilation air change by system. Sources and assumptions:
 * - natural, vmc_simple: 0.4 1/h, the conventional "air change by use" of TABULA (Loga & Diefenbach, TABULA
 *   Calculation Method, IWU 2013: n_air,use = 0.4 1/h for every dwelling), kept for ventilation by windows, ducts or
 *   a self-regulating exhaust fan alike;
 * - vmc_hygro_b: 0.3 1/h — assumption: humidity-controlled exhaust modulates the flow down by about a quarter
 *   on average (3CL-DPE 2021 tabulates a lower conventional flow for hygro B; the table was not at hand);
 * - double_flow: 0.4 1/h with 70 % recovery — assumption: a typical seasonal efficiency of a residential
 *   counter-flow exchanger (declared values 75–90 % minus frost and bypass).
 */
export const VENTILATION_RATES: Readonly<Record<Ventilation, VentilationRate>> = {
  natural: { ach: 0.4, recovery: 0 },
  vmc_simple: { ach: 0.4, recovery: 0 },
  vmc_hygro_b: { ach: 0.3, recovery: 0 },
  double_flow: { ach: 0.4, recovery: 0.7 },
};
