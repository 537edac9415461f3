import { DpeFormatError, type DpeDataset } from './types.js';

/** Where each field of a DpeRecord is in one of ADEME's CSV datasets: a column name, or null when it has none. */
export interface DpeCsvColumns {
  number: string;
  issue_date: string;
  energy_class: string;
  primary_kwh_m2: string;
  status: string | null;
  replaces_number: string;
  visit_date: string;
  valid_until: string;
  model: string;
  method: string;
  building_type: string;
  living_area_m2: string;
  /** Read for a whole-building DPE, which has no dwelling area: the area its per-m² figures refer to. */
  building_area_m2: string;
  year_built: string;
  construction_period: string;
  ghg_class: string;
  final_kwh_m2: string;
  ghg_kg_m2: string;
  uses: { heating: string; hot_water: string; cooling: string; lighting: string; auxiliaries: string };
  /** Energy n°1, n°2, n°3: its type and the five uses' final energy in it [kWhEF/yr]. */
  energies: { energy: string; final_kwh: string }[];
  heating_energy: string;
  hot_water_energy: string;
  /** Generator n°1 of heating installation n°1, as the XML reader takes the first generator. */
  heating_generator: string;
  address_raw: string;
  postcode_raw: string;
  commune_raw: string;
  ban_id: string;
  ban_label: string;
  ban_housenumber: string;
  ban_street: string;
  ban_postcode: string;
  ban_city: string;
  ban_citycode: string;
  ban_type: string | null;
  ban_score: string;
  ban_x_l93: string;
  ban_y_l93: string;
  rnb_id: string | null;
}

/** "DPE Logements existants (depuis juillet 2021)", data.ademe.fr dataset dpe-v2-logements-existants, column names. */
const V2: DpeCsvColumns = {
  number: 'N°DPE',
  issue_date: 'Date_établissement_DPE',
  energy_class: 'Etiquette_DPE',
  primary_kwh_m2: 'Conso_5_usages_par_m²_é_primaire',
  status: null,
  replaces_number: 'N°_DPE_remplacé',
  visit_date: 'Date_visite_diagnostiqueur',
  valid_until: 'Date_fin_validité_DPE',
  model: 'Modèle_DPE',
  method: 'Méthode_application_DPE',
  building_type: 'Type_bâtiment',
  living_area_m2: 'Surface_habitable_logement',
  building_area_m2: 'Surface_habitable_immeuble',
  year_built: 'Année_construction',
  construction_period: 'Période_construction',
  ghg_class: 'Etiquette_GES',
  final_kwh_m2: 'Conso_5_usages/m²_é_finale',
  ghg_kg_m2: 'Emission_GES_5_usages_par_m²',
  uses: {
    heating: 'Conso_chauffage_é_primaire',
    hot_water: 'Conso_ECS_é_primaire',
    cooling: 'Conso_refroidissement_é_primaire',
    lighting: 'Conso_éclairage_é_primaire',
    auxiliaries: 'Conso_auxiliaires_é_primaire',
  },
  energies: [1, 2, 3].map((n) => ({
    energy: `Type_énergie_n°${n}`,
    final_kwh: `Conso_5_usages_é_finale_énergie_n°${n}`,
  })),
  heating_energy: 'Type_énergie_principale_chauffage',
  hot_water_energy: 'Type_énergie_principale_ECS',
  heating_generator: 'Type_générateur_n°1_installation_n°1',
  address_raw: 'Adresse_brute',
  postcode_raw: 'Code_postal_(brut)',
  commune_raw: 'Nom__commune_(Brut)',
  ban_id: 'Identifiant__BAN',
  ban_label: 'Adresse_(BAN)',
  ban_housenumber: 'N°_voie_(BAN)',
  ban_street: 'Nom__rue_(BAN)',
  ban_postcode: 'Code_postal_(BAN)',
  ban_city: 'Nom__commune_(BAN)',
  ban_citycode: 'Code_INSEE_(BAN)',
  ban_type: null,
  ban_score: 'Score_BAN',
  ban_x_l93: 'Coordonnée_cartographique_X_(BAN)',
  ban_y_l93: 'Coordonnée_cartographique_Y_(BAN)',
  rnb_id: null,
};

