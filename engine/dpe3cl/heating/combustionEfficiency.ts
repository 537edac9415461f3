import type { CombustionCharacteristics } from './combustionCharacteristics';
import type { CombustionFamily } from './generatorKind';

/**
 * §13.2.1 of the 3CL-DPE 2021 method: the seasonal generation efficiency Rg of a combustion generator, from its losses
 * at ten load classes x = 0.05 … 0.95 weighted by the share of the heating season spent at each load, the sizing ratio
 * Cdimref = ΣPn / (GV × (19 − Tbase)) (21 − Tbase for the « dépensier » scenario) and the standby and pilot losses:
 *
 *   Px = Pn × min(1, x / Cdimref);  Pfou(x) = Px × w(x);  Pcons(x) = Pfou(x) × (1 + QPx(min(1, x / Cdimref)) / Px)
 *   Rg(PCS) = Σ Pfou / (Σ Pcons + 0.45 × QP0 + Pveilleuse);  Rg(PCI) = Rg(PCS) × K
 *
 * The loss curves QPx (kW) are written on the PCS: Rpn and Rpint (PCI) are divided by the fuel's ratio K = PCS/PCI,
 * QP0 multiplied by it. Chaudières standard / basse température / condensation: QP30 and QP100 corrected by the
 * operating temperatures at 30 % and 100 % load (Tf30 with a combustion-regulating control, Tf100 otherwise);
 * wood and coal boilers and air heaters: QP50 / QP100; gas radiators: QPx = 1.04 × (100 − Rpn)/Rpn × Pn × x.
 * The result is on the PCI, as the consumptions of the method are.
 */

/** w(x): share of the season at load class x (§13.2.1). */
const LOAD_WEIGHTS: readonly (readonly [number, number])[] = [
  [0.05, 0.1],
  [0.15, 0.25],
  [0.25, 0.2],
  [0.35, 0.15],
  [0.45, 0.1],
  [0.55, 0.1],
  [0.65, 0.05],
  [0.75, 0.025],
  [0.85, 0.025],
  [0.95, 0],
];

/** K = PCS / PCI of a fuel by `enum_type_energie_id` (§13.2.1); 1 for electricity, heat networks and unknowns. */
export function pcsPciRatio(typeEnergieId: number): number {
  switch (typeEnergieId) {
    case 2:
    case 9:
    case 10:
      return 1.11; // gaz naturel, propane, butane
    case 13:
      return 1.09; // GPL
    case 3:
      return 1.07; // fioul domestique
    case 4:
    case 5:
    case 6:
    case 7:
      return 1.08; // bois
    case 11:
      return 1.04; // charbon
    default:
      return 1;
  }
}

export interface CombustionEfficiencyInputs {
  family: CombustionFamily;
  characteristics: CombustionCharacteristics;
  enum_type_energie_id: number;
  /** Operating temperatures at 30 % and 100 % load [°C] (boilers only). */
  temp_fonc_30_c?: number | null;
  temp_fonc_100_c?: number | null;
  /** Presence of a control acting on combustion (`presence_regulation_combustion`). */
  presence_regulation_combustion: boolean;
  /** Cdimref [-] for the conventional and the « dépensier » scenario. */
  cdimref: number;
  cdimref_depensier: number;
}

/** QPx [kW] at load x of §13.2.1 (PCS). */
function lossAtLoad(x: number, inp: CombustionEfficiencyInputs, k: number): number {
  const c = inp.characteristics;
  const pn = c.pn_w / 1000;
  const rpn = (100 * c.rpn) / k;
  const rpint = (100 * c.rpint) / k;
  const qp0 = (c.qp0_w * k) / 1000;
  switch (inp.family) {
    case 'gas_radiator':
      return ((1.04 * (100 - rpn)) / rpn) * pn * x;
    case 'wood_or_coal':
    case 'air_heater': {
      const qp50 = (0.5 * pn * (100 - rpint)) / rpint;
      const qp100 = (pn * (100 - rpn)) / rpn;
      return x < 0.5 ? 0.15 * qp0 + ((qp50 - 0.15 * qp0) * x) / 0.5 : 2 * qp50 - qp100 + ((qp100 - qp50) * x) / 0.5;
    }
    default: {
      const tf100 = inp.temp_fonc_100_c;
      const tf30 = inp.temp_fonc_30_c;
      const tf = inp.presence_regulation_combustion ? tf30 : tf100;
      if (typeof tf !== 'number' || typeof tf100 !== 'number') {
        throw new RangeError('temp_fonc_30 / temp_fonc_100 are required for a boiler');
      }
      const [a, b] = inp.family === 'low_temperature' ? [0.1, 40] : inp.family === 'condensing' ? [0.2, 33] : [0.1, 50];
      const r30 = rpint + a * (b - tf);
      const r100 = rpn + 0.1 * (70 - tf100);
      const qp30 = (0.3 * pn * (100 - r30)) / r30;
      const qp100 = (pn * (100 - r100)) / r100;
      if (inp.family === 'standard') {
        return x < 0.3 ? 0.15 * qp0 + ((qp30 - 0.15 * qp0) * x) / 0.3 : qp30 + ((qp100 - qp30) * (x - 0.3)) / 0.7;
      }
      const qp15 = qp30 / 2;
      if (x < 0.15) return 0.15 * qp0 + ((qp15 - 0.15 * qp0) * x) / 0.15;
      if (x < 0.3) return qp15 + ((qp30 - qp15) * (x - 0.15)) / 0.15;
      return qp30 + ((qp100 - qp30) * (x - 0.3)) / 0.7;
    }
  }
}

function seasonalEfficiency(inp: CombustionEfficiencyInputs, cdimref: number): number {
  if (!(cdimref > 0)) throw new RangeError(`cdimref must be > 0, got ${cdimref}`);
  const k = pcsPciRatio(inp.enum_type_energie_id);
  const pn = inp.characteristics.pn_w / 1000;
  let supplied = 0;
  let consumed = 0;
  for (const [x, w] of LOAD_WEIGHTS) {
    const load = Math.min(1, x / cdimref);
    const px = pn * load;
    const pfou = px * w;
    supplied += pfou;
    consumed += pfou * (1 + lossAtLoad(load, inp, k) / px);
  }
  const rgPcs = supplied / (consumed + (0.45 * inp.characteristics.qp0_w) / 1000 + inp.characteristics.pveil_w / 1000);
  return rgPcs * k;
}

/** Rg [-] (PCI) of a combustion generator for the conventional and the « dépensier » scenario (§13.2.1). */
export function combustionEfficiency(inp: CombustionEfficiencyInputs): { rg: number; rg_depensier: number } {
  return { rg: seasonalEfficiency(inp, inp.cdimref), rg_depensier: seasonalEfficiency(inp, inp.cdimref_depensier) };
}
