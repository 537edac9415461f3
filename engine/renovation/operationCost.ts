import type { Dwelling } from '../thermal/types';
import { measureCost, type MeasureCostLine } from './measureCost';
import { packageMeasures } from './packageMeasures';
import type { EuroItem, OperationCosts, OperationItem, VatClass } from './parseOperationCosts';
import type { RenovationCatalogue, RoofElement } from './types';

/**
 * 'standard': energy works at 5.5 % (CGI 278-0 bis A), other works at 10 %; 'renovation_lourde': every work at the
 * file's renovation_lourde_pct (CGI 278 sexies A: social dwelling over 40 years, E/F/G brought to A/B) — the caller
 * decides whether the operation qualifies, as the class after works is computed, not guaranteed.
 */
export type VatRegime = 'standard' | 'renovation_lourde';
export const VAT_REGIMES: readonly VatRegime[] = ['standard', 'renovation_lourde'];

export interface OperationInput {
  /** Typology id of fixtures/typologies (coron, cite_pavillonnaire, camus…): decides the lead item when the year is unknown. */
  typology: string;
  /** Roof covering area [m²]; default: pitched (attic-floor) roof elements × roof_slope_factor, sloped and flat × 1. */
  roof_covering_m2?: number;
  /** Default 'standard'. */
  vat_regime?: VatRegime;
  /** Installed PV price [€ TTC], only when the package holds PV (see measureCost). */
  pv_eur_ttc?: number;
}

export interface CostRange {
  low_eur: number;
  central_eur: number;
  high_eur: number;
}

export interface OperationLine {
  id: string;
  label_fr: string;
  /** m² of roof covering, floor or façade, 1 dwelling, or the works' € HT a share applies to (central). */
  quantity: number;
  unit: 'm2' | 'dwelling' | 'eur_ht';
  vat_pct: number;
  ht: CostRange;
  ttc: CostRange;
  source: string;
  assumption?: string;
}

export interface OperationCostResult {
  package_id: string;
  vat_regime: VatRegime;
  /** The package's measures exactly as measureCost prices them (€ TTC), and their HT at the energy VAT rate. */
  energy: { lines: MeasureCostLine[]; vat_pct: number; ht: CostRange; ttc: CostRange };
  /** Every other line item the landlord pays (works, site, fees, insurance, rehousing). */
  other: { lines: OperationLine[]; ht: CostRange; ttc: CostRange };
  total: { ht: CostRange; ttc: CostRange };
  /** Central energy TTC over central total TTC [-]. */
  energy_share: number;
}

const range = (low: number, central: number, high: number): CostRange => ({
  low_eur: low,
  central_eur: central,
  high_eur: high,
});
const sum = (rs: CostRange[]): CostRange =>
  rs.reduce(
    (s, r) => range(s.low_eur + r.low_eur, s.central_eur + r.central_eur, s.high_eur + r.high_eur),
    range(0, 0, 0),
  );
const scale = (r: CostRange, x: number): CostRange => range(r.low_eur * x, r.central_eur * x, r.high_eur * x);

function applies(
  item: OperationItem,
  index: number,
  measures: string[],
  dwelling: Dwelling,
  typology: string,
  cat: RenovationCatalogue,
): boolean {
  const w = item.when;
  if (w === undefined) return true;
  for (const id of w.any_measure ?? [])
    if (!cat.measures.some((m) => m.id === id))
      throw new RangeError(`costs.items[${index}].when.any_measure: '${id}' is not a measure of the catalogue`);
  if (w.any_measure !== undefined && !w.any_measure.some((id) => measures.includes(id))) return false;
  if (w.built_before !== undefined) {
    const year = dwelling.year_built;
    return typeof year === 'number' ? year < w.built_before : (w.or_typologies ?? []).includes(typology);
  }
  return true;
}

function quantityOf(item: EuroItem, dwelling: Dwelling, roofCovering: number): number {
  switch (item.quantity) {
    case 'roof_covering_m2':
      return roofCovering;
    case 'floor_m2':
      return dwelling.floor_area_m2;
    case 'facade_m2':
      return dwelling.walls.reduce((s, e) => s + e.area_m2, 0);
    case 'dwelling':
      return 1;
  }
}

/**
 * Whole-operation cost of a renovation package as a social landlord pays it [€ HT and € TTC, low / central / high]:
 * the energy share (the package's measures, priced by measureCost as everywhere else) and every other line item of
 * fixtures/renovation/operation-costs.json that applies to the dwelling — re-roofing, asbestos and lead, heating
 * distribution, electrics, bathroom, kitchen, interior finishes, brick façades kept under internal insulation,
 * external works, accessibility, site set-up, contingencies, fees (maîtrise d'œuvre, SPS, control, surveys),
 * insurance and tenant rehousing. € items are € HT per m² (roof covering, floor, exposed façade) or per dwelling;
 * share items are % of the works HT (energy share + € items of VAT class energy or works). TTC = HT × (1 + VAT),
 * the VAT by the item's class and the regime: energy 5.5 %, works 10 % (5.5 % under 'renovation_lourde'),
 * services 20 %, insurance none.
 *
 * @param dwelling the dwelling before works (its floor, walls, roof elements, year and UNESCO flag are read)
 * @param packageId a package of the catalogue (UNESCO substitutes applied, as packageMeasures does)
 * @param input typology, optional roof covering area [m²], VAT regime and PV price
 * @throws RangeError for a bad dwelling, an unknown package, a bad input field, or an item condition naming an unknown measure
 * @example operationCost(coron, 'bbc_renovation', { typology: 'coron' }, cat, costs).total.ttc.central_eur // ≈ 86,000 €
 */
