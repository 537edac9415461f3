import { nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';

/**
 * The number of adult-equivalents Nadeq, 3CL-DPE 2021 §11 « besoin d'ECS ». For a house (and a flat assessed alone):
 * Nmax from the dwelling area Sh [m²]; for a building (or a flat generated from the building's DPE): Nmax from the
 * mean area per flat, times the number of flats. Then Nadeq = Nmax when Nmax < 1.75, else 1.75 + 0.3 (Nmax − 1.75).
 */

/** Methods (enum_methode_application_dpe_log_id) of a house: maison individuelle, RT2012 / RE2020 maison. */
const HOUSE = new Set([1, 14, 18]);
/** Methods of a flat assessed on its own (appartement individuel …). */
const FLAT = new Set([2, 3, 4, 5, 31, 32, 35, 36, 37]);

function cap(nmax: number): number {
  return nmax < 1.75 ? nmax : 1.75 + 0.3 * (nmax - 1.75);
}

/** §11, a house: Nmax = 1 (Sh < 30), 1.75 − 0.01875 (70 − Sh) (30 ≤ Sh < 70), 0.025 Sh (Sh ≥ 70). */
export function nadeqHouse(area_m2: number): number {
  if (!(area_m2 > 0)) throw new RangeError(`surface_habitable_logement must be > 0, got ${area_m2}`);
  const nmax = area_m2 < 30 ? 1 : area_m2 < 70 ? 1.75 - 0.01875 * (70 - area_m2) : 0.025 * area_m2;
  return cap(nmax);
}

/**
 * §11, flats: with Shmoy = area / flats, Nmax = 1 (Shmoy < 10), 1.75 − 0.01875 (50 − Shmoy) (10 ≤ Shmoy < 50),
 * 0.035 Shmoy (Shmoy ≥ 50); Nadeq = flats × capped Nmax.
 */
export function nadeqFlats(area_m2: number, flats: number): number {
  if (!(area_m2 > 0)) throw new RangeError(`surface_habitable must be > 0, got ${area_m2}`);
  if (!(flats >= 1)) throw new RangeError(`nombre_appartement must be ≥ 1, got ${flats}`);
  const shmoy = area_m2 / flats;
  const nmax = shmoy < 10 ? 1 : shmoy < 50 ? 1.75 - 0.01875 * (50 - shmoy) : 0.035 * shmoy;
  return flats * cap(nmax);
}

function required(node: DpeNode | null, key: string): number {
  const v = numberAt(node, key);
  if (v === null || !(v > 0)) throw new RangeError(`caracteristique_generale/${key} must be > 0, got ${String(v)}`);
  return v;
}

/** Nadeq of a `logement` node (§11), from its method of application, areas and number of flats. */
export function nadeq(logement: DpeNode): number {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const method = numberAt(cg, 'enum_methode_application_dpe_log_id');
  if (method === null) throw new RangeError('caracteristique_generale/enum_methode_application_dpe_log_id is missing');
  if (HOUSE.has(method)) return nadeqHouse(required(cg, 'surface_habitable_logement'));
  if (FLAT.has(method)) return nadeqFlats(required(cg, 'surface_habitable_logement'), 1);
  return nadeqFlats(required(cg, 'surface_habitable_immeuble'), required(cg, 'nombre_appartement'));
}

/**
 * The area Sh [m²] the needs are computed for: the building's (`surface_habitable_immeuble`) for a building's DPE,
 * the flats generated from it and the RT2012 / RE2020 study flats; the dwelling's (`surface_habitable_logement`)
 * for a house or a flat assessed alone.
 */
export function needsArea_m2(logement: DpeNode): number {
  const cg = nodeAt(logement, 'caracteristique_generale');
  const method = numberAt(cg, 'enum_methode_application_dpe_log_id') ?? 0;
  const own = HOUSE.has(method) || FLAT.has(method);
  return own ? required(cg, 'surface_habitable_logement') : required(cg, 'surface_habitable_immeuble');
}
