import type { Tables3cl } from '../tables';
import { nodeAt, text, type DpeNode } from '../tree';
import { climateClass, energyClass, worseClass, type DpeLetter } from './dpeClass';
import type { EnergyUse } from './ecsConsumption';
import {
  districtHeatCo2,
  emissionFactor,
  primaryEnergyFactor,
  type Use3cl,
  ELECTRICITY,
  DISTRICT_HEAT,
} from './energyFactors';
import { dpeSurface_m2, type OtherUses } from './otherUses';

/**
 * The 3CL-DPE 2021 balance (annexe 1 §15–16 and the arrêté « DPE » art. 8): the five uses (heating, hot water,
 * cooling, lighting, auxiliaries) in final energy, converted to primary energy (primaryEnergyFactor) and to emissions
 * (emissionFactor, district heat by network), summed, divided by the living area and rounded down to whole
 * kWhEP/m² and kgCO2e/m², then the energy, climate and DPE letters.
 */
export interface HeatingFinalEnergy {
  /** Heating final energy by carrier [kWh/yr] (district networks by id). */
  par_energie: EnergyUse[];
  /** Heating generation and distribution auxiliaries (electricity) [kWh/yr]. */
  conso_auxiliaire_generation_ch_kwh: number;
  conso_auxiliaire_distribution_ch_kwh: number;
}

export interface UseTotals {
  ch: number;
  ecs: number;
  fr: number;
  eclairage: number;
  auxiliaire: number;
  total: number;
}

export interface Balance3cl {
  /** Final energy [kWhEF/yr]. */
  ef_kwh: UseTotals;
  /** Primary energy [kWhEP/yr]. */
  ep_kwh: UseTotals;
  /** Emissions [kgCO2e/yr]. */
  ges_kg: UseTotals;
  surface_m2: number;
  /** Final energy per m², rounded down [kWhEF/m²/yr]. */
  ef_kwh_m2: number;
  /** ep_conso_5_usages_m2 [kWhEP/m²/yr], rounded down as published. */
  ep_kwh_m2: number;
  /** emission_ges_5_usages_m2 [kgCO2e/m²/yr], rounded down. */
  ges_kg_m2: number;
  classe_energie: DpeLetter;
  classe_climat: DpeLetter;
  /** classe_bilan_dpe: the worse of the energy and climate letters. */
  classe_dpe: DpeLetter;
}

export interface BalanceInput {
  logement: DpeNode;
  /** date_etablissement_dpe (ISO): chooses the electricity factor, the networks' list and the class limits. */
  dateDpe: string;
  heating: HeatingFinalEnergy;
  other: OtherUses;
}

const zero = (): UseTotals => ({ ch: 0, ecs: 0, fr: 0, eclairage: 0, auxiliaire: 0, total: 0 });

export function balance(tables: Tables3cl, input: BalanceInput): Balance3cl {
  const { logement, dateDpe, heating, other } = input;
  if (!/^\d{4}-\d{2}-\d{2}/.test(dateDpe))
    throw new RangeError(`date_etablissement_dpe must be an ISO date, got ${dateDpe}`);
  const sh = dpeSurface_m2(logement);
  const meteo = nodeAt(logement, 'meteo');
  const zoneId = text(meteo, 'enum_zone_climatique_id');
  const altitudeId = text(meteo, 'enum_classe_altitude_id');
  if (!zoneId || !altitudeId)
    throw new RangeError('meteo/enum_zone_climatique_id and enum_classe_altitude_id are required');
  const ef = zero();
  const ep = zero();
  const ges = zero();
  const add = (use: Use3cl, key: Exclude<keyof UseTotals, 'total'>, e: EnergyUse): void => {
    if (!(e.conso_kwh >= 0)) throw new RangeError(`conso_kwh of ${key} must be ≥ 0, got ${e.conso_kwh}`);
    const co2 =
      e.enum_type_energie_id === DISTRICT_HEAT
        ? districtHeatCo2(tables, e.identifiant_reseau_chaleur ?? null, e.date_arrete_reseau_chaleur ?? dateDpe)
        : undefined;
    ef[key] += e.conso_kwh;
    ep[key] += e.conso_kwh * primaryEnergyFactor(e.enum_type_energie_id, dateDpe);
    ges[key] += e.conso_kwh * emissionFactor(e.enum_type_energie_id, use, co2);
  };
  const elec = (conso_kwh: number): EnergyUse => ({ enum_type_energie_id: ELECTRICITY, conso_kwh });
  for (const e of heating.par_energie) add('ch', 'ch', e);
  for (const e of other.ecs.par_energie) add('ecs', 'ecs', e);
  for (const e of other.fr) add('fr', 'fr', e);
  add('eclairage', 'eclairage', elec(other.conso_eclairage_kwh));
  add(
    'aux',
    'auxiliaire',
    elec(heating.conso_auxiliaire_generation_ch_kwh + heating.conso_auxiliaire_distribution_ch_kwh),
  );
  add('aux', 'auxiliaire', elec(other.conso_auxiliaire_ventilation_kwh + other.conso_auxiliaire_generation_ecs_kwh));
  for (const t of [ef, ep, ges]) t.total = t.ch + t.ecs + t.fr + t.eclairage + t.auxiliaire;
  const ep_m2 = Math.floor(ep.total / sh);
  const ges_m2 = Math.floor(ges.total / sh);
  const ctx = { zoneId, altitudeId, surface_m2: sh, dateDpe };
  const ce = energyClass(tables, ep_m2, ctx);
  const cc = climateClass(tables, ges_m2, ctx);
  return {
    ef_kwh: ef,
    ep_kwh: ep,
    ges_kg: ges,
    surface_m2: sh,
    ef_kwh_m2: Math.floor(ef.total / sh),
    ep_kwh_m2: ep_m2,
    ges_kg_m2: ges_m2,
    classe_energie: ce,
    classe_climat: cc,
    classe_dpe: worseClass(ce, cc),
  };
}
