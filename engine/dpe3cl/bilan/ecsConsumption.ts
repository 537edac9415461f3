import { cellNumber, matchRow, matchRows, type Tables3cl } from '../tables';
import { items, nodeAt, text, type DpeNode } from '../tree';
import { numberAt } from './read';
import { needsAtBuildingScale } from './scale';
import { ecsGeneratorConsumption, type EcsGeneratorResult } from './ecsGenerator';

/** Final energy of one carrier [kWh]; a district network is named by its id (`identifiant_reseau_chaleur`). */
export interface EnergyUse {
  enum_type_energie_id: string;
  conso_kwh: number;
  identifiant_reseau_chaleur?: string | null;
  /** `date_arrete_reseau_chaleur` of the record, when the diagnostician chose the network list by date. */
  date_arrete_reseau_chaleur?: string | null;
}

/**
 * Hot-water consumption of a dwelling (3CL annexe 1 §11): the need Becs (§11.1, given) is shared between the
 * installations in proportion to the living area each serves, then equally between the generators of an installation;
 * each generator's consumption follows §14 (ecsGenerator.ts) with the installation's distribution efficiency Rd
 * (§11.2, table rendement_distribution_ecs) and solar fraction Fecs (§11.3, table facteur_couverture_solaire or the
 * entered value).
 *
 * Needs at the building's scale (a building's DPE, or a flat's generated from it, §17.2): an installation described
 * once for `rdim` identical copies (`rdim` dwellings each with the same individual system) serves rdim × its
 * `surface_habitable`, so the installations share Becs by rdim × S; each copy is computed on its 1 / rdim of that share
 * (the generator's own need, which its losses are weighed against), then the dwelling takes rdim copies × its
 * `cle_repartition_ecs` (a flat's key, its share of the building's need) when one is given:
 *   Cecs,inst = rdim × cle × Cecs,copy(Becs × part / rdim),  part = rdim S / Σ rdim S.
 */
export interface EcsInstallationResult {
  rendement_distribution: number;
  fecs: number;
  /** Share of the dwelling's need this installation covers [-]. */
  part_besoin: number;
  /**
   * What the dwelling takes of one computed copy of the installation (§17.2): rdim copies × the repartition key of a
   * flat whose need is the building's (or of a collective installation), else 1.
   */
  cle_repartition: number;
  generators: EcsGeneratorResult[];
  conso_kwh: number;
  conso_depensier_kwh: number;
}

export interface EcsResult {
  installations: EcsInstallationResult[];
  conso_kwh: number;
  conso_depensier_kwh: number;
  /** §15.1 generation auxiliaries of the ECS boilers [kWh]. */
  conso_auxiliaire_generation_kwh: number;
  /** Final energy by carrier (and district network) [kWh]. */
  par_energie: EnergyUse[];
}

export interface EcsOptions {
  characteristics?: 'record' | 'table';
}

function distributionEfficiency(tables: Tables3cl, de: DpeNode): number {
  const id = text(de, 'tv_rendement_distribution_ecs_id');
  if (id)
    return cellNumber(matchRow(tables, 'rendement_distribution_ecs', { tv_rendement_distribution_ecs_id: id }), 'rd');
  const type = text(de, 'enum_type_installation_id') ?? '1';
  if (type === '1') return 0.93; // production in the heated volume, rooms contiguous (§11.2 default)
  return numberAt(de, 'reseau_distribution_isole') === 0 ? 0.28 : 0.83;
}

function solarFraction(tables: Tables3cl, de: DpeNode, zoneId: string, house: boolean): number {
  const entered = numberAt(de, 'fecs_saisi');
  if (entered !== null) return entered;
  const solar = text(de, 'enum_type_installation_solaire_id');
  if (!solar) return 0;
  const id = text(de, 'tv_facteur_couverture_solaire_id');
  const row = id
    ? matchRows(tables, 'facteur_couverture_solaire', { tv_facteur_couverture_solaire_id: id })[0]
    : matchRows(tables, 'facteur_couverture_solaire', {
        enum_zone_climatique_id: zoneId,
        enum_type_installation_solaire_id: solar,
        type_batiment: house ? 'maison' : 'immeuble',
      })[0];
  if (!row) throw new RangeError(`no facteur_couverture_solaire for enum_type_installation_solaire_id ${solar}`);
  return cellNumber(row, 'facteur_couverture_solaire');
}

/** Pn [W] of the heating generator sharing `reference_generateur_mixte` with the ECS generator, if any. */
function mixedHeatingPn_w(logement: DpeNode, generator: DpeNode): number | null {
  const de = generator['donnee_entree'] as DpeNode;
  const ref = text(de, 'reference_generateur_mixte');
  if (!ref) return null;
  for (const inst of items(logement, 'installation_chauffage_collection', 'installation_chauffage')) {
    for (const g of items(inst, 'generateur_chauffage_collection', 'generateur_chauffage')) {
      const gde = nodeAt(g, 'donnee_entree');
      if (text(gde, 'reference_generateur_mixte') === ref || text(gde, 'reference') === ref) {
        const pn = numberAt(nodeAt(g, 'donnee_intermediaire'), 'pn') ?? numberAt(gde, 'pn');
        if (pn) return pn;
      }
    }
  }
  return null;
}

