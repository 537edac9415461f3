/**
 * §15 of the 3CL-DPE 2021 method: the electricity of the heating auxiliaries [kWh/yr].
 *
 * §15.1 generation: Caux_g = Paux_g × Bch_g / Pn, Paux_g = G + H × Pe [W, Pe = min(Pn, cap) in kW], with G, H by generator:
 * gas and fuel-oil boilers (incl. LPG, hybrid boiler parts) G = 20 W, H = 1.6 W/kW (Pn capped at 400 kW);
 * air heaters H = 4 W/kW (Pn capped at 300 kW); gas radiators G = 40 W; fan-assisted wood boilers G = 73.3 W,
 * H = 10.5 W/kW (Pn capped at 70 kW). Bch_g is the need the generator covers [kWh].
 *
 * §15.2 distribution: Caux_d = Pcirc × Σ Nref19 / 1000 with the circulator power
 * Pcirc = max(30, 6.44 × (ΔPem × Qvem / max(1, Sh/400))^0.676 × max(1, Sh/400)) [W], where
 * ΔPem = 0.15 × Lem + ΔPem,nom [kPa], Lem = 5 × Fcot × (Nniv + √(Sh / Nniv)) [m] (Fcot 0.156 for floor/ceiling
 * heating, 0.802 otherwise or with several emitter types; ΔPem,nom 15 kPa floor/ceiling, 30 monotube radiators,
 * 10 other radiators, 35 otherwise), Qvem = Pnc × share / (1.163 × ΔθDim) [m³/h], Pnc = GV × (20 − Tbase) / 1000 [kW],
 * ΔθDim = 15 K for a high-temperature network, 7.5 K otherwise. Individual systems without an external circulator
 * (air-to-air heat pumps, stoves, gas radiators, direct electric) have none.
 */
const G_BOILER = 20;
const H_BOILER = 1.6;

function inRange(id: number, lo: number, hi: number): boolean {
  return id >= lo && id <= hi;
}

/** G [W] and H [W/kW] and the cap on Pn [kW] of §15.1 for a generator type id. */
export function generationAuxiliaryCoefficients(
  typeGenerateurChId: number,
  fanAssisted: boolean,
): { g_w: number; h_w_kw: number; pnCap_kw: number } {
  const id = typeGenerateurChId;
  if (inRange(id, 75, 97) || inRange(id, 127, 139) || inRange(id, 148, 151) || inRange(id, 160, 161)) {
    return { g_w: G_BOILER, h_w_kw: H_BOILER, pnCap_kw: 400 };
  }
  if (inRange(id, 50, 52)) return { g_w: 0, h_w_kw: 4, pnCap_kw: 300 };
  if (inRange(id, 53, 54)) return { g_w: 40, h_w_kw: 0, pnCap_kw: Infinity };
  if (fanAssisted && (inRange(id, 55, 74) || inRange(id, 152, 156))) return { g_w: 73.3, h_w_kw: 10.5, pnCap_kw: 70 };
  return { g_w: 0, h_w_kw: 0, pnCap_kw: Infinity };
}

/**
 * §15.1: generation auxiliaries [kWh/yr] of a generator of nominal power `pn_w` covering `besoin_kwh`; for a
 * virtualised collective generator (`ratio_virtualisation`) the auxiliaries are those of the dwelling's share.
 */
export function generationAuxiliaries(
  typeGenerateurChId: number,
  pn_w: number,
  besoin_kwh: number,
  ratioVirtualisation = 1,
  fanAssisted = false,
): number {
  const { g_w, h_w_kw, pnCap_kw } = generationAuxiliaryCoefficients(typeGenerateurChId, fanAssisted);
  if (g_w === 0 && h_w_kw === 0) return 0;
  if (!(pn_w > 0)) throw new RangeError(`pn_w must be > 0, got ${pn_w}`);
  // Paux is read at the generator's own power capped by the table; the run time Bch / Pn is at its real power.
  const own_w = pn_w / ratioVirtualisation;
  const pe_w = Math.min(own_w, pnCap_kw * 1000);
  const paux_w = g_w + (h_w_kw * pe_w) / 1000 / ratioVirtualisation;
  return (ratioVirtualisation * paux_w * besoin_kwh) / own_w;
}

/** Whether a generator type has a distribution circulator (§15.2). */
export function hasDistributionCirculator(typeGenerateurChId: number): boolean {
  const id = typeGenerateurChId;
  return id >= 106 || inRange(id, 48, 52) || inRange(id, 55, 97) || inRange(id, 4, 19);
}

export interface CirculatorInputs {
  /** The emitter types of the installation (`enum_type_emission_distribution_id`). */
  emitterTypeIds: readonly number[];
  /** The distribution temperature of the first emitter (4 = high). */
  enum_temp_distribution_ch_id: number;
  surface_habitable_m2: number;
  nombre_niveau_installation_ch: number;
  /** The share of the dwelling's need on this circulator (surface share / number of generators). */
  share: number;
  gv_w_k: number;
  tbase_c: number;
}

const FLOOR_CEILING = new Set([6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 43, 44]);
const MONOTUBE = new Set([24, 25, 26, 27, 28, 29, 30, 31]);
const RADIATOR = new Set([10, 19, 32, 33, 34, 35, 36, 37, 38, 39, 45]);

/** §15.2.1: circulator power Pcirc [W]. */
export function circulatorPower(c: CirculatorInputs): number {
  const first = c.emitterTypeIds[0];
  if (first === undefined) throw new RangeError('emitterTypeIds must not be empty');
  let dpNom_kpa = 35;
  let fcot = 0.802;
  if (FLOOR_CEILING.has(first)) {
    dpNom_kpa = 15;
    fcot = 0.156;
  } else if (MONOTUBE.has(first)) dpNom_kpa = 30;
  else if (RADIATOR.has(first)) dpNom_kpa = 10;
  if (c.emitterTypeIds.length > 1) fcot = 0.802;
  const sh = c.surface_habitable_m2;
  const nniv = c.nombre_niveau_installation_ch || 1;
  const lem_m = 5 * fcot * (nniv + Math.sqrt(sh / nniv));
  const dp_kpa = 0.15 * lem_m + dpNom_kpa;
  const dtDim_k = c.enum_temp_distribution_ch_id === 4 ? 15 : 7.5;
  const pnc_kw = (c.gv_w_k * (20 - c.tbase_c)) / 1000;
  const qv_m3_h = (pnc_kw * c.share) / (1.163 * dtDim_k);
  const scale = Math.max(1, sh / 400);
  return Math.max(30, 6.44 * ((dp_kpa * qv_m3_h) / scale) ** 0.676 * scale);
}

/** §15.2: distribution auxiliaries [kWh/yr] = Pcirc × Σ Nref19 / 1000. */
export function distributionAuxiliaries(c: CirculatorInputs, nref19Sum_h: number): number {
  return (circulatorPower(c) * nref19Sum_h) / 1000;
}
