import type { DpeNode } from '../tree';

/*
 * The words of a DPE description, as a diagnostician's software writes them in ADEME's format (donnee_entree with
 * enumeration ids and the table rows it picked), for the pieces a mining house is made of. Each piece is taken from a
 * real record of fixtures/dpe/ademe-xml.zip (named `donor`), with the geometry (areas, orientations) left to the
 * builder (houseLogement.ts). Ids: fixtures/dpe/3cl-tables/enums.json; table rows: tv_tables.json.
 */

export const WINDOW_KINDS = ['single_wood', 'double_pvc_air', 'double_pvc_argon_low_e'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** Windows (baie_vitree), fenêtres battantes, vertical, no shutter, no near mask (tv_coef_masque_proche 19). */
export const WINDOWS: Readonly<Record<WindowKind, { donor: string; fields: DpeNode }>> = {
  // Simple vitrage, menuiserie bois: ug 5.8, uw 5.4, sw 0.52 (2187E0981996L).
  single_wood: {
    donor: '2187E0981996L',
    fields: {
      tv_ug_id: 1,
      enum_type_vitrage_id: 1,
      enum_inclinaison_vitrage_id: 3,
      enum_methode_saisie_perf_vitrage_id: 1,
      tv_uw_id: 562,
      enum_type_materiaux_menuiserie_id: 3,
      enum_type_baie_id: 4,
      double_fenetre: 0,
      uw_1: 5.4,
      sw_1: 0.52,
      enum_type_fermeture_id: 1,
      presence_retour_isolation: 0,
      largeur_dormant: 5,
      tv_sw_id: 89,
      enum_type_pose_id: 3,
      tv_coef_masque_proche_id: 19,
    },
  },
  // Double vitrage 4/16/4 air, PVC: ug 2.7, uw 2.6, sw 0.44 (2187E0982378D).
  double_pvc_air: {
    donor: '2187E0982378D',
    fields: {
      tv_ug_id: 8,
      enum_type_vitrage_id: 2,
      enum_inclinaison_vitrage_id: 3,
      enum_type_gaz_lame_id: 1,
      epaisseur_lame: 16,
      vitrage_vir: 0,
      enum_methode_saisie_perf_vitrage_id: 1,
      tv_uw_id: 347,
      enum_type_materiaux_menuiserie_id: 5,
      enum_type_baie_id: 4,
      double_fenetre: 0,
      uw_1: 2.6,
      sw_1: 0.44,
      enum_type_fermeture_id: 1,
      presence_retour_isolation: 0,
      largeur_dormant: 5,
      tv_sw_id: 110,
      enum_type_pose_id: 3,
      tv_coef_masque_proche_id: 19,
    },
  },
  // Double vitrage argon 20 mm à isolation renforcée, PVC: ug 1.1, uw 1.4, sw 0.38 (2225E1557374A).
  double_pvc_argon_low_e: {
    donor: '2225E1557374A',
    fields: {
      tv_ug_id: 37,
      enum_type_vitrage_id: 2,
      enum_inclinaison_vitrage_id: 3,
      enum_type_gaz_lame_id: 2,
      epaisseur_lame: 20,
      vitrage_vir: 1,
      enum_methode_saisie_perf_vitrage_id: 1,
      tv_uw_id: 330,
      enum_type_materiaux_menuiserie_id: 5,
      enum_type_baie_id: 4,
      double_fenetre: 0,
      uw_1: 1.4,
      sw_1: 0.38,
      enum_type_fermeture_id: 1,
      presence_retour_isolation: 0,
      largeur_dormant: 5,
      tv_sw_id: 111,
      enum_type_pose_id: 2,
      tv_coef_masque_proche_id: 19,
    },
  },
};

export const DOOR_KINDS = ['wood', 'insulated'] as const;
export type DoorKind = (typeof DOOR_KINDS)[number];
/** Doors: porte simple en bois opaque pleine, uporte 3.5 (2187E0981996L); porte isolée, uporte 1.5 (2307E3075089A). */
export const DOORS: Readonly<Record<DoorKind, { donor: string; fields: DpeNode }>> = {
  wood: {
    donor: '2187E0981996L',
    fields: { tv_uporte_id: 1, enum_methode_saisie_uporte_id: 1, enum_type_porte_id: 1 },
  },
  insulated: {
    donor: '2307E3075089A',
    fields: { tv_uporte_id: 9, enum_methode_saisie_uporte_id: 1, enum_type_porte_id: 13 },
  },
};

export const VENTILATION_KINDS = [
  'windows',
  'vmc_auto_1982_2000',
  'vmc_hygro_b_after_2012',
  'vmc_double_flow_after_2013',
] as const;
export type VentilationKind = (typeof VENTILATION_KINDS)[number];
/**
 * Ventilation by opening the windows (1), VMC SF auto-réglable 1982–2000 (4), VMC SF hygro B after 2012 (15), VMC
 * double flux individuelle avec échangeur from 2013 (20); debits_ventilation rows of the same ids.
 */
export const VENTILATIONS: Readonly<
  Record<VentilationKind, { enum_type_ventilation_id: number; tv_debits_ventilation_id: number }>
> = {
  windows: { enum_type_ventilation_id: 1, tv_debits_ventilation_id: 1 },
  vmc_auto_1982_2000: { enum_type_ventilation_id: 4, tv_debits_ventilation_id: 4 },
  vmc_hygro_b_after_2012: { enum_type_ventilation_id: 15, tv_debits_ventilation_id: 15 },
  vmc_double_flow_after_2013: { enum_type_ventilation_id: 20, tv_debits_ventilation_id: 20 },
};

export const HEATING_KINDS = [
  'gas_boiler_1981_1985',
  'gas_boiler_1991_2000',
  'gas_condensing_2001_2015',
  'gas_condensing_after_2015',
  'gas_room_heater',
  'electric_convector',
  'coal_stove',
  'oil_boiler_1991_2015',
  'lpg_boiler_2001_2015',
  'wood_stove_2007_2017',
  'heat_pump_air_water_after_2017',
] as const;
export type HeatingKind = (typeof HEATING_KINDS)[number];

/** One heating system: its generator and its emitter (emetteur_chauffage without surface). */
export interface HeatingWords {
  donor: string;
  /** The generator's energy (type_energie: 1 électricité, 2 gaz naturel, 11 charbon). */
  energy_id: number;
  generator: DpeNode;
  emitter: DpeNode;
  /** The ECS generator of the same boiler when it also heats the water (usage 3), else null. */
  hot_water_generator: DpeNode | null;
}

const radiators = (emission: number, tempDistribution: number, period: number, regulation: number): DpeNode => ({
  tv_rendement_emission_id: 7,
  enum_type_emission_distribution_id: emission,
  reseau_distribution_isole: 0,
  enum_type_regulation_id: regulation,
  enum_periode_installation_emetteur_id: period,
  enum_type_chauffage_id: 2,
  enum_temp_distribution_ch_id: tempDistribution,
  enum_lien_generateur_emetteur_id: 1,
  enum_equipement_intermittence_id: 3,
});

const boiler = (
  ch: number,
  ecs: number,
  tvCombustion: number,
  regulationCombustion: number,
  energy = 2,
): Pick<HeatingWords, 'generator' | 'hot_water_generator'> => ({
  generator: {
    enum_type_generateur_ch_id: ch,
    enum_usage_generateur_id: 3,
    enum_type_energie_id: energy,
    position_volume_chauffe: 1,
    tv_generateur_combustion_id: tvCombustion,
    presence_ventouse: 0,
    presence_regulation_combustion: regulationCombustion,
    enum_methode_saisie_carac_sys_id: 1,
    enum_lien_generateur_emetteur_id: 1,
  },
  hot_water_generator: {
    enum_type_generateur_ecs_id: ecs,
    enum_usage_generateur_id: 3,
    enum_type_energie_id: energy,
    tv_generateur_combustion_id: tvCombustion,
    enum_methode_saisie_carac_sys_id: 1,
    enum_type_stockage_ecs_id: 1,
    position_volume_chauffe: 1,
    volume_stockage: 0,
    presence_ventouse: 0,
  },
});

/**
 * Heating systems. Boilers heat the water too (instantaneous, « usage chauffage + ECS »), with bitube radiators on an
 * individual hot-water network (emission 34: high temperature without thermostatic valves for an old boiler; 38: with
 * valves; 39: low/medium temperature with valves for a condensing boiler); generator rows of generateur_combustion.
 * Donors: 2275E0220689Z (gas standard 1991–2000), 2233E1275975H (condensing 2001–2015), 2307E3075089A (condensing after
 * 2015), 2287E1923356Q / convecteurs (2187E… em_conv rows) for electric, 2187E1039187C (radiator emitter).
 */
export const HEATING: Readonly<Record<HeatingKind, HeatingWords>> = {
  gas_boiler_1981_1985: {
    donor: 'table generateur_combustion row 2',
    energy_id: 2,
    ...boiler(86, 46, 2, 0),
    emitter: radiators(34, 4, 1, 1),
  },
  gas_boiler_1991_2000: {
    donor: '2275E0220689Z',
    energy_id: 2,
    ...boiler(88, 48, 4, 0),
    emitter: radiators(38, 4, 2, 2),
  },
  gas_condensing_2001_2015: {
    donor: '2233E1275975H',
    energy_id: 2,
    ...boiler(96, 56, 12, 0),
    emitter: radiators(39, 3, 3, 2),
  },
  gas_condensing_after_2015: {
    donor: '2307E3075089A',
    energy_id: 2,
    ...boiler(97, 57, 13, 1),
    emitter: radiators(39, 3, 3, 2),
  },
  gas_room_heater: {
    donor: 'table generateur_combustion row 75',
    energy_id: 2,
    generator: {
      enum_type_generateur_ch_id: 53,
      enum_usage_generateur_id: 1,
      enum_type_energie_id: 2,
      position_volume_chauffe: 1,
      tv_generateur_combustion_id: 75,
      presence_ventouse: 1,
      enum_methode_saisie_carac_sys_id: 1,
      enum_lien_generateur_emetteur_id: 1,
    },
    emitter: {
      enum_type_emission_distribution_id: 19,
      tv_rendement_emission_id: 7,
      tv_rendement_distribution_ch_id: 1,
      tv_rendement_regulation_id: 9,
      enum_equipement_intermittence_id: 1,
      enum_type_regulation_id: 2,
      enum_type_chauffage_id: 1,
      enum_temp_distribution_ch_id: 1,
      enum_periode_installation_emetteur_id: 1,
      reseau_distribution_isole: 0,
      enum_lien_generateur_emetteur_id: 1,
    },
    hot_water_generator: null,
  },
  electric_convector: {
    donor: '2287E1923356Q',
    energy_id: 1,
    generator: {
      enum_type_generateur_ch_id: 98,
      enum_usage_generateur_id: 1,
      enum_type_energie_id: 1,
      position_volume_chauffe: 1,
      tv_rendement_generation_id: 29,
      enum_methode_saisie_carac_sys_id: 1,
      enum_lien_generateur_emetteur_id: 1,
    },
    emitter: {
      enum_type_emission_distribution_id: 1,
      tv_rendement_emission_id: 1,
      tv_rendement_distribution_ch_id: 1,
      tv_rendement_regulation_id: 1,
      enum_equipement_intermittence_id: 4,
      enum_type_regulation_id: 2,
      enum_type_chauffage_id: 1,
      enum_temp_distribution_ch_id: 1,
      enum_periode_installation_emetteur_id: 2,
      reseau_distribution_isole: 0,
      enum_lien_generateur_emetteur_id: 1,
    },
    hot_water_generator: null,
  },
  // Fuel oil (3) and LPG (13) boilers as the gas ones: generateur_combustion rows 20 and 5 (2187E… records with
  // generators 79 and 131).
  oil_boiler_1991_2015: {
    donor: 'generateur_combustion row 20',
    energy_id: 3,
    ...boiler(79, 39, 20, 0, 3),
    emitter: radiators(38, 4, 2, 2),
  },
  lpg_boiler_2001_2015: {
    donor: 'generateur_combustion row 5',
    energy_id: 13,
    ...boiler(131, 96, 5, 0, 13),
    emitter: radiators(39, 3, 3, 2),
  },
  // Log stove with the Flamme Verte label, 2007–2017: rendement_generation row 19 (seven records use it).
  wood_stove_2007_2017: {
    donor: 'table rendement_generation row 19',
    energy_id: 4,
    generator: {
      enum_type_generateur_ch_id: 38,
      enum_usage_generateur_id: 1,
      enum_type_energie_id: 4,
      position_volume_chauffe: 1,
      tv_rendement_generation_id: 19,
      enum_methode_saisie_carac_sys_id: 1,
      enum_lien_generateur_emetteur_id: 1,
    },
    emitter: {
      enum_type_emission_distribution_id: 21,
      tv_rendement_emission_id: 7,
      tv_rendement_distribution_ch_id: 1,
      tv_rendement_regulation_id: 10,
      enum_equipement_intermittence_id: 1,
      enum_type_regulation_id: 2,
      enum_type_chauffage_id: 1,
      enum_temp_distribution_ch_id: 1,
      enum_periode_installation_emetteur_id: 3,
      reseau_distribution_isole: 0,
      enum_lien_generateur_emetteur_id: 1,
    },
    hot_water_generator: null,
  },
  // Air-to-water heat pump installed after 2017 on low/medium-temperature radiators, SCOP from the scop table
  // (donor 2225E1557374A for the form; its SCOP was entered, here it is the table's).
  heat_pump_air_water_after_2017: {
    donor: '2225E1557374A',
    energy_id: 1,
    generator: {
      enum_type_generateur_ch_id: 7,
      enum_usage_generateur_id: 1,
      enum_type_energie_id: 1,
      position_volume_chauffe: 0,
      enum_methode_saisie_carac_sys_id: 1,
      enum_lien_generateur_emetteur_id: 1,
    },
    emitter: radiators(39, 3, 3, 2),
    hot_water_generator: null,
  },
  coal_stove: {
    donor: 'table rendement_generation row 28',
    energy_id: 11,
    generator: {
      enum_type_generateur_ch_id: 47,
      enum_usage_generateur_id: 1,
      enum_type_energie_id: 11,
      position_volume_chauffe: 1,
      tv_rendement_generation_id: 28,
      enum_methode_saisie_carac_sys_id: 1,
      enum_lien_generateur_emetteur_id: 1,
    },
    emitter: {
      enum_type_emission_distribution_id: 20,
      tv_rendement_emission_id: 7,
      tv_rendement_distribution_ch_id: 1,
      tv_rendement_regulation_id: 10,
      enum_equipement_intermittence_id: 1,
      enum_type_regulation_id: 2,
      enum_type_chauffage_id: 1,
      enum_temp_distribution_ch_id: 1,
      enum_periode_installation_emetteur_id: 1,
      reseau_distribution_isole: 0,
      enum_lien_generateur_emetteur_id: 1,
    },
    hot_water_generator: null,
  },
};

/**
 * The electric storage water heater used where the heating does not heat the water: vertical, category unknown,
 * 200 L in the heated volume (pertes_stockage row 6: 100 < V ≤ 200 L); donor 2187E0982782R (category B) for the form.
 */
export const ELECTRIC_TANK_200L: DpeNode = {
  enum_type_generateur_ecs_id: 69,
  enum_usage_generateur_id: 2,
  enum_type_energie_id: 1,
  enum_methode_saisie_carac_sys_id: 1,
  tv_pertes_stockage_id: 6,
  enum_type_stockage_ecs_id: 3,
  position_volume_chauffe: 1,
  volume_stockage: 200,
};

export const HOT_WATER_KINDS = ['electric_tank_200l', 'thermodynamic_200l'] as const;
export type HotWaterKind = (typeof HOT_WATER_KINDS)[number];
/**
 * Hot water not made by the boiler: the electric tank above, or a thermodynamic water heater on outdoor air installed
 * after 2014, 200 L (type 6; donor 2316E1073443Z, scop row 73).
 */
export const HOT_WATER: Readonly<Record<HotWaterKind, DpeNode>> = {
  electric_tank_200l: ELECTRIC_TANK_200L,
  thermodynamic_200l: {
    enum_type_generateur_ecs_id: 6,
    enum_usage_generateur_id: 2,
    enum_type_energie_id: 1,
    enum_methode_saisie_carac_sys_id: 1,
    tv_scop_id: 73,
    enum_periode_installation_ecs_thermo_id: 3,
    enum_type_stockage_ecs_id: 2,
    position_volume_chauffe: 1,
    volume_stockage: 200,
    position_volume_chauffe_stockage: 1,
  },
};
