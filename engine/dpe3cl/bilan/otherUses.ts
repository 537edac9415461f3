import type { Tables3cl } from '../tables';
import { items, nodeAt, text, type DpeNode } from '../tree';
import { numberAt } from './read';
import { needsAtBuildingScale } from './scale';
import { coolingConsumption } from './cooling';
import { ecsConsumption, type EcsOptions, type EcsResult, type EnergyUse } from './ecsConsumption';
import { lightingConsumption_kwh } from './lighting';
import { ventilationAuxiliary_kwh } from './ventilationAuxiliary';

/** The needs computed upstream (§9–11), in kWh/yr. */
export interface Needs3cl {
  besoin_ecs_kwh: number;
  besoin_ecs_depensier_kwh: number;
  besoin_fr_kwh: number;
  besoin_fr_depensier_kwh: number;
}

/** The uses other than heating, in final energy [kWh/yr]. */
export interface OtherUses {
  ecs: EcsResult;
  /** Cooling by carrier. */
  fr: EnergyUse[];
  conso_fr_kwh: number;
  conso_fr_depensier_kwh: number;
  conso_eclairage_kwh: number;
  conso_auxiliaire_ventilation_kwh: number;
  conso_auxiliaire_generation_ecs_kwh: number;
}

/** The living area the DPE is per [m²]: the dwelling's, or the building's for a whole-building DPE. */
export function dpeSurface_m2(logement: DpeNode): number {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const s = numberAt(cg, 'surface_habitable_logement') ?? numberAt(cg, 'surface_habitable_immeuble');
  if (s === null || !(s > 0))
    throw new RangeError('caracteristique_generale/surface_habitable_logement must be > 0 m²');
  return s;
}

/**
 * The area the needs refer to [m²]: the building's (`surface_habitable_immeuble`) when the needs are at the building's
 * scale (a building's DPE, a flat's generated from it or from a study), else the dwelling's.
 */
export function needsSurface_m2(logement: DpeNode): number {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const si = numberAt(cg, 'surface_habitable_immeuble');
  return needsAtBuildingScale(logement) && si !== null && si > 0 ? si : dpeSurface_m2(logement);
}

/** Whether the DPE is of a single-family house (methods 1, 14, 18). */
export function isHouse(logement: DpeNode): boolean {
  const m = text(nodeAt(logement, 'caracteristique_generale'), 'enum_methode_application_dpe_log_id') ?? '1';
  return ['1', '14', '18'].includes(m);
}

/**
 * Hot water (§11, §14), cooling (§10), lighting (§16.1), ventilation fans (§5) and hot-water generation auxiliaries
 * (§15.1) of `logement` for the given needs.
 */
export function otherUses(tables: Tables3cl, logement: DpeNode, needs: Needs3cl, options: EcsOptions = {}): OtherUses {
  const zoneId = text(nodeAt(logement, 'meteo'), 'enum_zone_climatique_id');
  if (!zoneId) throw new RangeError('meteo/enum_zone_climatique_id is missing');
  const sh = dpeSurface_m2(logement);
  const house = isHouse(logement);
  const ecs = ecsConsumption(tables, logement, needs.besoin_ecs_kwh, needs.besoin_ecs_depensier_kwh, options);
  const clim = items(logement, 'climatisation_collection', 'climatisation').map((c) =>
    coolingConsumption(
      tables,
      c,
      zoneId,
      needsSurface_m2(logement),
      needs.besoin_fr_kwh,
      needs.besoin_fr_depensier_kwh,
    ),
  );
  const fr = new Map<string, number>();
  for (const c of clim) fr.set(c.enum_type_energie_id, (fr.get(c.enum_type_energie_id) ?? 0) + c.conso_kwh);
  const vent = items(logement, 'ventilation_collection', 'ventilation').reduce(
    // A building's ventilation described in a flat's DPE: the flat's share is its cle_repartition_ventilation.
    (a, v) =>
      a +
      ventilationAuxiliary_kwh(tables, v, house) *
        (numberAt(nodeAt(v, 'donnee_entree'), 'cle_repartition_ventilation') ?? 1),
    0,
  );
  return {
    ecs,
    fr: [...fr].map(([enum_type_energie_id, conso_kwh]) => ({ enum_type_energie_id, conso_kwh })),
    conso_fr_kwh: clim.reduce((a, c) => a + c.conso_kwh, 0),
    conso_fr_depensier_kwh: clim.reduce((a, c) => a + c.conso_depensier_kwh, 0),
    conso_eclairage_kwh: lightingConsumption_kwh(zoneId, sh),
    conso_auxiliaire_ventilation_kwh: vent,
    conso_auxiliaire_generation_ecs_kwh: ecs.conso_auxiliaire_generation_kwh,
  };
}
