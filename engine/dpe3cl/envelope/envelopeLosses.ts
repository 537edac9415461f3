import type { Tables3cl } from '../tables';
import { items, nodeAt, type DpeNode } from '../tree';
import { airRenewal, isInsulatedSurface, type AirRenewal } from './airRenewal';
import { ceilingU } from './ceilingU';
import { envelopeContext, type EnvelopeContext } from './context';
import { doorU } from './doorU';
import { lowFloorU } from './lowFloorU';
import { flagIn, numberIn, requiredNonNegative, textIn } from './read';
import { reductionFactorB } from './reductionFactorB';
import { thermalBridgeK, type ThermalBridgeK } from './thermalBridgeK';
import { wallU } from './wallU';
import { doubleWindowInputs, windowU } from './windowU';
import { ventilationSurface } from './ventilationSurface';

/** The loss through one wall, floor, ceiling, window or door. */
export interface ElementLoss {
  /** Position in its collection. */
  index: number;
  reference: string | null;
  description: string | null;
  /** enum_type_adjacence_id. */
  adjacence: number;
  /** Area A [m²]: surface_paroi_opaque, surface_totale_baie or surface_porte. */
  area_m2: number;
  /** U that multiplies the area [W/(m²·K)] (Umur, Ue or Upb, Uph, Ujn or Uw, Uporte). */
  u_w_m2k: number;
  /** Reduction factor b [-] (§3.1). */
  b: number;
  /** A × U × b [W/K]. */
  loss_w_k: number;
  /** The intermediate values of the element, named as in the record's donnee_intermediaire (umur0, upb, ue, uw…). */
  intermediate: Readonly<Record<string, number | null>>;
}

/** The loss through one thermal bridge. */
export interface BridgeLoss {
  index: number;
  reference: string | null;
  description: string | null;
  /** enum_type_liaison_id. */
  liaison: number;
  /** Length l [m]. */
  length_m: number;
  /** k [W/(m·K)] of the table or typed in. */
  k_w_mk: number;
  /** pourcentage_valeur_pont_thermique (§3.4.2, §3.4.4: ½ when the junction does not separate two parts of the dwelling). */
  share: number;
  source: ThermalBridgeK['source'];
  /** l × k × share [W/K]. */
  loss_w_k: number;
}

/** §3–§4 envelope losses of one dwelling. Every total is in W/K. */
export interface EnvelopeLosses {
  context: EnvelopeContext;
  walls: ElementLoss[];
  lowFloors: ElementLoss[];
  ceilings: ElementLoss[];
  windows: ElementLoss[];
  doors: ElementLoss[];
  thermalBridges: BridgeLoss[];
  ventilations: AirRenewal[];
  /** Sdep of §4 [m²]. */
  sdep_m2: number;
  deperdition_mur_w_k: number;
  deperdition_plancher_bas_w_k: number;
  deperdition_plancher_haut_w_k: number;
  deperdition_baie_vitree_w_k: number;
  deperdition_porte_w_k: number;
  deperdition_pont_thermique_w_k: number;
  hvent_w_k: number;
  hperm_w_k: number;
  deperdition_renouvellement_air_w_k: number;
  /** GV = DP + HV, the dwelling's loss coefficient [W/K]. */
  deperdition_enveloppe_w_k: number;
  /** Ubat = (DP walls…doors + PT) / losing area [W/(m²·K)] (indicator of the quality of insulation), null without area. */
  ubat_w_m2k: number | null;
}

const sum = (list: readonly { loss_w_k: number }[]): number => list.reduce((a, e) => a + e.loss_w_k, 0);

/**
 * The envelope heat losses of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1, §3 « Calcul des déperditions
 * de l'enveloppe » and §4 « renouvellement d'air ») of a `logement` node: per wall, low floor, ceiling, window, door
 * and thermal bridge, then DP, HV = Hvent + Hperm and GV = DP + HV [W/K].
 */
