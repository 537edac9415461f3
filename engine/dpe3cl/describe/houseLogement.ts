import { matchRows, type Tables3cl } from '../tables';
import type { DpeNode } from '../tree';
import { intermittenceRow, q4paRow, reductionRow, wallU0Row } from './lookups';
import {
  DOORS,
  ELECTRIC_TANK_200L,
  HEATING,
  HOT_WATER,
  VENTILATIONS,
  WINDOWS,
  type DoorKind,
  type HeatingKind,
  type HotWaterKind,
  type VentilationKind,
  type WindowKind,
} from './vocabulary';

/** How a wall, floor or ceiling is insulated, as a diagnostician would enter it. */
export type Insulation =
  | { kind: 'none' }
  /** Not known: the method's table by construction period and climate zone (méthode de saisie 2, « isolation inconnue »). */
  | { kind: 'unknown' }
  /** Thickness seen on site [cm] (méthode de saisie 3), inside (3 ITI) or outside (4 ITE / under the floor). */
  | { kind: 'thickness'; cm: number; type_id: 3 | 4 }
  /** Thermal resistance from the works' documents [m²·K/W] (méthode de saisie 6). */
  | { kind: 'resistance'; r_m2k_w: number; type_id: 3 | 4 };

/** A house (maison individuelle) described in the vocabulary of the 3CL-DPE 2021 method. */
export interface HouseDescription {
  year_built: number;
  /** ADEME periode_construction id (1 avant 1948 … 10 après 2021). */
  period_id: number;
  surface_habitable_m2: number;
  levels: number;
  /** Clear ceiling height [m]. */
  hsp_m: number;
  /** ADEME zone_climatique id (1 h1a … 8 h3) and classe_altitude id (1 below 400 m). */
  zone_id: number;
  altitude_class_id: number;
  /** Exterior walls: opaque area [m²] and orientation (1 sud, 2 nord, 3 est, 4 ouest). */
  walls: { area_m2: number; orientation_id: number }[];
  wall: { material_id: number; thickness_cm: number; insulation: Insulation };
  floor: { area_m2: number; perimeter_m: number; adjacency_id: 5 | 6; type_id: number; insulation: Insulation };
  /** Attic floor under a ventilated loft (comble fortement ventilé): ceiling area and the roof's area above it. */
  ceiling: { area_m2: number; roof_area_m2: number; type_id: number; insulation: Insulation };
  windows: { area_m2: number; orientation_id: number; kind: WindowKind }[];
  door: { area_m2: number; kind: DoorKind };
  ventilation: VentilationKind;
  heating: HeatingKind;
  /** Hot water apart from the heating; absent: the boiler's own, or the electric tank when the heating makes none. */
  hot_water?: HotWaterKind;
}

/** The reference linking a boiler's heating and hot-water generators (« générateur mixte »). */
const MIXED = 'generateur-1';

const HEAVY_WALL_MATERIALS = new Set([2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 19]);
const HEAVY_FLOORS = new Set([7, 8, 9, 11]);
const HEAVY_CEILINGS = new Set([8, 11]);

/** The fields of an insulation as the method's elements hold them. */
function insulationFields(ins: Insulation): DpeNode {
  switch (ins.kind) {
    case 'none':
      return { enum_type_isolation_id: 2, enum_methode_saisie_u_id: 1 };
    case 'unknown':
      return { enum_type_isolation_id: 1, enum_methode_saisie_u_id: 2 };
    case 'thickness':
      return { enum_type_isolation_id: ins.type_id, epaisseur_isolation: ins.cm, enum_methode_saisie_u_id: 3 };
    case 'resistance':
      return { enum_type_isolation_id: ins.type_id, resistance_isolation: ins.r_m2k_w, enum_methode_saisie_u_id: 6 };
  }
}

function check(name: string, v: number, lo: number, hi: number): void {
  if (!Number.isFinite(v) || v < lo || v > hi) throw new RangeError(`${name} must be within [${lo}, ${hi}], got ${v}`);
}

/**
 * The `logement` node of a DPE tree (ADEME's format, engine/dpe3cl/tree.ts) for a house described in the method's
 * vocabulary: what a diagnostician's software would write for it, table rows included, so that the 3CL method
 * (engine/dpe3cl) computes it like a real record. No `sortie`: that is what the method computes.
 */
