import { cellNumber, tableRows, type Tables3cl } from '../tables';
import { items, type DpeNode } from '../tree';
import { numberAt as num } from './readNumber';
import { zoneGroup } from './climate';
import { monthlyClimate } from './climateTables';
import { combustionCharacteristics, type CombustionCharacteristics } from './combustionCharacteristics';
import { combustionEfficiency } from './combustionEfficiency';
import { dwellingContext, type DwellingContext } from './dwellingContext';
import { emitterEfficiencies, type EmitterEfficiencies } from './emitterEfficiencies';
import { combustionFamily, generatorKind, isHybridPart } from './generatorKind';
import { distributionAuxiliaries, generationAuxiliaries, hasDistributionCirculator } from './heatingAuxiliaries';
import { baseShare } from './baseAppoint';
import { installationShare } from './installationShares';
import { intermittenceFactor, intermittenceI0 } from './intermittence';
import { operatingTemperatures } from './operatingTemperatures';
import { heatPumpScop, tabulatedGenerationEfficiency } from './tabulatedEfficiency';

/**
 * §9 of the 3CL-DPE 2021 method: the final energy of space heating [kWh/yr] per generator and in total, for every
 * installation of the dwelling, and the heating auxiliaries of §15.
 *
 *   Cch,g = k_cfg × s_g × Bch,inst × Σ_em (S_em / S_inst) × INT_em / (Re × Rd × Rr)_em / Rg,g
 *
 * where Bch,inst = Bch × S_inst / Sh is the installation's share of the need, k_cfg the configuration share (§9,
 * installationShares), s_g the share within a cascade (§13.2.1.3: Pn,g / ΣPn for several combustion generators,
 * otherwise equal shares of the generators serving one emitter) or of a hybrid heat pump (§9.1.4.3: 0.8 / 0.83 / 0.88
 * heat pump in H1 / H2 / H3), INT the intermittence factor (§8), Re Rd Rr the emission, distribution and regulation
 * efficiencies (§12), Rg the generation efficiency (§12.4 heat pumps, §13.2.1 combustion, table otherwise). The
 * « dépensier » scenario uses Bch,dep and the combustion Rg sized at 21 °C. Fuels are on the PCI, like the method.
 * For the dwelling, collective installations are weighted by their `cle_repartition_ch`.
 */
export interface HeatingInputs {
  /** Heating need Bch [kWh/yr], net of the recovered losses (logement/sortie/apport_et_besoin/besoin_ch). */
  besoin_ch_kwh: number;
  /** The « dépensier » need [kWh/yr]. */
  besoin_ch_depensier_kwh: number;
  /** Envelope losses GV [W/K] (logement/sortie/deperdition/deperdition_enveloppe). */
  gv_w_k: number;
  /**
   * Monthly heating need Bch_j [kWh] (12 values, summing to besoin_ch_kwh), for the base + backup split of §9.8;
   * without it the need is spread over the months as DH19_j (an approximation, reported).
   */
  besoin_ch_mensuel_kwh?: readonly number[];
  /** Individual metering of collective heating (§8); unknown → the record's own intermittence row decides. */
  comptage_individuel?: boolean | null;
}

export interface GeneratorConsumption {
  installation: number;
  generator: number;
  enum_type_generateur_ch_id: number;
  enum_type_energie_id: number;
  /** Generation efficiency Rg [-] (PCI; SCOP for heat pumps). */
  rendement_generation: number;
  pn_w: number | null;
  /** Final energy of the installation's generator [kWh/yr] (installation scale, before the dwelling's key). */
  conso_ch_kwh: number;
  conso_ch_depensier_kwh: number;
  /** The same weighted for the dwelling [kWh/yr] (× cle_repartition_ch of a collective installation). */
  conso_kwh: number;
  conso_depensier_kwh: number;
  conso_auxiliaire_generation_kwh: number;
  conso_auxiliaire_distribution_kwh: number;
}

export interface HeatingConsumption {
  generators: GeneratorConsumption[];
  installations: { conso_ch_kwh: number; conso_ch_depensier_kwh: number }[];
  /** Dwelling totals [kWh/yr] (ef_conso). */
  conso_ch_kwh: number;
  conso_ch_depensier_kwh: number;
  conso_auxiliaire_generation_ch_kwh: number;
  conso_auxiliaire_distribution_ch_kwh: number;
  /** Final energy per energy carrier (`enum_type_energie_id`) [kWh/yr], dwelling scale. */
  by_energy: { enum_type_energie_id: number; conso_kwh: number }[];
  /** Configurations computed only approximately (e.g. the monthly base + backup split of §9.8). */
  approximations: string[];
}

