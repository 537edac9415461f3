/** Economics of a homeowner PV system in France: shared types (household, tariff fixture). */

/**
 * Space-heating system of the household.
 * - 'electric': direct (Joule-effect) electric heating, with an electric hot-water tank
 * - 'heat_pump': electric heat pump, with an electric hot-water tank
 * - 'gas': gas boiler for heating and hot water (no electric heating)
 * - 'other': fuel oil, wood, district heat (no electric heating, no electric hot water)
 */
export type Heating = 'electric' | 'heat_pump' | 'gas' | 'other';

/** All heating values, for validation and UI lists. */
export const HEATING_VALUES: readonly Heating[] = ['electric', 'heat_pump', 'gas', 'other'];

/** One cited reference of the tariff fixture. */
export interface TariffSource {
  id: string;
  title: string;
  url: string;
  publisher: string;
  /** Publication date as written by the source (YYYY, YYYY-MM or YYYY-MM-DD, or 'undated') */
  date: string;
}

/** A number with its provenance: `source` is an id of `Tariffs.sources`; `assumption` says why when no source confirms it. */
export interface Figure {
  value: number;
  source: string;
  assumption?: string;
  /** Date the value applies from, when the source gives one */
  date?: string;
}

/** Installation cost for systems up to `max_kwp` (and above the previous band's max). */
export interface InstallationCostBand {
  /** Upper bound of the band [kWc], inclusive */
  max_kwp: number;
  /** Turnkey cost [€ TTC/kWc], with the VAT of `quoted_vat_pct` */
  eur_per_kwp_ttc: number;
  /** The VAT rate the quotes behind `eur_per_kwp_ttc` carry [%] */
  quoted_vat_pct: number;
  source: string;
  assumption?: string;
}

/** EDF OA surplus-sale conditions for systems up to `max_kwp`. */
export interface OaBand {
  /** Upper bound of the band [kWc], inclusive */
  max_kwp: number;
  /** Surplus purchase tariff [€/kWh], fixed for the contract length */
  export_tariff_eur_kwh: number;
  /** Self-consumption premium [€/kWc] */
  premium_eur_per_kwp: number;
  /** Share of the premium paid at the end of year 1, 2, … [%]; sums to 100 */
  premium_instalments_pct: number[];
  source: string;
  assumption?: string;
}

/** What a VAT rule may require of the installation (see `vat.note` in the fixture). */
export type VatRequirement = 'dwelling' | 'compliant_equipment' | 'dwelling_over_2_years';
export const VAT_REQUIREMENTS: readonly VatRequirement[] = ['dwelling', 'compliant_equipment', 'dwelling_over_2_years'];

/** One VAT rule for residential PV: the first rule whose size bound and requirements are met applies (vatRuleFor). */
export interface VatRule {
  rate_pct: number;
  /** Upper bound [kWc] the rule applies to; null when unbounded */
  max_kwp: number | null;
  valid_from: string;
  applies_to: string;
  requires: VatRequirement[];
  source: string;
}

/** The parsed, validated tariff fixture (fixtures/tariffs/fr-residential.json). */
export interface Tariffs {
  schema_version: 1;
  country: string;
  currency: 'EUR';
  /** Date of the latest value in the file (YYYY-MM-DD) */
  valid_from: string;
  compiled_on: string;
  sources: TariffSource[];
  installation_cost: { date: string; note: string; bands: InstallationCostBand[] };
  oa_surplus: {
    scheme: string;
    /** Tariff quarter the bands apply to, e.g. '2026-Q1' */
    quarter: string;
    valid_from: string;
    valid_to: string;
    quarter_note: string;
    /** OA contract length [years] */
    contract_years: Figure;
    /** Value of exported energy after the contract [€/kWh] */
    after_contract_export_eur_kwh: Figure;
    premium_payment_note: string;
    bands: OaBand[];
  };
  retail: {
    offer: string;
    /** Retail energy price [€ TTC/kWh] */
    price_eur_kwh_ttc: Figure;
    /** Annual subscription [€ TTC/yr]; not saved by PV, for display */
    subscription_eur_yr_ttc: Figure;
    /** Yearly retail price drift [%/yr] */
    drift_pct_yr: Figure;
  };
  pv: {
    /** Yearly loss of production [%/yr] */
    degradation_pct_yr: Figure;
    /** Economic lifetime [years] */
    lifetime_years: Figure;
    /** Year of the inverter replacement [1 … lifetime]; a value above the lifetime disables it */
    inverter_replacement_year: Figure;
    /** Inverter replacement cost [€/kWc] */
    inverter_replacement_eur_per_kwp: Figure;
    /** Maintenance and insurance [€/yr], flat nominal */
    maintenance_eur_yr: Figure;
  };
  finance: {
    /** Nominal discount rate [%/yr] */
    discount_rate_pct: Figure;
  };
  co2: {
    /** Avoided emissions per PV kWh [kg CO2e/kWh] */
    grid_factor_kg_kwh: Figure;
  };
  vat: { note: string; rules: VatRule[] };
}