export function houseLogement(h: HouseDescription, tables: Tables3cl): DpeNode {
  check('surface_habitable_m2', h.surface_habitable_m2, 10, 1000);
  check('levels', h.levels, 1, 5);
  check('hsp_m', h.hsp_m, 1.8, 5);
  check('zone_id', h.zone_id, 1, 8);
  check('period_id', h.period_id, 1, 10);
  const wallU0 = wallU0Row(tables, h.wall.material_id, h.wall.thickness_cm);
  const heavyWalls = HEAVY_WALL_MATERIALS.has(h.wall.material_id) && h.wall.thickness_cm >= 11;
  const heavyFloor = HEAVY_FLOORS.has(h.floor.type_id);
  const heavyCeiling = HEAVY_CEILINGS.has(h.ceiling.type_id);
  const heavyCount = [heavyWalls, heavyFloor, heavyCeiling].filter(Boolean).length;
  // §7: 3 heavy → très lourde (1), 2 → lourde (2), 1 → moyenne (3), 0 → légère (4).
  const inertia = 4 - heavyCount;

  const murs: DpeNode[] = h.walls
    .filter((w) => w.area_m2 > 0)
    .map((w, i) => ({
      donnee_entree: {
        description: `Mur ${i + 1} (estimation)`,
        tv_coef_reduction_deperdition_id: 1,
        enum_type_adjacence_id: 1,
        enum_orientation_id: w.orientation_id,
        surface_paroi_totale: w.area_m2,
        surface_paroi_opaque: w.area_m2,
        tv_umur0_id: Number(wallU0['tv_umur0_id']),
        epaisseur_structure: h.wall.thickness_cm,
        enum_materiaux_structure_mur_id: Number(wallU0['enum_materiaux_structure_mur_id']!.split('|')[0]),
        enum_methode_saisie_u0_id: 2,
        paroi_ancienne: h.period_id === 1 ? 1 : 0,
        enum_type_doublage_id: 2,
        ...insulationFields(h.wall.insulation),
      },
    }));

  const upb0Row = matchRows(tables, 'upb0', { enum_type_plancher_bas_id: h.floor.type_id })[0];
  if (!upb0Row) throw new RangeError(`floor.type_id ${h.floor.type_id} is not an ADEME type_plancher_bas`);
  const plancherBas: DpeNode = {
    donnee_entree: {
      description: 'Plancher bas (estimation)',
      enum_type_adjacence_id: h.floor.adjacency_id,
      surface_paroi_opaque: h.floor.area_m2,
      tv_upb0_id: Number(upb0Row['tv_upb0_id']),
      enum_type_plancher_bas_id: h.floor.type_id,
      enum_methode_saisie_u0_id: 2,
      ...insulationFields(h.floor.insulation),
      calcul_ue: 1,
      perimetre_ue: h.floor.perimeter_m,
      surface_ue: h.floor.area_m2,
    },
  };

  const uph0Row = matchRows(tables, 'uph0', { enum_type_plancher_haut_id: h.ceiling.type_id })[0];
  if (!uph0Row) throw new RangeError(`ceiling.type_id ${h.ceiling.type_id} is not an ADEME type_plancher_haut`);
  // The loft (comble fortement ventilé, adjacency 11) is not insulated; the dwelling's ceiling is or is not.
  const cfg = h.ceiling.insulation.kind === 'none' ? 2 : 4;
  const reduction = reductionRow(tables, 11, cfg, h.ceiling.area_m2, h.ceiling.roof_area_m2);
  const plancherHaut: DpeNode = {
    donnee_entree: {
      description: 'Plafond sous combles perdus (estimation)',
      tv_coef_reduction_deperdition_id: Number(reduction['tv_coef_reduction_deperdition_id']),
      surface_aiu: h.ceiling.area_m2,
      surface_aue: h.ceiling.roof_area_m2,
      enum_cfg_isolation_lnc_id: cfg,
      enum_type_adjacence_id: 11,
      surface_paroi_opaque: h.ceiling.area_m2,
      tv_uph0_id: Number(uph0Row['tv_uph0_id']),
      enum_type_plancher_haut_id: h.ceiling.type_id,
      enum_methode_saisie_u0_id: 2,
      ...insulationFields(h.ceiling.insulation),
    },
  };

  const baies: DpeNode[] = h.windows
    .filter((w) => w.area_m2 > 0)
    .map((w, i) => ({
      donnee_entree: {
        description: `Fenêtre ${i + 1} (estimation)`,
        tv_coef_reduction_deperdition_id: 1,
        enum_type_adjacence_id: 1,
        surface_totale_baie: w.area_m2,
        nb_baie: Math.max(1, Math.round(w.area_m2 / 1.5)),
        ...WINDOWS[w.kind].fields,
        enum_orientation_id: w.orientation_id,
      },
    }));

  const porte: DpeNode = {
    donnee_entree: {
      description: "Porte d'entrée (estimation)",
      tv_coef_reduction_deperdition_id: 1,
      enum_type_adjacence_id: 1,
      surface_porte: h.door.area_m2,
      nb_porte: 1,
      ...DOORS[h.door.kind].fields,
    },
  };

  const insulatedSurfaces = [h.wall.insulation, h.ceiling.insulation].some((x) => x.kind !== 'none');
  const q4pa = q4paRow(tables, h.period_id, insulatedSurfaces);
  const ventilation: DpeNode = {
    donnee_entree: {
      description: 'Ventilation (estimation)',
      surface_ventile: h.surface_habitable_m2,
      plusieurs_facade_exposee: 1,
      tv_q4pa_conv_id: Number(q4pa['tv_q4pa_conv_id']),
      enum_methode_saisie_q4pa_conv_id: 1,
      ...VENTILATIONS[h.ventilation],
      ventilation_post_2012: h.ventilation === 'vmc_hygro_b_after_2012' ? 1 : 0,
    },
  };

  const heating = HEATING[h.heating];
  const emission = Number(heating.emitter['enum_type_emission_distribution_id']);
  const emitter: DpeNode = { surface_chauffee: h.surface_habitable_m2, ...heating.emitter };
  if (emitter['tv_rendement_distribution_ch_id'] === undefined) {
    const rd = matchRows(tables, 'rendement_distribution_ch', {
      enum_type_emission_distribution_id: emission,
      reseau_distribution_isole: Number(emitter['reseau_distribution_isole'] ?? 0),
    })[0];
    const rr = matchRows(tables, 'rendement_regulation', { enum_type_emission_distribution_id: emission })[0];
    if (!rd || !rr) throw new RangeError(`no distribution/regulation rows for emission ${emission}`);
    emitter['tv_rendement_distribution_ch_id'] = Number(rd['tv_rendement_distribution_ch_id']);
    emitter['tv_rendement_regulation_id'] = Number(rr['tv_rendement_regulation_id']);
  }
  emitter['tv_intermittence_id'] = Number(
    intermittenceRow(tables, {
      type_installation_id: 1,
      type_chauffage_id: Number(emitter['enum_type_chauffage_id']),
      equipement_intermittence_id: Number(emitter['enum_equipement_intermittence_id']),
      type_regulation_id: Number(emitter['enum_type_regulation_id']),
      type_emission_distribution_id: emission,
      classe_inertie_id: inertia,
    })['tv_intermittence_id'],
  );

  const installationChauffage: DpeNode = {
    donnee_entree: {
      surface_chauffee: h.surface_habitable_m2,
      nombre_niveau_installation_ch: h.levels,
      enum_cfg_installation_ch_id: 1,
      enum_type_installation_id: 1,
      enum_methode_calcul_conso_id: 1,
    },
    emetteur_chauffage_collection: { emetteur_chauffage: [{ donnee_entree: emitter }] },
    generateur_chauffage_collection: {
      generateur_chauffage: [
        {
          donnee_entree: {
            reference: MIXED,
            ...heating.generator,
            // A boiler whose water is heated by another appliance heats only.
            ...(h.hot_water && heating.hot_water_generator ? { enum_usage_generateur_id: 1 } : {}),
          },
        },
      ],
    },
  };

  const installationEcs: DpeNode = {
    donnee_entree: {
      enum_cfg_installation_ecs_id: 1,
      enum_type_installation_id: 1,
      enum_methode_calcul_conso_id: 1,
      surface_habitable: h.surface_habitable_m2,
      nombre_logement: 1,
      nombre_niveau_installation_ecs: h.levels,
      // Production in the heated volume, rooms served next to it (rendement_distribution_ecs row 1).
      tv_rendement_distribution_ecs_id: 1,
      enum_bouclage_reseau_ecs_id: 1,
    },
    generateur_ecs_collection: {
      generateur_ecs: [
        {
          donnee_entree: h.hot_water
            ? { ...HOT_WATER[h.hot_water] }
            : heating.hot_water_generator
              ? { reference_generateur_mixte: MIXED, ...heating.hot_water_generator }
              : { ...ELECTRIC_TANK_200L },
        },
      ],
    },
  };

  return {
    caracteristique_generale: {
      annee_construction: h.year_built,
      enum_periode_construction_id: h.period_id,
      enum_methode_application_dpe_log_id: 1,
      surface_habitable_logement: h.surface_habitable_m2,
      nombre_niveau_logement: h.levels,
      hsp: h.hsp_m,
    },
    meteo: {
      enum_zone_climatique_id: h.zone_id,
      enum_classe_altitude_id: h.altitude_class_id,
      batiment_materiaux_anciens: h.period_id === 1 ? 1 : 0,
    },
    enveloppe: {
      inertie: {
        inertie_plancher_bas_lourd: heavyFloor ? 1 : 0,
        inertie_plancher_haut_lourd: heavyCeiling ? 1 : 0,
        inertie_paroi_verticale_lourd: heavyWalls ? 1 : 0,
        enum_classe_inertie_id: inertia,
      },
      mur_collection: { mur: murs },
      plancher_bas_collection: { plancher_bas: [plancherBas] },
      plancher_haut_collection: { plancher_haut: [plancherHaut] },
      baie_vitree_collection: { baie_vitree: baies },
      porte_collection: { porte: [porte] },
      ets_collection: {},
      pont_thermique_collection: {},
    },
    ventilation_collection: { ventilation: [ventilation] },
    climatisation_collection: {},
    installation_ecs_collection: { installation_ecs: [installationEcs] },
    installation_chauffage_collection: { installation_chauffage: [installationChauffage] },
  };
}