interface Emitter {
  node: DpeNode;
  eff: EmitterEfficiencies;
  int: number;
  surface_m2: number;
  lien: number | null;
}

/**
 * « Autre système à combustion » (113 gas, 114 fuel oil, 115 wood, 116 other fossil) is computed as the standard
 * boiler of its energy for its installation period; the period is not in the XML, so the oldest one is taken.
 */
function equivalentGeneratorType(type: number): number {
  return ({ 113: 85, 114: 75, 115: 55, 116: 75 } as Record<number, number>)[type] ?? type;
}

function rowValue(tables: Tables3cl, table: string, id: number | null): number | null {
  if (id === null) return null;
  const row = tableRows(tables, table).find((r) => r[`tv_${table}_id`] === String(id));
  return row ? cellNumber(row, table) : null;
}

function req(node: DpeNode, key: string, where: string): number {
  const v = num(node, key);
  if (v === null) throw new RangeError(`${where}/${key} is missing or not a number`);
  return v;
}

function emitterOf(
  tables: Tables3cl,
  ctx: DwellingContext,
  inst: DpeNode,
  em: DpeNode,
  gv: number,
  comptage: boolean | null,
): Emitter {
  const de = (em['donnee_entree'] as DpeNode | undefined) ?? {};
  const instDe = (inst['donnee_entree'] as DpeNode | undefined) ?? {};
  const typeEm = req(de, 'enum_type_emission_distribution_id', 'emetteur_chauffage');
  const eff = emitterEfficiencies(tables, {
    enum_type_emission_distribution_id: typeEm,
    reseau_distribution_isole: num(de, 'reseau_distribution_isole') === 1,
    tv_rendement_emission_id: num(de, 'tv_rendement_emission_id'),
    tv_rendement_distribution_ch_id: num(de, 'tv_rendement_distribution_ch_id'),
    tv_rendement_regulation_id: num(de, 'tv_rendement_regulation_id'),
  });
  const i0 = intermittenceI0(tables, {
    enum_methode_application_dpe_log_id: ctx.methodeApplicationId,
    enum_type_installation_id: req(instDe, 'enum_type_installation_id', 'installation_chauffage'),
    enum_type_chauffage_id: num(de, 'enum_type_chauffage_id') ?? 2,
    enum_equipement_intermittence_id: req(de, 'enum_equipement_intermittence_id', 'emetteur_chauffage'),
    enum_type_regulation_id: num(de, 'enum_type_regulation_id') ?? 1,
    enum_type_emission_distribution_id: typeEm,
    enum_classe_inertie_id: ctx.classeInertieId,
    comptage_individuel: comptage,
    tv_intermittence_id: num(de, 'tv_intermittence_id'),
  });
  return {
    node: de,
    eff,
    int: intermittenceFactor(i0, gv, ctx.surface_besoin_m2, ctx.hsp_m),
    surface_m2: num(de, 'surface_chauffee') ?? 0,
    lien: num(de, 'enum_lien_generateur_emetteur_id'),
  };
}

/** Σ (S_em / S_inst) × INT / (Re Rd Rr) over the emitters of one generator. */
function emissionFactor(emitters: readonly Emitter[], instSurface_m2: number, several: boolean, int0?: number): number {
  return emitters.reduce((acc, e) => {
    const share = several ? e.surface_m2 / instSurface_m2 : 1;
    const int = int0 ?? e.int;
    return acc + (share * int) / (e.eff.rendement_emission * e.eff.rendement_distribution * e.eff.rendement_regulation);
  }, 0);
}

