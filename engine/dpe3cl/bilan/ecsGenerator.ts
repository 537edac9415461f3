import { matchRow, cellNumber, matchRows, type Tables3cl } from '../tables';
import { text, type DpeNode } from '../tree';
import { numberAt } from './read';
import { combustionFromTable, combustionRow, type CombustionCharacteristics } from './combustionCharacteristics';

/**
 * Final-energy consumption of one hot-water generator (3CL annexe 1 §11 and §14):
 *   Cecs = Becs,gen × (1 − Fecs) / (Rd × Rg)   [kWh]
 * with Rd the distribution efficiency of its installation, Fecs the solar fraction and Rg by kind:
 * - electric storage tank (§14.2): Rs = 1 / (1 + Qg,w × Rd / Becs), Qg,w = 8592 × 45/24 × Vs × Cr [Wh], Cr from
 *   table pertes_stockage by type and volume; × 1.08 for a category C (3-star) tank; a virtualised collective tank
 *   (§17.2.1) loses Qg,w × ratio_virtualisation for the dwelling;
 * - instant electric heater, electric boiler without tank: 1;
 * - thermodynamic tank or double-service heat pump (§14.3): COP from table scop (entered COP when given);
 * - district heating (§14.4): 0.9 for an insulated network, 0.75 otherwise;
 * - combustion (§14.1): with Rpn, QP0 [W], Pveil [W] (table generateur_combustion), Becs in Wh,
 *   instant water heater  1/Rg = 1/Rpn + 1790 QP0/Becs + 6970 Pveil/Becs,
 *   boiler (tank or not)  1/Rg = 1/Rpn + (1790 QP0 + Qg,w)/Becs + 6970 × 0.5 Pveil/Becs,
 *   gas accumulator       1/Rg = 1/Rpn + (8592 QP0 + Qg,w)/Becs + 6970 Pveil/Becs, QP0 = 1.5 % Pn,
 *   Qg,w = 67662 × Vs^0.55 [Wh] for a tank of Vs litres.
 */
export type EcsGeneratorKind = 'electric_storage' | 'electric_instant' | 'thermodynamic' | 'district' | 'combustion';

export interface EcsGeneratorResult {
  kind: EcsGeneratorKind;
  enum_type_energie_id: string;
  conso_kwh: number;
  conso_depensier_kwh: number;
  /** Generation (or generation-storage, or storage) efficiency Rg [-]; 1/COP for a heat pump. */
  rendement: number;
  /** Combustion generators: the characteristics used. */
  combustion?: CombustionCharacteristics;
  /** §15.1 generation auxiliaries of a boiler [kWh]. */
  conso_auxiliaire_kwh: number;
}

export interface EcsGeneratorInput {
  /** The `generateur_ecs` node. */
  generator: DpeNode;
  /** Need covered by this generator, Becs,gen [kWh], and its « dépensier » variant. */
  besoin_kwh: number;
  besoin_depensier_kwh: number;
  /** Distribution efficiency of the installation Rd [-]. */
  rendement_distribution: number;
  /** Solar fraction Fecs [-]. */
  fecs: number;
  /** enum_zone_climatique_id of the dwelling. */
  zoneId: string;
  /** True when the installation is "collective multi-bâtiment modélisée comme un réseau de chaleur". */
  asDistrictHeat: boolean;
  /** True when the installation network is insulated (reseau_distribution_isole). */
  networkInsulated: boolean;
  /** Pn [W] of the heating generator the ECS generator is combined with, when it has none of its own. */
  mixedPn_w?: number | null;
  /**
   * A collective installation brought down to the dwelling (`ratio_virtualisation` of the installation, §17.2.1): the
   * dwelling's virtual share of the storage, so the tank's losses are those of the whole tank × the ratio (the table
   * row stays that of the whole tank's volume). 1 when absent.
   */
  ratio_virtualisation?: number;
  /** 'record': the generator's entered/recorded Pn, Rpn, QP0, COP when present, else the table; 'table': the table. */
  characteristics: 'record' | 'table';
}

const ELECTRIC_STORAGE = new Set(['68', '69', '70', '71', '118']);
const CATEGORY_C = '71';
const THERMO = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '82', '83', '77']);
const DISTRICT = new Set(['72', '73', '119', '74', '75', '76', '134']);
const INSTANT_WATER_HEATER = /^(6[3-7]|11[0-4])$/;
const ACCUMULATOR = /^(5[89]|6[0-2]|10[5-9])$/;

