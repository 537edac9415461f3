import { items, type DpeNode } from '../tree';
import type { Tables3cl } from '../tables';
import { climateSite, monthlyClimate, type OldMaterialsRule } from './climate';
import { coolingNeed_wh } from './coolingNeed';
import { internalGains_wh, solarGains_wh } from './freeGains';
import { heatingNeedMonths } from './heatingNeed';
import { hotWaterNeed_wh, V40_L_PER_DAY } from './hotWaterNeed';
import {
  recoverableHotWaterLosses,
  recoveredMonthly_wh,
  type RecoverableHotWaterLosses,
} from './hotWaterRecoveredLosses';
import { gainUtilisationExponent, inertiaClass, internalHeatCapacity_j_km2, type InertiaClassId } from './inertia';
import { nadeq as nadeqOf, needsArea_m2 } from './nadeq';
import { southEquivalentArea_m2, type GlazingInputs } from './southEquivalentArea';

/**
 * The needs of a dwelling by the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1): free gains (§6.1), south-
 * equivalent area (§6.2, §6.3), inertia (§7), heating need (§9, with the recovered losses of §9.1.1), cooling need
 * (§10), hot-water need (§11), each in the conventional and the « dépensier » (spendthrift: 21 °C heating, 26 °C
 * cooling, 79 L/day) scenario.
 */

/** What the needs take from the envelope part. */
export interface EnvelopeInputs extends GlazingInputs {
  /** GV, the envelope's loss coefficient (walls, floors, roofs, windows, doors, thermal bridges, air) [W/K]: sortie/deperdition/deperdition_enveloppe. */
  gv_w_k: number;
}

export interface NeedsOptions {
  /** The inertia class as entered (default, `enum_classe_inertie_id`) or from the three heavy-element flags (§7). */
  inertia?: 'entered' | 'flags';
  /** When the old-materials variant of the heating tables applies (default `heavy-inertia`, see climate.ts). */
  old_materials?: OldMaterialsRule;
  /**
   * The heating generators' losses recovered in month j [Wh] (§9.1.1, computed by the heating part from
   * `monthly.heating_before_recovery_wh`), conventional and « dépensier ». Default none.
   */
  generator_recovered_wh?: readonly number[];
  generator_recovered_depensier_wh?: readonly number[];
  /** Replaces the annual recoverable hot-water losses computed from installation_ecs_collection [Wh/yr]. */
  hot_water_losses?: Partial<RecoverableHotWaterLosses>;
  /**
   * Replaces the annual hot-water losses recovered for heating [Wh/yr] (what sortie/apport_et_besoin calls
   * pertes_distribution_ecs_recup, pertes_stockage_ecs_recup), spread over the months as Nref_j / Σ Nref.
   */
  hot_water_recovered_wh?: {
    distribution?: number;
    distribution_depensier?: number;
    storage?: number;
    storage_depensier?: number;
  };
  /** Whether the dwelling is cooled (§10); default: climatisation_collection has an item. */
  cooled?: boolean;
}

export interface NeedsMonthly {
  sse_m2: number[];
  internal_ch_wh: number[];
  solar_ch_wh: number[];
  fraction_ch: number[];
  fraction_ch_depensier: number[];
  /** Bch_j before any recovered loss [Wh], conventional and « dépensier ». */
  heating_before_recovery_wh: number[];
  heating_before_recovery_depensier_wh: number[];
  /** Bch_j after the recovered losses, ≥ 0 [Wh]. */
  heating_wh: number[];
  heating_depensier_wh: number[];
  hot_water_wh: number[];
  hot_water_depensier_wh: number[];
  cooling_wh: number[];
  cooling_depensier_wh: number[];
  nref19_h: number[];
  nref21_h: number[];
}