/** The dwelling's heating consumption (§9, §12, §13, §15). */
export function heatingConsumption(logement: DpeNode, tables: Tables3cl, inputs: HeatingInputs): HeatingConsumption {
  const { besoin_ch_kwh: bch, besoin_ch_depensier_kwh: bchDep, gv_w_k: gv } = inputs;
  if (!(bch >= 0)) throw new RangeError(`besoin_ch_kwh must be ≥ 0, got ${bch}`);
  if (!(bchDep >= 0)) throw new RangeError(`besoin_ch_depensier_kwh must be ≥ 0, got ${bchDep}`);
  if (!(gv > 0)) throw new RangeError(`gv_w_k must be > 0, got ${gv}`);
  const ctx = dwellingContext(logement);
  const comptage = inputs.comptage_individuel ?? null;
  const installations = items(logement, 'installation_chauffage_collection', 'installation_chauffage');
  if (installations.length === 0) throw new RangeError('logement/installation_chauffage_collection is empty');
  const approximations: string[] = [];
  const nref19Sum_h = monthlyClimate(tables, 'nref19', ctx.heavyOldWalls, ctx.altitudeClassId, ctx.zoneId).reduce(
    (a, b) => a + b,
    0,
  );

  // Pass 1: generator characteristics and powers (§13.2.1), needed for Cdimref over all installations.
  const plans = installations.map((inst, i) => {
    const instDe = (inst['donnee_entree'] as DpeNode | undefined) ?? {};
    const emitters = items(inst, 'emetteur_chauffage_collection', 'emetteur_chauffage').map((em) =>
      emitterOf(tables, ctx, inst, em, gv, comptage),
    );
    const ratioVirt = num(instDe, 'ratio_virtualisation') ?? 1;
    const gens = items(inst, 'generateur_chauffage_collection', 'generateur_chauffage').map((g, j) => {
      const de = (g['donnee_entree'] as DpeNode | undefined) ?? {};
      const di = (g['donnee_intermediaire'] as DpeNode | undefined) ?? {};
      const where = `installation_chauffage[${i}]/generateur_chauffage[${j}]`;
      const type = equivalentGeneratorType(req(de, 'enum_type_generateur_ch_id', where));
      const kind = generatorKind(type);
      const method = num(de, 'enum_methode_saisie_carac_sys_id') ?? 1;
      let comb: CombustionCharacteristics | null = null;
      if (kind === 'combustion') {
        comb = combustionCharacteristics(tables, {
          enum_type_generateur_ch_id: type,
          enum_methode_saisie_carac_sys_id: method,
          pn_w: num(di, 'pn'),
          rpn: num(di, 'rpn'),
          rpint: num(di, 'rpint'),
          qp0_w: num(di, 'qp0'),
          presence_ventouse: num(de, 'presence_ventouse') === 1,
          ratio_virtualisation: ratioVirt,
          tv_generateur_combustion_id: num(de, 'tv_generateur_combustion_id'),
          gv_w_k: gv,
          tbase_c: ctx.tbase_c,
        });
      }
      const pn_w = comb?.pn_w ?? num(di, 'pn');
      return { de, di, type, kind, method, comb, pn_w, where };
    });
    return { inst, instDe, emitters, gens, ratioVirt, index: i };
  });

  const combustionPower_w = plans
    .filter((p) => p.gens.some((g) => g.kind === 'combustion'))
    .reduce((acc, p) => acc + p.gens.reduce((a, g) => a + (g.pn_w ?? 0), 0), 0);

  const generators: GeneratorConsumption[] = [];
  const instTotals: { conso_ch_kwh: number; conso_ch_depensier_kwh: number }[] = [];

  for (const p of plans) {
    const { instDe, emitters, gens } = p;
    const cfg = req(instDe, 'enum_cfg_installation_ch_id', `installation_chauffage[${p.index}]`);
    const instSurface_m2 = num(instDe, 'surface_chauffee') ?? ctx.surface_besoin_m2;
    const scale = instSurface_m2 / ctx.surface_besoin_m2;
    const bchInst = bch * scale;
    const bchDepInst = bchDep * scale;
    const rdim = num(instDe, 'rdim') ?? 1;
    const gvSizing = ctx.isBuilding ? gv / rdim : gv;
    const fch = num(instDe, 'fch_saisi') ?? 0.5;
    const isCascade = cfg === 1 && gens.filter((g) => g.kind === 'combustion').length > 1;
    const instPower_w = gens.reduce((a, g) => a + (g.pn_w ?? 0), 0);
    const nCirculators = gens.filter((g) => hasDistributionCirculator(g.type)).length;
    const cle = num(instDe, 'cle_repartition_ch');
    const collective = req(instDe, 'enum_type_installation_id', 'installation_chauffage') !== 1;
    const dwellingKey = collective && cle !== null ? cle : 1;
    // §9.8: the base (first generator, first emitter) covers its monthly share, the backup (second) the rest.
    let baseFraction = 1;
    if (cfg === 10) {
      const climate = (name: string) =>
        monthlyClimate(tables, name, ctx.heavyOldWalls, ctx.altitudeClassId, ctx.zoneId);
      let monthly = inputs.besoin_ch_mensuel_kwh;
      if (!monthly) {
        const dh19 = climate('dh19');
        const dhSum = dh19.reduce((a, b) => a + b, 0);
        monthly = dh19.map((d) => (bch * d) / dhSum);
        approximations.push(
          `installation_chauffage[${p.index}]: base + appoint (§9.8) on a need spread over the months as DH19`,
        );
      }
      const base = gens[0];
      const em0 = emitters[0];
      if (base && base.pn_w === null)
        approximations.push(
          `installation_chauffage[${p.index}]: base + appoint (§9.8) without the base's Pn: half each`,
        );
      baseFraction = baseShare({
        pn_base_w: base?.pn_w ?? null,
        rendement_emetteur: em0
          ? em0.eff.rendement_emission * em0.eff.rendement_distribution * em0.eff.rendement_regulation
          : 1,
        besoin_mensuel_kwh: monthly.map((x) => x * scale),
        dh14: climate('dh14'),
        nref19_h: climate('nref19'),
        text_c: climate('text'),
        tbase_c: ctx.tbase_c,
      });
    }
    let instConso = 0;
    let instConsoDep = 0;

    gens.forEach((g, rank) => {
      const lien = num(g.de, 'enum_lien_generateur_emetteur_id');
      let served = emitters.length === 1 ? emitters : emitters.filter((e) => e.lien === lien);
      if (served.length === 0) served = emitters;
      // §9.1.3: several emitters on one generator share the need by their heated surface.
      // Direct electric generators of a simple installation each heat their own emitter.
      if (cfg === 1 && g.type >= 98 && g.type <= 104 && served.length > 1 && served[rank]) served = [served[rank]!];
      // §9.8: the base heats through the first emitter, the backup through the second.
      if (cfg === 10 && emitters.length > 1) served = [emitters[Math.min(rank, emitters.length - 1)]!];
      const several = served.length > 1;

      let rg: number;
      let rgDep: number;
      if (g.kind === 'heat_pump') {
        rg =
          g.method === 6 && (num(g.di, 'scop') ?? 0) > 0
            ? num(g.di, 'scop')!
            : heatPumpScop(
                tables,
                ctx.zoneId,
                g.type,
                served[0] ? num(served[0].node, 'enum_type_emission_distribution_id') : null,
              );
        rgDep = rg;
      } else if (g.kind === 'combustion') {
        const family = combustionFamily(g.type);
        let temps = { temp_fonc_30_c: null as number | null, temp_fonc_100_c: null as number | null };
        if (family === 'standard' || family === 'low_temperature' || family === 'condensing') {
          temps =
            g.method === 5 && num(g.di, 'temp_fonc_30') !== null && num(g.di, 'temp_fonc_100') !== null
              ? { temp_fonc_30_c: num(g.di, 'temp_fonc_30'), temp_fonc_100_c: num(g.di, 'temp_fonc_100') }
              : operatingTemperatures(
                  tables,
                  g.type,
                  emitters.map((e) => ({
                    enum_temp_distribution_ch_id: num(e.node, 'enum_temp_distribution_ch_id') ?? 3,
                    enum_periode_installation_emetteur_id: num(e.node, 'enum_periode_installation_emetteur_id'),
                  })),
                  ctx.constructionYear,
                );
          // Types the tables do not list: the record's own rows (`tv_temp_fonc_…_id`) decide.
          temps = {
            temp_fonc_30_c: temps.temp_fonc_30_c ?? rowValue(tables, 'temp_fonc_30', num(g.de, 'tv_temp_fonc_30_id')),
            temp_fonc_100_c:
              temps.temp_fonc_100_c ?? rowValue(tables, 'temp_fonc_100', num(g.de, 'tv_temp_fonc_100_id')),
          };
          if (temps.temp_fonc_30_c === null) temps.temp_fonc_30_c = temps.temp_fonc_100_c;
        }
        const r = combustionEfficiency({
          family,
          characteristics: g.comb!,
          enum_type_energie_id: req(g.de, 'enum_type_energie_id', g.where),
          ...temps,
          presence_regulation_combustion: num(g.de, 'presence_regulation_combustion') === 1,
          cdimref: combustionPower_w / (gvSizing * (19 - ctx.tbase_c)),
          cdimref_depensier: combustionPower_w / (gvSizing * (21 - ctx.tbase_c)),
        });
        rg = r.rg;
        rgDep = r.rg_depensier;
      } else {
        rg = tabulatedGenerationEfficiency(tables, g.type);
        rgDep = rg;
      }

      // Share of the installation's need this generator covers.
      let share: number;
      if (isHybridPart(g.type)) {
        const pacShare = { h1: 0.8, h2: 0.83, h3: 0.88 }[zoneGroup(ctx.zoneId)];
        share = g.kind === 'heat_pump' ? pacShare : 1 - pacShare;
      } else if (isCascade) {
        share = (g.pn_w ?? 0) / instPower_w;
      } else if (cfg === 1 && emitters.filter((e) => e.lien === lien).length === 1) {
        share = 1 / gens.filter((o) => num(o.de, 'enum_lien_generateur_emetteur_id') === lien).length;
      } else share = 1;

      // §15.1: the generator's own covered need, after the configuration share.
      const cfgShare =
        cfg === 11
          ? 1
          : cfg === 10
            ? rank === 0
              ? baseFraction
              : 1 - baseFraction
            : installationShare(cfg, rank, fch);
      let conso: number;
      let consoDep: number;
      if (cfg === 11) {
        // Convecteurs bi-jonction: 40 % individual part, 60 % collective part with I0 = 1.03 (§9).
        const ind = emissionFactor(served, instSurface_m2, several) * 0.4;
        const collInt = intermittenceFactor(1.03, gv, ctx.surface_besoin_m2, ctx.hsp_m);
        const coll = emissionFactor(served, instSurface_m2, several, collInt) * 0.6;
        conso = (share * bchInst * (ind + coll)) / rg;
        consoDep = (share * bchDepInst * (ind + coll)) / rgDep;
      } else {
        const f = emissionFactor(served, instSurface_m2, several);
        conso = (cfgShare * share * bchInst * f) / rg;
        consoDep = (cfgShare * share * bchDepInst * f) / rgDep;
      }

      const fan = false; // fan-assisted wood boilers: only a technical sheet says so, absent from the XML
      const auxGen =
        g.pn_w && g.pn_w > 0 ? generationAuxiliaries(g.type, g.pn_w, bchInst * share * cfgShare, p.ratioVirt, fan) : 0;
      let auxDist = 0;
      if (hasDistributionCirculator(g.type) && emitters.length > 0) {
        auxDist =
          distributionAuxiliaries(
            {
              emitterTypeIds: emitters.map((e) => num(e.node, 'enum_type_emission_distribution_id') ?? 0),
              enum_temp_distribution_ch_id: num(emitters[0]!.node, 'enum_temp_distribution_ch_id') ?? 3,
              surface_habitable_m2: ctx.surface_besoin_m2,
              nombre_niveau_installation_ch: num(instDe, 'nombre_niveau_installation_ch') ?? 1,
              share: instSurface_m2 / (ctx.surface_besoin_m2 * gens.length),
              gv_w_k: gv,
              tbase_c: ctx.tbase_c,
            },
            nref19Sum_h,
          ) / Math.max(1, nCirculators);
        const method = num(instDe, 'enum_methode_calcul_conso_id');
        if ((method === 2 || method === 4) && cle !== null) auxDist *= cle;
      }
      instConso += conso;
      instConsoDep += consoDep;
      generators.push({
        installation: p.index,
        generator: rank,
        enum_type_generateur_ch_id: g.type,
        enum_type_energie_id: req(g.de, 'enum_type_energie_id', g.where),
        rendement_generation: rg,
        pn_w: g.pn_w,
        conso_ch_kwh: conso,
        conso_ch_depensier_kwh: consoDep,
        conso_kwh: conso * dwellingKey,
        conso_depensier_kwh: consoDep * dwellingKey,
        conso_auxiliaire_generation_kwh: auxGen * dwellingKey,
        conso_auxiliaire_distribution_kwh: auxDist,
      });
    });
    instTotals.push({ conso_ch_kwh: instConso, conso_ch_depensier_kwh: instConsoDep });
  }

  const byEnergy = new Map<number, number>();
  for (const g of generators)
    byEnergy.set(g.enum_type_energie_id, (byEnergy.get(g.enum_type_energie_id) ?? 0) + g.conso_kwh);
  const sum = (f: (g: GeneratorConsumption) => number): number => generators.reduce((a, g) => a + f(g), 0);
  return {
    generators,
    installations: instTotals,
    conso_ch_kwh: sum((g) => g.conso_kwh),
    conso_ch_depensier_kwh: sum((g) => g.conso_depensier_kwh),
    conso_auxiliaire_generation_ch_kwh: sum((g) => g.conso_auxiliaire_generation_kwh),
    conso_auxiliaire_distribution_ch_kwh: sum((g) => g.conso_auxiliaire_distribution_kwh),
    by_energy: [...byEnergy].map(([enum_type_energie_id, conso_kwh]) => ({ enum_type_energie_id, conso_kwh })),
    approximations,
  };
}