export function envelopeLosses(logement: DpeNode, tables: Tables3cl): EnvelopeLosses {
  const ctx = envelopeContext(logement);
  const env = nodeAt(logement, 'enveloppe');
  if (!env) throw new RangeError('logement/enveloppe is missing');
  const { periodeConstructionId: pc, zoneClimatiqueId: zc, zoneGroup, effetJoule: joule } = ctx;

  const element = (
    item: DpeNode,
    index: number,
    path: string,
    areaKey: string,
    u: (de: DpeNode, where: string) => { u: number; intermediate: Record<string, number | null> },
  ): ElementLoss => {
    const where = `logement/enveloppe/${path}[${index}]/donnee_entree`;
    const de = nodeAt(item, 'donnee_entree');
    if (!de) throw new RangeError(`${where} is missing`);
    const area = requiredNonNegative(de, areaKey, where);
    const { b } = reductionFactorB(de, zoneGroup, tables, where);
    const r = u(de, where);
    return {
      index,
      reference: textIn(de, 'reference'),
      description: textIn(de, 'description'),
      adjacence: numberIn(de, 'enum_type_adjacence_id') ?? 0,
      area_m2: area,
      u_w_m2k: r.u,
      b,
      loss_w_k: area * r.u * b,
      intermediate: { b, ...r.intermediate },
    };
  };

  const wallItems = items(env, 'mur_collection', 'mur');
  const lowFloorItems = items(env, 'plancher_bas_collection', 'plancher_bas');
  const ceilingItems = items(env, 'plancher_haut_collection', 'plancher_haut');
  const windowItems = items(env, 'baie_vitree_collection', 'baie_vitree');
  const doorItems = items(env, 'porte_collection', 'porte');

  const walls = wallItems.map((m, i) =>
    element(m, i, 'mur_collection/mur', 'surface_paroi_opaque', (de, w) => {
      const r = wallU(de, pc, zc, joule, tables, w);
      return { u: r.umur, intermediate: { umur0: r.umur0, umur: r.umur } };
    }),
  );
  const floorAreas = sharedFloorAreas(lowFloorItems);
  const lowFloors = lowFloorItems.map((m, i) =>
    element(m, i, 'plancher_bas_collection/plancher_bas', 'surface_paroi_opaque', (de, w) => {
      const r = lowFloorU(de, pc, zc, joule, tables, w, floorAreas[i]);
      return { u: r.upbFinal, intermediate: { upb0: r.upb0, upb: r.upb, ue: r.ue, upb_final: r.upbFinal } };
    }),
  );
  const ceilings = ceilingItems.map((m, i) =>
    element(m, i, 'plancher_haut_collection/plancher_haut', 'surface_paroi_opaque', (de, w) => {
      const r = ceilingU(de, pc, zc, joule, tables, w);
      return { u: r.uph, intermediate: { uph0: r.uph0, uph: r.uph } };
    }),
  );
  const windows = windowItems.map((m, i) =>
    element(m, i, 'baie_vitree_collection/baie_vitree', 'surface_totale_baie', (de, w) => {
      const r = windowU(de, doubleWindowInputs(m), tables, w);
      return { u: r.uMenuiserie, intermediate: { ug: r.ug, uw: r.uw, ujn: r.ujn, u_menuiserie: r.uMenuiserie } };
    }),
  );
  const doors = doorItems.map((m, i) =>
    element(m, i, 'porte_collection/porte', 'surface_porte', (de, w) => {
      const u = doorU(de, tables, w);
      return { u, intermediate: { uporte: u } };
    }),
  );

  const joined = {
    walls: wallItems,
    lowFloors: lowFloorItems,
    ceilings: ceilingItems,
    windows: windowItems,
    doors: doorItems,
  };
  const thermalBridges = items(env, 'pont_thermique_collection', 'pont_thermique').map((pt, index): BridgeLoss => {
    const where = `logement/enveloppe/pont_thermique_collection/pont_thermique[${index}]/donnee_entree`;
    const de = nodeAt(pt, 'donnee_entree');
    if (!de) throw new RangeError(`${where} is missing`);
    const length = requiredNonNegative(de, 'l', where);
    const share = numberIn(de, 'pourcentage_valeur_pont_thermique') ?? 1;
    if (share < 0 || share > 1)
      throw new RangeError(`${where}/pourcentage_valeur_pont_thermique must be within [0, 1], got ${share}`);
    const r = thermalBridgeK(de, joined, pc, tables, where);
    return {
      index,
      reference: textIn(de, 'reference'),
      description: textIn(de, 'description'),
      liaison: numberIn(de, 'enum_type_liaison_id') ?? 0,
      length_m: length,
      k_w_mk: r.k,
      share,
      source: r.source,
      loss_w_k: length * r.k * share,
    };
  });

  // §4 Sdep: the losing walls, ceilings, windows and doors (b > 0), low floors excluded.
  const losing = (list: readonly ElementLoss[]): ElementLoss[] => list.filter((e) => e.b > 0 && e.adjacence !== 22);
  const sdep = [...losing(walls), ...losing(ceilings), ...losing(windows), ...losing(doors)].reduce(
    (a, e) => a + e.area_m2,
    0,
  );
  const opaque = [
    ...walls.map((e, i) => [e, wallItems[i]!] as const),
    ...ceilings.map((e, i) => [e, ceilingItems[i]!] as const),
  ].filter(([e]) => e.b > 0);
  const insulatedArea = opaque
    .filter(([, it]) => isInsulatedSurface(nodeAt(it, 'donnee_entree')!))
    .reduce((a, [e]) => a + e.area_m2, 0);
  const openings = [
    ...windows.map((e, i) => [e, windowItems[i]!] as const),
    ...doors.map((e, i) => [e, doorItems[i]!] as const),
  ];
  const sealedArea = openings
    .filter(([, it]) => flagIn(nodeAt(it, 'donnee_entree'), 'presence_joint'))
    .reduce((a, [e]) => a + e.area_m2, 0);
  const openingArea = openings.reduce((a, [e]) => a + e.area_m2, 0);
  const ventilations = items(logement, 'ventilation_collection', 'ventilation').map((v, index) => {
    const where = `logement/ventilation_collection/ventilation[${index}]/donnee_entree`;
    const de = nodeAt(v, 'donnee_entree');
    if (!de) throw new RangeError(`${where} is missing`);
    return airRenewal(
      de,
      {
        surface_m2: ventilationSurface(de, logement),
        hsp_m: ctx.hsp_m,
        sdep_m2: sdep,
        periodeConstructionId: pc,
        methodeApplicationId: ctx.methodeApplicationId,
        surfacesIsolees: insulatedArea > opaque.reduce((a, [e]) => a + e.area_m2, 0) - insulatedArea,
        jointsMenuiserie: openingArea > 0 && sealedArea / openingArea >= 0.5,
      },
      tables,
      where,
    );
  });

  const dMur = sum(walls);
  const dPb = sum(lowFloors);
  const dPh = sum(ceilings);
  const dBv = sum(windows);
  const dPorte = sum(doors);
  const dPt = sum(thermalBridges);
  const hvent = ventilations.reduce((a, v) => a + v.hvent_w_k, 0);
  const hperm = ventilations.reduce((a, v) => a + v.hperm_w_k, 0);
  const dp = dMur + dPb + dPh + dBv + dPorte + dPt;
  const ubatArea = [
    ...losing(walls),
    ...lowFloors.filter((e) => e.adjacence !== 22),
    ...ceilings,
    ...losing(windows),
    ...losing(doors),
  ].reduce((a, e) => a + e.area_m2, 0);
  return {
    context: ctx,
    walls,
    lowFloors,
    ceilings,
    windows,
    doors,
    thermalBridges,
    ventilations,
    sdep_m2: sdep,
    deperdition_mur_w_k: dMur,
    deperdition_plancher_bas_w_k: dPb,
    deperdition_plancher_haut_w_k: dPh,
    deperdition_baie_vitree_w_k: dBv,
    deperdition_porte_w_k: dPorte,
    deperdition_pont_thermique_w_k: dPt,
    hvent_w_k: hvent,
    hperm_w_k: hperm,
    deperdition_renouvellement_air_w_k: hvent + hperm,
    deperdition_enveloppe_w_k: dp + hvent + hperm,
    ubat_w_m2k: ubatArea > 0 ? dp / ubatArea : null,
  };
}

/**
 * S of 2S/P (§3.2.2) for each low floor: the parts of one ground floor (the same exposed perimeter perimetre_ue, no
 * surface_ue of their own) are one floor whose area is the sum of theirs.
 */
function sharedFloorAreas(floors: readonly DpeNode[]): (number | undefined)[] {
  const byPerimeter = new Map<number, number>();
  const inputs = floors.map((f) => nodeAt(f, 'donnee_entree'));
  for (const de of inputs) {
    const p = numberIn(de, 'perimetre_ue');
    if (p === null || numberIn(de, 'surface_ue') !== null) continue;
    byPerimeter.set(p, (byPerimeter.get(p) ?? 0) + (numberIn(de, 'surface_paroi_opaque') ?? 0));
  }
  return inputs.map((de) => {
    const p = numberIn(de, 'perimetre_ue');
    return p === null || numberIn(de, 'surface_ue') !== null ? undefined : byPerimeter.get(p);
  });
}