export function operationCost(
  dwelling: Dwelling,
  packageId: string,
  input: OperationInput,
  catalogue: RenovationCatalogue,
  costs: OperationCosts,
): OperationCostResult {
  if (typeof input?.typology !== 'string' || input.typology.trim() === '')
    throw new RangeError(`input.typology must be a non-empty string, got ${JSON.stringify(input?.typology)}`);
  const regime = input.vat_regime ?? 'standard';
  if (!VAT_REGIMES.includes(regime))
    throw new RangeError(`input.vat_regime must be one of ${VAT_REGIMES.join(', ')}, got ${JSON.stringify(regime)}`);
  const given = input.roof_covering_m2;
  if (given !== undefined && !(Number.isFinite(given) && given >= 0 && given <= 10000))
    throw new RangeError(`input.roof_covering_m2 must be a number within [0, 10000], got ${JSON.stringify(given)}`);

  const measures = packageMeasures(packageId, dwelling, catalogue);
  const extra = input.pv_eur_ttc === undefined ? {} : { pv_eur_ttc: input.pv_eur_ttc };
  const energyCost = measureCost(dwelling, measures, catalogue, extra);
  const vat = costs.vat;
  const rate: Record<VatClass, number> = {
    energy: vat.energy_pct.value,
    works: regime === 'renovation_lourde' ? vat.renovation_lourde_pct.value : vat.works_pct.value,
    services: vat.services_pct.value,
    none: 0,
  };
  const { low_eur, central_eur, high_eur } = energyCost.total;
  const energyTtc = range(low_eur, central_eur, high_eur);
  const energyHt = scale(energyTtc, 1 / (1 + rate.energy / 100));

  const roofCovering =
    given ??
    (dwelling.roof as RoofElement[]).reduce(
      (s, e) =>
        s + e.area_m2 * (e.roof_kind === 'sloped' || e.roof_kind === 'flat' ? 1 : costs.roof_slope_factor.value),
      0,
    );
  const chosen = costs.items.filter((it, i) => applies(it, i, measures, dwelling, input.typology, catalogue));
  const line = (it: OperationItem, quantity: number, unit: OperationLine['unit'], ht: CostRange): OperationLine => ({
    id: it.id,
    label_fr: it.label_fr,
    quantity,
    unit,
    vat_pct: rate[it.vat],
    ht,
    ttc: scale(ht, 1 + rate[it.vat] / 100),
    source: it.source,
    ...(it.assumption === undefined ? {} : { assumption: it.assumption }),
  });
  const euroLines = chosen.flatMap((it) => {
    if (it.quantity === 'works_ht') return [];
    const q = quantityOf(it, dwelling, roofCovering);
    const ht = range(it.low_eur_ht * q, it.central_eur_ht * q, it.high_eur_ht * q);
    return [{ item: it, line: line(it, q, it.quantity === 'dwelling' ? 'dwelling' : 'm2', ht) }];
  });
  const worksHt = sum([
    energyHt,
    ...euroLines.filter(({ item }) => item.vat === 'energy' || item.vat === 'works').map(({ line: l }) => l.ht),
  ]);
  const shareLines = chosen.flatMap((it) =>
    it.quantity === 'works_ht'
      ? [
          line(
            it,
            worksHt.central_eur,
            'eur_ht',
            range(
              (worksHt.low_eur * it.low_pct) / 100,
              (worksHt.central_eur * it.central_pct) / 100,
              (worksHt.high_eur * it.high_pct) / 100,
            ),
          ),
        ]
      : [],
  );
  const byFile = new Map(costs.items.map((it, i) => [it.id, i]));
  const lines = [...euroLines.map(({ line: l }) => l), ...shareLines].sort(
    (a, b) => byFile.get(a.id)! - byFile.get(b.id)!,
  );
  const other = { lines, ht: sum(lines.map((l) => l.ht)), ttc: sum(lines.map((l) => l.ttc)) };
  const total = { ht: sum([energyHt, other.ht]), ttc: sum([energyTtc, other.ttc]) };
  return {
    package_id: packageId,
    vat_regime: regime,
    energy: { lines: energyCost.lines, vat_pct: rate.energy, ht: energyHt, ttc: energyTtc },
    other,
    total,
    energy_share: total.ttc.central_eur > 0 ? energyTtc.central_eur / total.ttc.central_eur : 0,
  };
}
