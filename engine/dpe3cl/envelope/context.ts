import { items, nodeAt, type DpeNode } from '../tree';
import { enumId, numberIn, requiredEnumId, requiredNumber } from './read';

/**
 * What the envelope calculation needs to know about the whole dwelling (`logement/caracteristique_generale`,
 * `logement/meteo`, the heating installations).
 */
export interface EnvelopeContext {
  /** enum_periode_construction_id (1 = avant 1948 … 10 = après 2021). */
  periodeConstructionId: number;
  /** enum_zone_climatique_id (1 = H1a … 8 = H3). */
  zoneClimatiqueId: number;
  /** The zone group of the U tables: 'H1', 'H2' or 'H3'. */
  zoneGroup: 'H1' | 'H2' | 'H3';
  /** enum_methode_application_dpe_log_id (1 = maison individuelle …). */
  methodeApplicationId: number;
  /** Whether the dwelling counts as heated by the Joule effect (§3.2), which selects the U table rows. */
  effetJoule: boolean;
  /** Mean ceiling height hsp [m]. */
  hsp_m: number;
}

/** Generators heating by a resistance (§3.2: « chaleur fournie par une résistance électrique »), enum_type_generateur_ch_id. */
const JOULE_GENERATORS = new Set([98, 99, 100, 101, 102, 103, 104, 105, 106]);

/**
 * §3.2 « On considère qu'un logement est chauffé par effet joule lorsque la chaleur est fournie par une résistance
 * électrique »: the installations whose generators are Joule-effect ones heat at least half the heated area.
 */
export function isEffetJoule(logement: DpeNode): boolean {
  let joule = 0;
  let total = 0;
  for (const inst of items(logement, 'installation_chauffage_collection', 'installation_chauffage')) {
    const area = numberIn(nodeAt(inst, 'donnee_entree'), 'surface_chauffee') ?? 0;
    const gens = items(inst, 'generateur_chauffage_collection', 'generateur_chauffage');
    // Back-up generators (enum_lien_generateur_emetteur_id 2 « appoint », 3 « appoint électrique salle de bain ») do not count.
    const isJoule = gens.some((g) => {
      const de = nodeAt(g, 'donnee_entree');
      return (
        (enumId(de, 'enum_lien_generateur_emetteur_id') ?? 1) === 1 &&
        JOULE_GENERATORS.has(enumId(de, 'enum_type_generateur_ch_id') ?? -1)
      );
    });
    if (isJoule) joule += area;
    total += area;
  }
  return total > 0 && joule / total >= 0.5;
}

/** Reads the context of a `logement` node; RangeError naming the missing field. */
export function envelopeContext(logement: DpeNode): EnvelopeContext {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const meteo = nodeAt(logement, 'meteo');
  if (!cg) throw new RangeError('logement/caracteristique_generale is missing');
  if (!meteo) throw new RangeError('logement/meteo is missing');
  const where = 'logement/caracteristique_generale';
  const zc = requiredEnumId(meteo, 'enum_zone_climatique_id', 'logement/meteo');
  if (zc < 1 || zc > 8) throw new RangeError(`logement/meteo/enum_zone_climatique_id must be within [1, 8], got ${zc}`);
  const methode = requiredEnumId(cg, 'enum_methode_application_dpe_log_id', where);
  return {
    periodeConstructionId: requiredEnumId(cg, 'enum_periode_construction_id', where),
    zoneClimatiqueId: zc,
    zoneGroup: zc <= 3 ? 'H1' : zc <= 7 ? 'H2' : 'H3',
    methodeApplicationId: methode,
    effetJoule: isEffetJoule(logement),
    hsp_m: requiredNumber(cg, 'hsp', where),
  };
}