export function ecsGeneratorKind(typeId: string, energyId: string, asDistrictHeat: boolean): EcsGeneratorKind {
  if (DISTRICT.has(typeId) || energyId === '8' || asDistrictHeat) return 'district';
  if (THERMO.has(typeId)) return 'thermodynamic';
  if (ELECTRIC_STORAGE.has(typeId)) return 'electric_storage';
  if (typeId === '117' || energyId === '1') return 'electric_instant';
  return 'combustion';
}

function volumeRange(vs_l: number): string {
  if (vs_l <= 100) return '≤ 100';
  if (vs_l <= 200) return '100 <   ≤ 200';
  if (vs_l <= 300) return '200 <   ≤ 300';
  return '> 300';
}

/** Storage losses of an electric tank Qg,w [Wh] (§14.2). */
export function electricTankLosses_wh(tables: Tables3cl, typeId: string, vs_l: number): number {
  const cr = cellNumber(
    matchRow(tables, 'pertes_stockage', { enum_type_generateur_ecs_id: typeId, volume_ballon: volumeRange(vs_l) }),
    'cr',
  );
  return ((8592 * 45) / 24) * vs_l * cr;
}

/** Storage losses of a tank heated by combustion Qg,w [Wh] (§14.1). */
export function combustionTankLosses_wh(vs_l: number): number {
  return vs_l > 0 ? 67662 * vs_l ** 0.55 : 0;
}

function tableCop(tables: Tables3cl, typeId: string, zoneId: string): number | null {
  const row = matchRows(tables, 'scop', { enum_type_generateur_ecs_id: typeId, enum_zone_climatique_id: zoneId })[0];
  return row ? cellNumber(row, 'scop') : null;
}

function combustionOf(tables: Tables3cl, input: EcsGeneratorInput, typeId: string): CombustionCharacteristics {
  const de = input.generator['donnee_entree'] as DpeNode;
  const di = (input.generator['donnee_intermediaire'] as DpeNode | null) ?? null;
  const pn_w = numberAt(de, 'pn') ?? numberAt(di, 'pn') ?? input.mixedPn_w ?? null;
  if (pn_w === null || !(pn_w > 0))
    throw new RangeError(`generateur_ecs pn is missing for combustion generator type ${typeId}`);
  const hasPilot = (numberAt(de, 'presence_veilleuse') ?? 0) === 1 || (numberAt(di, 'pveilleuse') ?? 0) > 0;
  const row = combustionRow(tables, typeId, pn_w, text(de, 'tv_generateur_combustion_id'));
  const fromTable = row ? combustionFromTable(row, pn_w, hasPilot) : null;
  if (input.characteristics === 'table' && fromTable) return fromTable;
  const rpnRec = numberAt(di, 'rpn') ?? numberAt(de, 'rpn');
  let qp0Rec = numberAt(di, 'qp0') ?? numberAt(de, 'qp0');
  if (qp0Rec !== null && qp0Rec < 1) qp0Rec *= 1000; // some software writes QP0 in kW
  const pveilRec = numberAt(di, 'pveilleuse');
  if (!fromTable && (rpnRec === null || qp0Rec === null))
    throw new RangeError(`no generateur_combustion row for ECS type ${typeId}`);
  return {
    pn_w,
    rpn: rpnRec ?? fromTable!.rpn,
    qp0_w: qp0Rec ?? fromTable!.qp0_w,
    pveil_w: pveilRec ?? fromTable?.pveil_w ?? 0,
  };
}