/** The newer data.ademe.fr dataset dpe03existant, snake_case column names. */
const DPE03: DpeCsvColumns = {
  number: 'numero_dpe',
  issue_date: 'date_etablissement_dpe',
  energy_class: 'etiquette_dpe',
  primary_kwh_m2: 'conso_5_usages_par_m2_ep',
  status: null,
  replaces_number: 'numero_dpe_remplace',
  visit_date: 'date_visite_diagnostiqueur',
  valid_until: 'date_fin_validite_dpe',
  model: 'modele_dpe',
  method: 'methode_application_dpe',
  building_type: 'type_batiment',
  living_area_m2: 'surface_habitable_logement',
  building_area_m2: 'surface_habitable_immeuble',
  year_built: 'annee_construction',
  construction_period: 'periode_construction',
  ghg_class: 'etiquette_ges',
  final_kwh_m2: 'conso_5_usages_par_m2_ef',
  ghg_kg_m2: 'emission_ges_5_usages_par_m2',
  uses: {
    heating: 'conso_chauffage_ep',
    hot_water: 'conso_ecs_ep',
    cooling: 'conso_refroidissement_ep',
    lighting: 'conso_eclairage_ep',
    auxiliaries: 'conso_auxiliaires_ep',
  },
  energies: [1, 2, 3].map((n) => ({ energy: `type_energie_n${n}`, final_kwh: `conso_5_usages_ef_energie_n${n}` })),
  heating_energy: 'type_energie_principale_chauffage',
  hot_water_energy: 'type_energie_principale_ecs',
  heating_generator: 'type_generateur_n1_installation_n1',
  address_raw: 'adresse_brut',
  postcode_raw: 'code_postal_brut',
  commune_raw: 'nom_commune_brut',
  ban_id: 'identifiant_ban',
  ban_label: 'adresse_ban',
  ban_housenumber: 'numero_voie_ban',
  ban_street: 'nom_rue_ban',
  ban_postcode: 'code_postal_ban',
  ban_city: 'nom_commune_ban',
  ban_citycode: 'code_insee_ban',
  ban_type: null,
  ban_score: 'score_ban',
  ban_x_l93: 'coordonnee_cartographique_x_ban',
  ban_y_l93: 'coordonnee_cartographique_y_ban',
  rnb_id: 'id_rnb',
};

export interface DpeCsvSchema {
  dataset: DpeDataset;
  columns: DpeCsvColumns;
  /** Column name → position in a row. */
  index: ReadonlyMap<string, number>;
  /** Number of columns in the header: every row must have as many fields. */
  width: number;
}

const REQUIRED = ['number', 'issue_date', 'energy_class', 'primary_kwh_m2'] as const;

/**
 * The dataset a CSV header belongs to: "N°DPE" → the v2 dataset; numero_dpe → dpe03existant. A copy of dpe03existant
 * whose ADEME columns carry an `_ademe` suffix (added by the repository that joined other sources to them) is read by
 * those columns alone, suffix stripped: its unsuffixed columns (`score_ban`, `id_ban`, …) are the joined sources'.
 */
export function detectCsvSchema(header: readonly string[]): DpeCsvSchema {
  const names = header.map((h) => h.trim());
  let dataset: DpeDataset;
  let columns: DpeCsvColumns;
  const index = new Map<string, number>();
  if (names.includes(V2.number)) {
    [dataset, columns] = ['dpe-v2-csv', V2];
    names.forEach((name, i) => index.set(name, i));
  } else if (names.includes(DPE03.number) || names.includes(`${DPE03.number}_ademe`)) {
    [dataset, columns] = ['dpe03-csv', DPE03];
    const suffixed = names.includes(`${DPE03.number}_ademe`);
    names.forEach((name, i) => {
      if (!suffixed) index.set(name, i);
      else if (name.endsWith('_ademe')) index.set(name.slice(0, -'_ademe'.length), i);
    });
  } else {
    const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? `, … (${names.length} columns)` : '');
    throw new DpeFormatError(
      `not a DPE CSV: its header (${shown}) has neither "N°DPE" (ADEME's "DPE Logements existants" v2 dataset) nor ` +
        `"numero_dpe" (ADEME's dpe03existant dataset)`,
      'header',
    );
  }
  const missing = REQUIRED.map((field) => columns[field]).filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw new DpeFormatError(`the ${dataset} header lacks the column(s) ${missing.join(', ')}`, 'header');
  }
  return { dataset, columns, index, width: names.length };
}
