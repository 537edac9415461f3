/**
 * Renovation catalogue, aids and calendar as read from fixtures/renovation/measures.json. Money in € TTC unless a
 * name says `_ht`; areas [m²]; R-values [m²·K/W]; U-values [W/(m²·K)].
 */
import type { Carrier, Dwelling, Element, HeatingSystem, HotWaterSystem, Ventilation } from '../thermal/types';

export interface RenovationSource {
  id: string;
  title: string;
  url: string;
  publisher: string;
  date: string;
}

/** Where a figure comes from: a source id and, when no source fixes the exact value, why it was chosen. */
export interface Provenance {
  source: string;
  assumption?: string;
}

export type MeasureTarget = 'walls' | 'roof' | 'floors' | 'windows' | 'ventilation' | 'heating' | 'hot_water' | 'pv';

/** Kind of roof element; the Dwelling contract lacks it, so renovation reads it as an optional extra field. */
export type RoofKind = 'attic_floor' | 'sloped' | 'flat';

export type MeasureEffect =
  | ({ kind: 'add_insulation'; r_added_m2k_w: number; note?: string } & Provenance)
  | ({ kind: 'replace_windows'; u_w_m2k: number; g_value: number; note?: string } & Provenance)
  | ({ kind: 'ventilation'; ventilation: Ventilation; heat_recovery_efficiency?: number; note?: string } & Provenance)
  | ({ kind: 'heating'; system: HeatingSystem; carrier: Carrier; efficiency: number; note?: string } & Provenance)
  | ({ kind: 'hot_water'; system: HotWaterSystem; carrier: Carrier; efficiency: number; note?: string } & Provenance)
  | ({ kind: 'pv'; note?: string } & Provenance);

/** Installed cost range [€ TTC per m² of treated surface or per unit]; PV is priced by engine/economics. */
export type MeasureCostRange =
  | ({ unit: 'eur_per_m2' | 'eur_per_unit'; low: number; central: number; high: number; date: string } & Provenance)
  | ({ unit: 'from_tariffs'; date: string; note?: string } & Provenance);

export interface Measure {
  id: string;
  label_fr: string;
  applies_to: MeasureTarget;
  /** Roof measures only: which roof elements they insulate. */
  roof_kind?: RoofKind;
  /** Two measures of one group cannot be combined (one heating system, one wall insulation...). */
  exclusive_group: string;
  forbidden_when_unesco: boolean;
  effect: MeasureEffect;
  cost: MeasureCostRange;
  lifetime_years: { value: number } & Provenance;
  /** Key into maprimerenov.per_geste.gestes, or null when the measure is not a MaPrimeRénov' geste. */
  mpr_geste: string | null;
}

export interface RenovationPackage {
  id: string;
  label_fr: string;
  measures: string[];
  target: string;
  /** Measure id → replacement in a UNESCO-listed cité (ITE → ITI). */
  unesco_substitutes: Record<string, string>;
}

export interface CarrierPrice extends Provenance {
  price_eur_kwh_ttc: number;
  /** Billed kWh per kWh of final energy (1.11 for gas billed in PCS when final energy is in PCI). */
  kwh_billed_per_kwh_final: number;
  date: string;
  offer: string;
  subscription_eur_yr_ttc?: number;
}

export interface EnergyPrices {
  note: string;
  carriers: Record<string, CarrierPrice>;
}

export type IncomeBand = 'tres_modeste' | 'modeste' | 'intermediaire' | 'superieur';
export const INCOME_BANDS: readonly IncomeBand[] = ['tres_modeste', 'modeste', 'intermediaire', 'superieur'];
export type Region = 'ile_de_france' | 'other';

/** Upper income limits [€/yr] of the three lower bands (above the last: 'superieur'). */
export interface BandCeilings extends Provenance {
  tres_modeste: number;
  modeste: number;
  intermediaire: number;
}

export interface IncomeCeilings {
  valid_from: string;
  rule: string;
  regions: Record<Region, { rows: (BandCeilings & { household_size: number })[]; extra_person: BandCeilings }>;
}

export interface GesteAmount extends Provenance {
  unit: 'eur_per_unit' | 'eur_per_m2' | 'eur_per_window';
  tres_modeste: number;
  modeste: number;
  intermediaire: number;
  max_m2?: number;
  window_area_m2?: number;
}

export interface MaPrimeRenovRules {
  rules_year: number;
  confirmed: string;
  income_ceilings: IncomeCeilings;
  per_geste: {
    valid_from: string;
    eligible_bands: IncomeBand[];
    bands_source: string;
    ecretement_pct: Record<IncomeBand, number> & Provenance;
    gestes: Record<string, GesteAmount>;
    not_eligible: { measure: string; reason: string; source: string }[];
  };
  ampleur: {
    valid_from: string;
    eligible_classes_before: DpeClass[];
    min_class_gain: number;
    min_insulation_measures: number;
    insulation_targets: MeasureTarget[];
    rates_pct: Record<IncomeBand, number>;
    expense_ceilings_ht: { min_class_gain: number; eur: number }[];
    works_vat_pct: number;
    source: string;
    note: string;
  };
  landlord_private: string;
  social_landlord: { eligible: false; reason: string; alternatives: string; source: string };
}

export type DpeClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
export const DPE_CLASSES: readonly DpeClass[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

export interface RentalBanCalendar {
  law: string;
  scope: string;
  final_energy_threshold: { kwh_m2_yr: number; from: string; source: string };
  steps: { class: DpeClass; from: string; source: string }[];
}

export interface RenovationCatalogue {
  schema_version: 1;
  country: string;
  currency: 'EUR';
  compiled_on: string;
  sources: RenovationSource[];
  measures: Measure[];
  packages: RenovationPackage[];
  energy_prices: EnergyPrices;
  maprimerenov: MaPrimeRenovRules;
  rental_ban: RentalBanCalendar;
}

/** A roof element that may say which kind it is (extra field beside the Dwelling contract). */
export type RoofElement = Element & { roof_kind?: RoofKind };

/**
 * A dwelling after renovation: the Dwelling contract plus the one result it cannot carry, the heat-recovery
 * efficiency of a double-flow ventilation [-].
 */
export type RenovatedDwelling = Dwelling & { heat_recovery_efficiency?: number };
