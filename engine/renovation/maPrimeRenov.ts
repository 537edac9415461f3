import { incomeBand } from './incomeBand';
import {
  DPE_CLASSES,
  INCOME_BANDS,
  type DpeClass,
  type IncomeBand,
  type Region,
  type RenovationCatalogue,
} from './types';

export type Owner = 'owner_occupier' | 'landlord_private' | 'social_landlord';

export interface MaPrimeRenovInput {
  /** Band; when absent it is computed from income_eur, household_size and region (incomeBand). */
  income_band?: IncomeBand;
  income_eur?: number;
  household_size: number;
  region: Region;
  owner: Owner;
  /** Chosen measures with their quantity: treated area [m²] or units (measureCost lines fit). */
  measures: { id: string; quantity: number }[];
  classes_before: DpeClass;
  classes_after: DpeClass;
  /** Total cost of the works [€ TTC]. */
  cost: number;
}

export interface MaPrimeRenovResult {
  aid_eur: number;
  path: 'ampleur' | 'par_geste' | 'none';
  band: IncomeBand | null;
  reason: string;
  lines: { id: string; aid_eur: number; note: string }[];
  rules_year: number;
}

function check(input: MaPrimeRenovInput, catalogue: RenovationCatalogue): void {
  if (typeof input !== 'object' || input === null)
    throw new RangeError(`input must be an object, got ${JSON.stringify(input)}`);
  if (!['owner_occupier', 'landlord_private', 'social_landlord'].includes(input.owner))
    throw new RangeError(
      `owner must be owner_occupier, landlord_private or social_landlord, got ${JSON.stringify(input.owner)}`,
    );
  if (input.income_band !== undefined && !INCOME_BANDS.includes(input.income_band))
    throw new RangeError(
      `income_band must be one of ${INCOME_BANDS.join(', ')}, got ${JSON.stringify(input.income_band)}`,
    );
  for (const k of ['classes_before', 'classes_after'] as const)
    if (!DPE_CLASSES.includes(input[k]))
      throw new RangeError(`${k} must be one of A–G, got ${JSON.stringify(input[k])}`);
  if (typeof input.cost !== 'number' || !Number.isFinite(input.cost) || input.cost < 0)
    throw new RangeError(`cost must be a non-negative number [€ TTC], got ${JSON.stringify(input.cost)}`);
  if (!Array.isArray(input.measures))
    throw new RangeError(`measures must be an array, got ${JSON.stringify(input.measures)}`);
  const ids = new Set(catalogue.measures.map((m) => m.id));
  input.measures.forEach((m, i) => {
    if (!ids.has(m?.id)) throw new RangeError(`measures[${i}].id: unknown measure ${JSON.stringify(m?.id)}`);
    if (typeof m.quantity !== 'number' || !Number.isFinite(m.quantity) || m.quantity < 0)
      throw new RangeError(
        `measures[${i}].quantity must be a non-negative number [m² or units], got ${JSON.stringify(m.quantity)}`,
      );
  });
}

/**
 * MaPrimeRénov' for the chosen works, 2026 rules (catalogue.maprimerenov):
 * - social landlords: 0 (not eligible; éco-PLS, CEE and other funds instead);
 * - rénovation d'ampleur when the dwelling is E, F or G before works, gains ≥ 2 classes and includes ≥ 2 envelope
 *   insulation measures: rate (80 / 60 / 45 / 10 % by band) × HT cost (TTC / 1.055) capped at 30,000 € HT (2 classes)
 *   or 40,000 € HT (≥ 3 classes);
 * - otherwise par geste (très modestes, modestes, intermédiaires only): the sum of the forfaits of eligible gestes,
 *   capped by the écrêtement share of the TTC cost (90 / 75 / 60 %).
 * Private landlords get the owner-occupier amounts (their own income band).
 * @throws RangeError naming the bad field (unknown measure, class outside A–G, negative cost, missing income...)
 * @example maPrimeRenov({ income_band: 'tres_modeste', household_size: 2, region: 'other', owner: 'owner_occupier',
 *   measures, classes_before: 'F', classes_after: 'C', cost: 52750 }, cat).aid_eur // 0.8 × 40,000 = 32,000 €
 */
