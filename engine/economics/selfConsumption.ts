/** Yearly and monthly balance of PV production against household consumption. */
export interface SelfConsumptionResult {
  /** Σ min(production, load) [kWh/yr] */
  self_consumed_kwh: number;
  /** Σ max(0, production − load): surplus sold to EDF OA [kWh/yr] */
  exported_kwh: number;
  /** Σ max(0, load − production): bought from the grid [kWh/yr] */
  imported_kwh: number;
  /** Σ production [kWh/yr] */
  production_kwh: number;
  /** Σ load [kWh/yr] */
  consumption_kwh: number;
  /** self_consumed / production × 100 [%] (0 when production is 0) */
  self_consumption_pct: number;
  /** self_consumed / consumption × 100 [%] (0 when consumption is 0) */
  self_sufficiency_pct: number;
  /** Per calendar month, January first [kWh] */
  monthly: { production_kwh: number[]; consumption_kwh: number[]; self_consumed_kwh: number[] };
}

/**
 * Hour-by-hour self-consumption without storage: self_i = min(P_i, L_i), export_i = P_i − self_i,
 * import_i = L_i − self_i, so self_i ≤ min(P_i, L_i) every hour and P = self + export, L = self + import.
 * Hourly netting is what a Linky meter and EDF OA settle on (they count injection as it happens).
 * @param production_kwh AC production per hour [kWh], ≥ 0
 * @param load_kwh consumption per hour [kWh], ≥ 0, same length
 * @param month calendar month of each hour (0 = January … 11 = December), same length
 * @throws RangeError naming the argument and hour at fault
 */
export function selfConsumption(
  production_kwh: ArrayLike<number>,
  load_kwh: ArrayLike<number>,
  month: Uint8Array,
): SelfConsumptionResult {
  const n = production_kwh?.length ?? 0;
  if (load_kwh?.length !== n)
    throw new RangeError(`load_kwh must have the length of production_kwh (${n}), got ${load_kwh?.length}`);
  if (month?.length !== n)
    throw new RangeError(`month must have the length of production_kwh (${n}), got ${month?.length}`);
  const prodM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const loadM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const selfM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const p = production_kwh[i]!;
    const l = load_kwh[i]!;
    const m = month[i]!;
    if (!(p >= 0 && p < Infinity)) throw new RangeError(`production_kwh[${i}] must be a finite number ≥ 0, got ${p}`);
    if (!(l >= 0 && l < Infinity)) throw new RangeError(`load_kwh[${i}] must be a finite number ≥ 0, got ${l}`);
    if (m > 11) throw new RangeError(`month[${i}] must be within [0, 11], got ${m}`);
    prodM[m] = prodM[m]! + p;
    loadM[m] = loadM[m]! + l;
    selfM[m] = selfM[m]! + (p < l ? p : l);
  }
  return balanceOfMonths(prodM, loadM, selfM);
}

/**
 * The yearly balance from its monthly sums (production, load, self-consumed per calendar month [kWh]): the months
 * are summed in order, January first.
 */
export function balanceOfMonths(prodM: number[], loadM: number[], selfM: number[]): SelfConsumptionResult {
  let production = 0;
  let consumption = 0;
  let self = 0;
  for (let m = 0; m < 12; m++) {
    production += prodM[m]!;
    consumption += loadM[m]!;
    self += selfM[m]!;
  }
  return {
    self_consumed_kwh: self,
    exported_kwh: production - self,
    imported_kwh: consumption - self,
    production_kwh: production,
    consumption_kwh: consumption,
    self_consumption_pct: production > 0 ? (100 * self) / production : 0,
    self_sufficiency_pct: consumption > 0 ? (100 * self) / consumption : 0,
    monthly: { production_kwh: prodM, consumption_kwh: loadM, self_consumed_kwh: selfM },
  };
}
