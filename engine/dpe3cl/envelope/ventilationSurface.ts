import { nodeAt, type DpeNode } from '../tree';
import { enumId, numberIn } from './read';

/**
 * enum_methode_application_dpe_log_id of the DPE of a flat generated from the building's DPE, and of a building's
 * DPE: §4 works on the building's living area.
 */
const BUILDING_AREA_METHODS = new Set([6, 7, 8, 9, 10, 11, 12, 13, 17, 21, 26, 27, 28, 29, 30, 33, 34, 38, 39, 40]);

/** The living area Sh of §4 [m²]: the building's for a building DPE or one generated from it, else surface_ventile (the dwelling's by default). */
export function ventilationSurface(ventilation: DpeNode, logement: DpeNode): number {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const methode = enumId(cg, 'enum_methode_application_dpe_log_id') ?? 1;
  const building = numberIn(cg, 'surface_habitable_immeuble');
  if (BUILDING_AREA_METHODS.has(methode) && building !== null && building > 0) return building;
  const s = numberIn(ventilation, 'surface_ventile') ?? numberIn(cg, 'surface_habitable_logement');
  if (s === null || !(s > 0))
    throw new RangeError(
      `logement/ventilation_collection/ventilation/donnee_entree/surface_ventile must be > 0, got ${s}`,
    );
  return s;
}
