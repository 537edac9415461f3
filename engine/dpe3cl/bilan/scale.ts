import { nodeAt, text, type DpeNode } from '../tree';

/**
 * Methods of application (`enum_methode_application_dpe_log_id`) whose needs are the dwelling's own: a house
 * (1, 14, 18) or a flat assessed alone (2–5, 31, 32, 35–37). Every other method — a building's DPE, a flat's generated
 * from it, a flat's from an RT2012 / RE2020 study — computes the needs on the building (§17.2), and the flat's share of
 * each collective or repeated system is its repartition key.
 */
const OWN_SCALE_METHODS = new Set(['1', '14', '18', '2', '3', '4', '5', '31', '32', '35', '36', '37']);

/** Whether the needs of `logement` are at the building's scale (see OWN_SCALE_METHODS). */
export function needsAtBuildingScale(logement: DpeNode): boolean {
  const m = text(nodeAt(logement, 'caracteristique_generale'), 'enum_methode_application_dpe_log_id') ?? '1';
  return !OWN_SCALE_METHODS.has(m);
}