/**
 * Hot-water consumption [kWh] of `logement` for the need `besoin_ecs_kwh` (and its « dépensier » variant).
 * Throws a RangeError naming the field when an installation lacks what the method needs.
 */
export function ecsConsumption(
  tables: Tables3cl,
  logement: DpeNode,
  besoin_ecs_kwh: number,
  besoin_ecs_depensier_kwh: number,
  options: EcsOptions = {},
): EcsResult {
  if (!(besoin_ecs_kwh >= 0)) throw new RangeError(`besoin_ecs must be ≥ 0 kWh, got ${besoin_ecs_kwh}`);
  const zoneId = text(nodeAt(logement, 'meteo'), 'enum_zone_climatique_id');
  if (!zoneId) throw new RangeError('meteo/enum_zone_climatique_id is missing');
  const method = text(nodeAt(logement, 'caracteristique_generale'), 'enum_methode_application_dpe_log_id') ?? '1';
  const house = ['1', '14', '18'].includes(method);
  const buildingScale = needsAtBuildingScale(logement);
  const installs = items(logement, 'installation_ecs_collection', 'installation_ecs');
  const copiesOf = (de: DpeNode | null): number => {
    const r = numberAt(de, 'rdim');
    return r !== null && r >= 1 ? r : 1;
  };
  const areas = installs.map((i) => {
    const de = nodeAt(i, 'donnee_entree');
    return (numberAt(de, 'surface_habitable') ?? 0) * copiesOf(de);
  });
  const totalArea = areas.reduce((a, b) => a + b, 0);
  const out: EcsResult = {
    installations: [],
    conso_kwh: 0,
    conso_depensier_kwh: 0,
    conso_auxiliaire_generation_kwh: 0,
    par_energie: [],
  };
  const byEnergy = new Map<string, EnergyUse>();
  installs.forEach((inst, k) => {
    const de = nodeAt(inst, 'donnee_entree');
    if (!de) throw new RangeError('installation_ecs/donnee_entree is missing');
    const part = installs.length > 1 && totalArea > 0 ? areas[k]! / totalArea : 1;
    const rd = distributionEfficiency(tables, de);
    const fecs = solarFraction(tables, de, zoneId, house);
    const gens = items(inst, 'generateur_ecs_collection', 'generateur_ecs');
    const type = text(de, 'enum_type_installation_id');
    // §17.2: a flat's DPE built from the building's — the installation is computed on the building's need and the
    // flat takes its repartition key's share; a collective installation of a flat's own DPE likewise.
    const cle = numberAt(de, 'cle_repartition_ecs');
    const copies = buildingScale ? copiesOf(de) : 1;
    const key = (cle !== null && cle > 0 && (buildingScale || type !== '1') ? cle : 1) * copies;
    const results = gens.map((g) => {
      const r = ecsGeneratorConsumption(tables, {
        generator: g,
        besoin_kwh: (besoin_ecs_kwh * part) / copies / gens.length,
        besoin_depensier_kwh: (besoin_ecs_depensier_kwh * part) / copies / gens.length,
        ratio_virtualisation: numberAt(de, 'ratio_virtualisation') ?? 1,
        rendement_distribution: rd,
        fecs,
        zoneId,
        asDistrictHeat: type === '3',
        networkInsulated: numberAt(de, 'reseau_distribution_isole') === 1,
        mixedPn_w: mixedHeatingPn_w(logement, g),
        characteristics: options.characteristics ?? 'record',
      });
      return {
        ...r,
        conso_kwh: r.conso_kwh * key,
        conso_depensier_kwh: r.conso_depensier_kwh * key,
        conso_auxiliaire_kwh: r.conso_auxiliaire_kwh * key,
      };
    });
    const r: EcsInstallationResult = {
      rendement_distribution: rd,
      fecs,
      part_besoin: part,
      cle_repartition: key,
      generators: results,
      conso_kwh: results.reduce((a, g) => a + g.conso_kwh, 0),
      conso_depensier_kwh: results.reduce((a, g) => a + g.conso_depensier_kwh, 0),
    };
    out.installations.push(r);
    out.conso_kwh += r.conso_kwh;
    out.conso_depensier_kwh += r.conso_depensier_kwh;
    results.forEach((g, j) => {
      out.conso_auxiliaire_generation_kwh += g.conso_auxiliaire_kwh;
      const gde = nodeAt(gens[j]!, 'donnee_entree');
      const network = g.enum_type_energie_id === '8' ? text(gde, 'identifiant_reseau_chaleur') : null;
      const key = `${g.enum_type_energie_id}/${network ?? ''}`;
      const prev = byEnergy.get(key);
      if (prev) prev.conso_kwh += g.conso_kwh;
      else
        byEnergy.set(key, {
          enum_type_energie_id: g.enum_type_energie_id,
          conso_kwh: g.conso_kwh,
          identifiant_reseau_chaleur: network,
          date_arrete_reseau_chaleur: text(gde, 'date_arrete_reseau_chaleur'),
        });
    });
  });
  out.par_energie = [...byEnergy.values()];
  return out;
}