export function maPrimeRenov(input: MaPrimeRenovInput, catalogue: RenovationCatalogue): MaPrimeRenovResult {
  check(input, catalogue);
  const rules = catalogue.maprimerenov;
  const base = { rules_year: rules.rules_year, lines: [] as MaPrimeRenovResult['lines'] };
  if (input.owner === 'social_landlord')
    return {
      ...base,
      aid_eur: 0,
      path: 'none',
      band: null,
      reason: `${rules.social_landlord.reason}. Autres financements : ${rules.social_landlord.alternatives}`,
    };
  let band = input.income_band;
  if (band === undefined) {
    if (input.income_eur === undefined)
      throw new RangeError('income_eur is needed when income_band is not given, got undefined');
    band = incomeBand(input.income_eur, input.household_size, input.region, rules.income_ceilings);
  }
  const byId = new Map(catalogue.measures.map((m) => [m.id, m]));
  const gain = DPE_CLASSES.indexOf(input.classes_before) - DPE_CLASSES.indexOf(input.classes_after);
  const am = rules.ampleur;
  const insulation = input.measures.filter((m) => am.insulation_targets.includes(byId.get(m.id)!.applies_to)).length;
  if (
    am.eligible_classes_before.includes(input.classes_before) &&
    gain >= am.min_class_gain &&
    insulation >= am.min_insulation_measures
  ) {
    const ceiling = [...am.expense_ceilings_ht].reverse().find((c) => gain >= c.min_class_gain)!;
    const ht = input.cost / (1 + am.works_vat_pct / 100);
    const eligible = Math.min(ht, ceiling.eur);
    const rate = am.rates_pct[band];
    return {
      ...base,
      aid_eur: (rate / 100) * eligible,
      path: 'ampleur',
      band,
      reason: `rénovation d'ampleur: ${input.classes_before}→${input.classes_after} (+${gain} classes), ${rate} % de min(${ht.toFixed(0)} € HT, ${ceiling.eur} € HT)`,
    };
  }
  const pg = rules.per_geste;
  if (!pg.eligible_bands.includes(band))
    return {
      ...base,
      aid_eur: 0,
      path: 'none',
      band,
      reason: `ménages « ${band} » non éligibles à MaPrimeRénov' par geste, et les travaux ne font pas une rénovation d'ampleur`,
    };
  const lines = input.measures.map(({ id, quantity }) => {
    const key = byId.get(id)!.mpr_geste;
    const g = key === null ? undefined : pg.gestes[key];
    if (g === undefined || band === 'superieur') {
      const why = pg.not_eligible.find((n) => n.measure === id)?.reason ?? "pas un geste MaPrimeRénov'";
      return { id, aid_eur: 0, note: why };
    }
    const amount = g[band];
    if (g.unit === 'eur_per_unit') return { id, aid_eur: amount, note: `${amount} € forfait` };
    if (g.unit === 'eur_per_m2') {
      const m2 = Math.min(quantity, g.max_m2 ?? Infinity);
      return { id, aid_eur: amount * m2, note: `${amount} €/m² × ${m2} m²` };
    }
    const count = Math.ceil(quantity / g.window_area_m2! - 1e-9);
    return { id, aid_eur: amount * count, note: `${amount} € × ${count} fenêtres (${g.window_area_m2} m² chacune)` };
  });
  const sum = lines.reduce((s, l) => s + l.aid_eur, 0);
  const cap = (pg.ecretement_pct[band] / 100) * input.cost;
  const aid = Math.min(sum, cap);
  return {
    ...base,
    lines,
    aid_eur: aid,
    path: aid > 0 ? 'par_geste' : 'none',
    band,
    reason:
      aid < sum
        ? `par geste, écrêté à ${pg.ecretement_pct[band]} % de ${input.cost} € TTC`
        : 'par geste : somme des forfaits',
  };
}
