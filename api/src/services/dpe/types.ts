/**
 * A real DPE (diagnostic de performance énergétique) as ADEME registers it, read from one of its open forms: the XML
 * its API returns (one file per DPE), a row of "DPE Logements existants (depuis juillet 2021)" (v2 column names) or of
 * `dpe03existant` (snake_case names). Every field keeps ADEME's meaning; null where the source does not say.
 * Energies and classes are the official outputs as issued, never recomputed here.
 */
export type DpeClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

export type DpeDataset = 'ademe-xml' | 'dpe-v2-csv' | 'dpe03-csv';

/** The five regulated uses, whole dwelling, primary energy per year [kWhEP/yr]. */
export interface DpeUses {
  heating_kwh: number | null;
  hot_water_kwh: number | null;
  cooling_kwh: number | null;
  lighting_kwh: number | null;
  auxiliaries_kwh: number | null;
}

/** One energy of the dwelling's five uses, as the DPE lists them (energy n°1, n°2, …). */
export interface DpeEnergy {
  /** ADEME's label, lower case: "électricité", "gaz naturel", "fioul domestique", "bois – bûches", … */
  energy: string;
  /** Final energy of the five uses in this energy, whole dwelling [kWhEF/yr]; null when not given. */
  final_kwh: number | null;
}

export interface DpeRecord {
  /** N° DPE, 13 characters (e.g. "2187E0981996L"). */
  number: string;
  dataset: DpeDataset;
  /** Registry status as given ("ACTIF", …), upper case; null when the source has none (most CSV rows). */
  status: string | null;
  /** The DPE this one replaces (dpe_a_remplacer / "N°_DPE_remplacé"), or null. */
  replaces_number: string | null;
  /** ISO dates YYYY-MM-DD. valid_until = the source's end of validity, else issue date + 10 years − 1 day (ADEME's rule on all 120 CSV rows). */
  visit_date: string | null;
  issue_date: string;
  valid_until: string;
  /** "dpe 3cl 2021 méthode logement", … (modèle), the method of application and the calculation engine's version. */
  model: string | null;
  method: string | null;
  engine_version: string | null;
  /** maison → house, appartement → flat, immeuble → building. */
  building_type: 'house' | 'flat' | 'building' | null;
  living_area_m2: number | null;
  year_built: number | null;
  /** ADEME's construction period label ("avant 1948", "1948-1974", …). */
  construction_period: string | null;
  /** Official outputs. */
  energy_class: DpeClass;
  ghg_class: DpeClass | null;
  /** Five uses, primary energy per m² of living area [kWhEP/m²/yr] (the label's figure). */
  primary_kwh_m2: number;
  /** Five uses, final energy per m² [kWhEF/m²/yr]. */
  final_kwh_m2: number | null;
  /** Five uses, greenhouse gases per m² [kgCO2e/m²/yr]. */
  ghg_kg_m2: number | null;
  uses: DpeUses;
  energies: DpeEnergy[];
  /** Main heating and hot-water energies and the main heating generator, ADEME's labels, lower case. */
  heating_energy: string | null;
  hot_water_energy: string | null;
  heating_generator: string | null;
  /** The address as the diagnostician typed it, and its BAN geocode (which the software filled and can be wrong). */
  address_raw: string | null;
  postcode_raw: string | null;
  commune_raw: string | null;
  ban_id: string | null;
  ban_label: string | null;
  ban_housenumber: string | null;
  ban_street: string | null;
  ban_postcode: string | null;
  ban_city: string | null;
  ban_citycode: string | null;
  /** "housenumber", "street", "municipality", … */
  ban_type: string | null;
  /** 0–1. */
  ban_score: number | null;
  /** BAN point in Lambert-93 (EPSG:2154) [m], as given. */
  ban_x_l93: number | null;
  ban_y_l93: number | null;
  /** RNB building id (Référentiel national des bâtiments, 12 characters), when the record carries one. */
  rnb_id: string | null;
}

/** A row or file that cannot be read as a DPE: names the row (CSV, 1 = first data row) or element (XML). */
export class DpeFormatError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'DpeFormatError';
  }
}