/** Consumption of one hot-water generator; throws a RangeError naming the missing field. */
export function ecsGeneratorConsumption(tables: Tables3cl, input: EcsGeneratorInput): EcsGeneratorResult {
  const de = input.generator['donnee_entree'] as DpeNode | null;
  if (!de) throw new RangeError('generateur_ecs/donnee_entree is missing');
  const typeId = text(de, 'enum_type_generateur_ecs_id');
  if (!typeId) throw new RangeError('generateur_ecs enum_type_generateur_ecs_id is missing');
  const energyId = text(de, 'enum_type_energie_id') ?? '1';
  const { besoin_kwh, besoin_depensier_kwh, rendement_distribution: rd, fecs } = input;
  if (!(rd > 0 && rd <= 1)) throw new RangeError(`rendement_distribution must be within (0, 1], got ${rd}`);
  if (!(besoin_kwh >= 0)) throw new RangeError(`besoin_ecs must be ≥ 0 kWh, got ${besoin_kwh}`);
  const kind = ecsGeneratorKind(typeId, energyId, input.asDistrictHeat);
  const vs_l = numberAt(de, 'volume_stockage') ?? 0;
  const rv = input.ratio_virtualisation ?? 1;
  if (!(rv > 0 && rv <= 1)) throw new RangeError(`ratio_virtualisation must be within (0, 1], got ${rv}`);
  const instantaneous = text(de, 'enum_type_stockage_ecs_id') === '1';
  const di = (input.generator['donnee_intermediaire'] as DpeNode | null) ?? null;

  let rg: (b_kwh: number) => number;
  let combustion: CombustionCharacteristics | undefined;
  let aux = 0;
  if (kind === 'electric_storage') {
    const qgw = instantaneous || vs_l <= 0 ? 0 : electricTankLosses_wh(tables, typeId, vs_l) * rv;
    const bonus = typeId === CATEGORY_C ? 1.08 : 1;
    rg = (b) => (b > 0 ? bonus / (1 + (qgw * rd) / (b * 1000)) : 1);
  } else if (kind === 'electric_instant') {
    rg = () => 1;
  } else if (kind === 'thermodynamic') {
    const recorded = input.characteristics === 'record' ? (numberAt(di, 'cop') ?? numberAt(de, 'cop')) : null;
    const cop = recorded ?? tableCop(tables, typeId, input.zoneId) ?? numberAt(di, 'cop');
    if (cop === null || !(cop > 0))
      throw new RangeError(`generateur_ecs cop is missing for thermodynamic type ${typeId}`);
    rg = () => cop;
  } else if (kind === 'district') {
    const r = typeId === '73' || input.networkInsulated ? 0.9 : 0.75;
    rg = () => r;
  } else {
    const c = combustionOf(tables, input, typeId);
    combustion = c;
    const qgw = instantaneous ? 0 : combustionTankLosses_wh(vs_l) * rv;
    if (INSTANT_WATER_HEATER.test(typeId)) {
      rg = (b) => 1 / (1 / c.rpn + (1790 * c.qp0_w) / (b * 1000) + (6970 * c.pveil_w) / (b * 1000));
    } else if (ACCUMULATOR.test(typeId)) {
      const qp0 = 0.015 * c.pn_w;
      rg = (b) => 1 / (1 / c.rpn + (8592 * qp0 + qgw) / (b * 1000) + (6970 * c.pveil_w) / (b * 1000));
    } else {
      rg = (b) => 1 / (1 / c.rpn + (1790 * c.qp0_w + qgw) / (b * 1000) + (6970 * 0.5 * c.pveil_w) / (b * 1000));
      aux = boilerAuxiliary_kwh(typeId, c.pn_w, besoin_kwh);
    }
  }
  const conso = (b: number): number => (b > 0 ? (b * (1 - fecs)) / (rd * rg(b)) : 0);
  return {
    kind,
    enum_type_energie_id: energyId,
    conso_kwh: conso(besoin_kwh),
    conso_depensier_kwh: conso(besoin_depensier_kwh),
    rendement: rg(besoin_kwh),
    ...(combustion ? { combustion } : {}),
    conso_auxiliaire_kwh: aux,
  };
}

/**
 * §15.1 generation auxiliaries of a gas, LPG or fuel-oil boiler producing hot water: Paux = G + H × Pn [W, Pn in kW],
 * G = 20 W, H = 1.6 W/kW (Pn capped at 400 kW), run Becs / Pn hours: Caux = Paux × Becs / Pn [kWh].
 */
export function boilerAuxiliary_kwh(typeId: string, pn_w: number, besoin_kwh: number): number {
  const id = Number(typeId);
  const boiler =
    (id >= 35 && id <= 57) || (id >= 92 && id <= 104) || (id >= 120 && id <= 123) || (id >= 132 && id <= 133);
  if (!boiler || !(pn_w > 0)) return 0;
  const pe_w = Math.min(pn_w, 400000);
  const paux_w = 20 + 1.6 * (pe_w / 1000);
  return (paux_w * besoin_kwh) / pe_w;
}
