import { nodeAt, type DpeNode } from '../tree';
import { numberAt as num } from './readNumber';
import { baseTemperature } from './climate';

/**
 * What the heating part reads from the `logement` node besides the installations: climate zone, altitude class, base
 * temperature, surfaces, height, inertia, and the surface the needs refer to. Apartments generated from a building DPE
 * (`enum_methode_application_dpe_log_id` 10–13, 15, 16, 19, 20, 22–25, 33, 34, 38–40) compute needs on the building's
 * surface; building DPEs (6–9, 26–28) on the building's.
 */
export interface DwellingContext {
  methodeApplicationId: number;
  zoneId: number;
  altitudeClassId: number;
  tbase_c: number;
  /** The dwelling's (or building's, for a building DPE) living area [m²]. */
  surface_habitable_m2: number;
  /** The area the needs and installations refer to [m²]. */
  surface_besoin_m2: number;
  hsp_m: number;
  classeInertieId: number;
  /** Heavy inertia with mostly old walls (§18.3), selects the « 1 » sheets of the climate tables. */
  heavyOldWalls: boolean;
  constructionYear: number;
  isBuilding: boolean;
}

const BUILDING_SURFACE_METHODS = new Set([10, 11, 12, 13, 15, 16, 19, 20, 22, 23, 24, 25, 33, 34, 38, 39, 40]);
const BUILDING_METHODS = new Set([6, 7, 8, 9, 26, 27, 28]);

function need(node: DpeNode | null, key: string, where: string): number {
  const v = num(node, key);
  if (v === null) throw new RangeError(`${where}/${key} is missing or not a number`);
  return v;
}

export function dwellingContext(logement: DpeNode): DwellingContext {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const meteo = nodeAt(logement, 'meteo');
  const inertie = nodeAt(logement, 'enveloppe/inertie');
  const methodeApplicationId = need(cg, 'enum_methode_application_dpe_log_id', 'caracteristique_generale');
  const zoneId = need(meteo, 'enum_zone_climatique_id', 'meteo');
  const altitudeClassId = need(meteo, 'enum_classe_altitude_id', 'meteo');
  const isBuilding = BUILDING_METHODS.has(methodeApplicationId);
  const shLogement = num(cg, 'surface_habitable_logement');
  const shImmeuble = num(cg, 'surface_habitable_immeuble');
  const surface_habitable_m2 = (isBuilding ? shImmeuble : shLogement) ?? shLogement ?? shImmeuble;
  if (!(surface_habitable_m2 && surface_habitable_m2 > 0))
    throw new RangeError('caracteristique_generale/surface_habitable_logement must be > 0');
  const surface_besoin_m2 =
    BUILDING_SURFACE_METHODS.has(methodeApplicationId) && shImmeuble ? shImmeuble : surface_habitable_m2;
  const classeInertieId = need(inertie, 'enum_classe_inertie_id', 'enveloppe/inertie');
  return {
    methodeApplicationId,
    zoneId,
    altitudeClassId,
    tbase_c: baseTemperature(zoneId, altitudeClassId),
    surface_habitable_m2,
    surface_besoin_m2,
    hsp_m: need(cg, 'hsp', 'caracteristique_generale'),
    classeInertieId,
    heavyOldWalls: num(meteo, 'batiment_materiaux_anciens') === 1 && classeInertieId <= 2,
    constructionYear: num(cg, 'annee_construction') ?? 1970,
    isBuilding,
  };
}
