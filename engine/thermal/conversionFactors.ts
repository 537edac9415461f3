import type { Carrier, EndUse } from './types';

/** First day (UTC) of the 1.9 electricity primary-energy factor. */
export const ELECTRICITY_FACTOR_SWITCH_UTC_MS = Date.UTC(2026, 0, 1);

/**
 * Primary-energy conversion factor of electricity [kWhEP/kWhEF]: 2.3 (arrêté du 31 mars 2021 relatif au DPE) before
 * 1 January 2026, 1.9 from that date (arrêté du 13 août 2025 modifiant le coefficient de conversion de
 * l'électricité, JORF — Légifrance JORFTEXT000052134589; Open3CL `conso.js` coef_ep "Coeff 1.9 au 01/01/2026").
 * Every other carrier: 1 (arrêté du 31 mars 2021).
 */
export const ELECTRICITY_EP_FACTOR_BEFORE_2026 = 2.3;
export const ELECTRICITY_EP_FACTOR_FROM_2026 = 1.9;

/**
 * Greenhouse-gas emission factors of the 3CL-DPE 2021 [kgCO2e/kWhEF] (arrêté du 31 mars 2021, annexe 3 / valeurs
 * GES du 13 avril 2021, as tabulated in Open3CL `conso.js` coef_ges): gas 0.227, heating oil 0.324, coal 0.385,
 * LPG/propane 0.272, logs and pellets 0.030; electricity by use: heating 0.079, hot water 0.065, lighting 0.069,
 * auxiliaries 0.064. District heat: 0.385, the default "autres réseaux de chaleur" when the network is not
 * identified (each network has its own value in the yearly arrêté on heat networks).
 */
export const GHG_KG_PER_KWH: Readonly<Record<Exclude<Carrier, 'electricity'>, number>> = {
  gas: 0.227,
  oil: 0.324,
  coal: 0.385,
  lpg: 0.272,
  wood: 0.03,
  district_heat: 0.385,
};

/** Electricity GHG factor by end use [kgCO2e/kWhEF] (3CL-DPE 2021, see above). */
export const ELECTRICITY_GHG_KG_PER_KWH: Readonly<Record<EndUse, number>> = {
  heating: 0.079,
  hot_water: 0.065,
  lighting: 0.069,
  auxiliaries: 0.064,
};