export interface Needs {
  inertia_class_id: InertiaClassId;
  /** Sh, the area the needs are computed for [m²]. */
  area_m2: number;
  nadeq: number;
  /** Daily hot water at 40 °C [L/day]. */
  v40_ecs_journalier_l: number;
  v40_ecs_journalier_depensier_l: number;
  /** Σ_j Sse_j [m²] (sortie/apport_et_besoin/surface_sud_equivalente). */
  surface_sud_equivalente_m2: number;
  apport_interne_ch_wh: number;
  apport_solaire_ch_wh: number;
  apport_interne_fr_wh: number;
  apport_solaire_fr_wh: number;
  fraction_apport_gratuit_ch: number;
  fraction_apport_gratuit_depensier_ch: number;
  pertes_distribution_ecs_recup_wh: number;
  pertes_distribution_ecs_recup_depensier_wh: number;
  pertes_stockage_ecs_recup_wh: number;
  pertes_stockage_ecs_recup_depensier_wh: number;
  pertes_generateur_ch_recup_wh: number;
  pertes_generateur_ch_recup_depensier_wh: number;
  besoin_ch_kwh: number;
  besoin_ch_depensier_kwh: number;
  besoin_ecs_kwh: number;
  besoin_ecs_depensier_kwh: number;
  besoin_fr_kwh: number;
  besoin_fr_depensier_kwh: number;
  monthly: NeedsMonthly;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function months(name: string, xs: readonly number[] | undefined): readonly number[] {
  if (xs === undefined) return new Array<number>(12).fill(0);
  if (xs.length !== 12 || xs.some((x) => !Number.isFinite(x)))
    throw new RangeError(`${name} must be 12 finite numbers`);
  return xs;
}

/** The needs of the `logement` node (§6, §7, §9, §10, §11); energies in Wh or kWh as their names say. */
export function needs(
  logement: DpeNode,
  tables: Tables3cl,
  envelope: EnvelopeInputs,
  options: NeedsOptions = {},
): Needs {
  const gv = envelope.gv_w_k;
  if (!(gv > 0 && Number.isFinite(gv))) throw new RangeError(`envelope.gv_w_k must be > 0, got ${gv}`);
  const inertia = inertiaClass(logement, options.inertia);
  const site = climateSite(logement, inertia, options.old_materials);
  const sh = needsArea_m2(logement);
  const n = nadeqOf(logement);
  const clim = (name: Parameters<typeof monthlyClimate>[1]): number[] => monthlyClimate(tables, name, site);

  const sse = southEquivalentArea_m2(logement, tables, site, envelope);
  const nref19 = clim('nref19');
  const nref21 = clim('nref21');
  const solarCh = solarGains_wh(sse, clim('e'));
  const internalCh = internalGains_wh(sh, n, nref19);
  const a = gainUtilisationExponent(inertia);
  const ch = heatingNeedMonths(gv, clim('dh19'), internalCh, solarCh, a);
  const chDep = heatingNeedMonths(gv, clim('dh21'), internalGains_wh(sh, n, nref21), solarCh, a);

  const tefs = clim('tefs');
  const ecs = hotWaterNeed_wh(n, V40_L_PER_DAY.conventional, tefs);
  const ecsDep = hotWaterNeed_wh(n, V40_L_PER_DAY.depensier, tefs);
  const losses = {
    ...recoverableHotWaterLosses(logement, tables, sum(ecs), sum(ecsDep), sh),
    ...options.hot_water_losses,
  };
  const given = options.hot_water_recovered_wh ?? {};
  const spread = (annual_wh: number | undefined, nref: number[], loss_wh: number): number[] => {
    if (annual_wh === undefined) return recoveredMonthly_wh(loss_wh, nref);
    if (!(annual_wh >= 0)) throw new RangeError(`hot_water_recovered_wh must be ≥ 0, got ${annual_wh}`);
    const total = sum(nref);
    return nref.map((h) => (total === 0 ? 0 : (annual_wh * h) / total));
  };
  const dist = spread(given.distribution, nref19, losses.distribution_wh);
  const distDep = spread(given.distribution_depensier, nref21, losses.distribution_depensier_wh);
  const stock = spread(given.storage, nref19, losses.storage_wh);
  const stockDep = spread(given.storage_depensier, nref21, losses.storage_wh);
  const gen = months('generator_recovered_wh', options.generator_recovered_wh);
  const genDep = months('generator_recovered_depensier_wh', options.generator_recovered_depensier_wh);
  const heating = ch.need_wh.map((b, j) => Math.max(0, b - dist[j]! - stock[j]! - gen[j]!));
  const heatingDep = chDep.need_wh.map((b, j) => Math.max(0, b - distDep[j]! - stockDep[j]! - genDep[j]!));

  const cooled = options.cooled ?? items(logement, 'climatisation_collection', 'climatisation').length > 0;
  const cin = internalHeatCapacity_j_km2(inertia);
  const cooling = (setpoint: 26 | 28): { need: number[]; internal: number[]; solar: number[] } => {
    const nref = clim(setpoint === 28 ? 'nref28' : 'nref26');
    const internal = internalGains_wh(sh, n, nref);
    const solar = solarGains_wh(sse, clim(setpoint === 28 ? 'e_fr_28' : 'e_fr_26'));
    const text = clim(setpoint === 28 ? 'textmoy_clim_28' : 'textmoy_clim_26');
    return { need: coolingNeed_wh(gv, sh, cin, setpoint, nref, text, internal, solar), internal, solar };
  };
  const zero = new Array<number>(12).fill(0);
  const fr = cooled ? cooling(28) : { need: zero, internal: zero, solar: zero };
  const frDep = cooled ? cooling(26) : { need: zero, internal: zero, solar: zero };

  return {
    inertia_class_id: inertia,
    area_m2: sh,
    nadeq: n,
    v40_ecs_journalier_l: n * V40_L_PER_DAY.conventional,
    v40_ecs_journalier_depensier_l: n * V40_L_PER_DAY.depensier,
    surface_sud_equivalente_m2: sum(sse),
    apport_interne_ch_wh: sum(internalCh),
    apport_solaire_ch_wh: sum(solarCh),
    apport_interne_fr_wh: sum(fr.internal),
    apport_solaire_fr_wh: sum(fr.solar),
    fraction_apport_gratuit_ch: ch.fraction_annual,
    fraction_apport_gratuit_depensier_ch: chDep.fraction_annual,
    pertes_distribution_ecs_recup_wh: sum(dist),
    pertes_distribution_ecs_recup_depensier_wh: sum(distDep),
    pertes_stockage_ecs_recup_wh: sum(stock),
    pertes_stockage_ecs_recup_depensier_wh: sum(stockDep),
    pertes_generateur_ch_recup_wh: sum(gen),
    pertes_generateur_ch_recup_depensier_wh: sum(genDep),
    besoin_ch_kwh: sum(heating) / 1000,
    besoin_ch_depensier_kwh: sum(heatingDep) / 1000,
    besoin_ecs_kwh: sum(ecs) / 1000,
    besoin_ecs_depensier_kwh: sum(ecsDep) / 1000,
    besoin_fr_kwh: sum(fr.need) / 1000,
    besoin_fr_depensier_kwh: sum(frDep.need) / 1000,
    monthly: {
      sse_m2: sse,
      internal_ch_wh: internalCh,
      solar_ch_wh: solarCh,
      fraction_ch: ch.fraction,
      fraction_ch_depensier: chDep.fraction,
      heating_before_recovery_wh: ch.need_wh,
      heating_before_recovery_depensier_wh: chDep.need_wh,
      heating_wh: heating,
      heating_depensier_wh: heatingDep,
      hot_water_wh: ecs,
      hot_water_depensier_wh: ecsDep,
      cooling_wh: fr.need,
      cooling_depensier_wh: frDep.need,
      nref19_h: nref19,
      nref21_h: nref21,
    },
  };
}
