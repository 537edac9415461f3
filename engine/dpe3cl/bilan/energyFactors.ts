import { matchRows, tableRows, type Tables3cl } from '../tables';

/**
 * Conversion factors of the 3CL-DPE 2021 balance (arrêté du 31 mars 2021, annexe 1 §15–16 and the tables of the
 * arrêté « DPE » on primary-energy and CO2 factors): primary energy by carrier, kgCO2e/kWh by carrier and use, and the
 * district-heating content of each network (arrêté listing the networks, reseau_chaleur_<year>).
 */

/** The five uses of the balance. `aux` = ventilation and generation/distribution auxiliaries. */
export type Use3cl = 'ch' | 'ecs' | 'fr' | 'eclairage' | 'aux';

/** Enumeration `type_energie` ids. */
export const ELECTRICITY = '1';
export const DISTRICT_HEAT = '8';
export const ELECTRICITY_RENEWABLE = '12';
export const DISTRICT_COLD = '15';

/** Date from which electricity counts 1.9 kWhEP/kWhEF instead of 2.3 (arrêté du 13 août 2025, in force 1 Jan 2026). */
export const ELECTRICITY_EP_1_9_FROM = '2026-01-01';

function checkDate(date: string, name: string): void {
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) throw new RangeError(`${name} must be an ISO date YYYY-MM-DD, got ${date}`);
}

/**
 * Primary-energy factor [kWhEP/kWhEF]: grid electricity 2.3 for a DPE established before 1 Jan 2026 and 1.9 from then;
 * every other carrier 1 (wood, gas, fuel, district heat; self-produced renewable electricity counts 1 too).
 */
export function primaryEnergyFactor(energyId: string, dateDpe: string): number {
  checkDate(dateDpe, 'date_etablissement_dpe');
  if (energyId !== ELECTRICITY) return 1;
  return dateDpe.slice(0, 10) >= ELECTRICITY_EP_1_9_FROM ? 1.9 : 2.3;
}

/** kgCO2e per kWh of final energy by carrier (arrêté du 31 mars 2021, annexe 3 table of emission factors). */
const CO2_BY_CARRIER: Readonly<Record<string, number>> = {
  '2': 0.227, // gaz naturel
  '3': 0.324, // fioul domestique
  '4': 0.03, // bois – bûches
  '5': 0.03, // bois – granulés
  '6': 0.024, // bois – plaquettes forestières
  '7': 0.024, // bois – plaquettes d'industrie
  '9': 0.272, // propane
  '10': 0.272, // butane
  '11': 0.385, // charbon
  '12': 0, // électricité d'origine renouvelable utilisée dans le bâtiment
  '13': 0.272, // GPL
  '14': 0.324, // autre combustible fossile: as fioul
};

/** Grid electricity kgCO2e/kWh by use (same annex: heating 0.079, hot water 0.065, cooling 0.064, lighting 0.069, other 0.064). */
const CO2_ELECTRICITY_BY_USE: Readonly<Record<Use3cl, number>> = {
  ch: 0.079,
  ecs: 0.065,
  fr: 0.064,
  eclairage: 0.069,
  aux: 0.064,
};

/** "Autres réseaux de chaleur" (unlisted or unknown network) [kgCO2e/kWh]. */
export const DISTRICT_HEAT_DEFAULT_CO2 = 0.385;

/**
 * The table of networks that applies to a DPE: the arrêté published the year before the DPE (networks of year N−1);
 * DPE up to 2024 use the 2022 list (the arrêté of 2022 stayed in force until the 2024 list).
 */
export function districtHeatTableYear(dateDpe: string): number {
  checkDate(dateDpe, 'date_etablissement_dpe');
  const year = Number(dateDpe.slice(0, 4)) - 1;
  return year < 2024 ? 2022 : Math.min(year, 2024);
}

/** The life-cycle CO2 content [kgCO2e/kWh] of district-heating network `networkId` (e.g. `7501C`) in force at `dateDpe`. */
export function districtHeatCo2(tables: Tables3cl, networkId: string | null, dateDpe: string): number {
  if (!networkId) return DISTRICT_HEAT_DEFAULT_CO2;
  const name = `reseau_chaleur_${districtHeatTableYear(dateDpe)}`;
  const row = matchRows(tables, name, { identifiant_reseau: networkId })[0];
  if (row?.contenu_co2_acv) return Number(row.contenu_co2_acv.replace(',', '.'));
  // A network missing from the year's list: the last list that has it, else the default.
  for (const y of [2024, 2023, 2022, 2021]) {
    const r = tableRows(tables, `reseau_chaleur_${y}`).find((x) => x.identifiant_reseau === networkId);
    if (r?.contenu_co2_acv) return Number(r.contenu_co2_acv.replace(',', '.'));
  }
  return DISTRICT_HEAT_DEFAULT_CO2;
}

/**
 * Emission factor [kgCO2e/kWhEF] of `energyId` for `use`. District heating needs its network's content
 * (`districtCo2`, from districtHeatCo2); district cooling is counted as the default network too.
 */
export function emissionFactor(energyId: string, use: Use3cl, districtCo2 = DISTRICT_HEAT_DEFAULT_CO2): number {
  if (energyId === ELECTRICITY) return CO2_ELECTRICITY_BY_USE[use];
  if (energyId === DISTRICT_HEAT || energyId === DISTRICT_COLD) return districtCo2;
  const f = CO2_BY_CARRIER[energyId];
  if (f === undefined) throw new RangeError(`enum_type_energie_id must be a 3CL energy id (1–15), got ${energyId}`);
  return f;
}
