import { fieldHas, cellNumber, tableRows, type Tables3cl } from '../tables';
import type { DpeNode } from '../tree';
import { enumId, flagIn, numberIn, requiredEnumId } from './read';

/** The losses by air renewal of one ventilation system (§4). */
export interface AirRenewal {
  /** Conventional exhaust flow per m² Qvarep_conv [m³/(h·m²)] (table debits_ventilation). */
  qvarepConv_m3_h_m2: number;
  /** Conventional supply flow per m² Qvasouf_conv [m³/(h·m²)]. */
  qvasoufConv_m3_h_m2: number;
  /** Conventional area of air inlets Smea_conv [m²/m² hab… as tabulated]. */
  smeaConv: number;
  /** Q4Pa_conv, leakage at 4 Pa per m² of envelope [m³/(h·m²)] (table q4pa_conv, or measured). */
  q4paConv_m3_h_m2: number;
  /** Leakage of the envelope Q4Pa_env = Q4Pa_conv × Sdep [m³/h]. */
  q4paEnv_m3_h: number;
  /** Air change rate at 50 Pa n50 [1/h]. */
  n50_per_h: number;
  /** Hvent = 0.34 × Qvarep_conv × Sh [W/K]. */
  hvent_w_k: number;
  /** Hperm = 0.34 × Qvinf [W/K]. */
  hperm_w_k: number;
}

/** The inputs of §4 that come from the whole envelope. */
export interface AirRenewalInputs {
  /** Living area ventilated Sh [m²]. */
  surface_m2: number;
  /** Mean ceiling height [m]. */
  hsp_m: number;
  /** Sdep, the area of the envelope's losing walls, ceilings, windows and doors, low floors excluded [m²]. */
  sdep_m2: number;
  /** enum_periode_construction_id. */
  periodeConstructionId: number;
  /** enum_methode_application_dpe_log_id (house or flat, for table q4pa_conv). */
  methodeApplicationId: number;
  /** More of the losing walls and ceilings insulated than not (table q4pa_conv « isolation_surfaces »). */
  surfacesIsolees: boolean;
  /** More than half the windows and doors with seals (table q4pa_conv « presence_joints_menuiserie »). */
  jointsMenuiserie: boolean;
}

const has = fieldHas;

/** (4/50)^(2/3): converts a leakage at 4 Pa to one at 50 Pa (§4). */
const PRESSURE_RATIO = (4 / 50) ** (2 / 3);

/**
 * §4 « Calcul des déperditions par renouvellement d'air »: Hvent = 0.34 × Qvarep_conv × Sh;
 * Q4Pa_env = Q4Pa_conv × Sdep; Q4Pa = Q4Pa_env + 0.45 × Smea_conv × Sh; n50 = Q4Pa / ((4/50)^(2/3) × Hsp × Sh);
 * Qvinf = Hsp × Sh × n50 × e / (1 + f/e × ((Qvasouf_conv − Qvarep_conv) / (Hsp × n50))²); Hperm = 0.34 × Qvinf, with
 * the exposure coefficients e = 0.07, f = 15 when several façades are exposed, else e = 0.02, f = 20. Returns W/K.
 */
export function airRenewal(de: DpeNode, inputs: AirRenewalInputs, tables: Tables3cl, where: string): AirRenewal {
  const { surface_m2: sh, hsp_m: hsp, sdep_m2: sdep } = inputs;
  if (!(sh > 0)) throw new RangeError(`${where}: the ventilated area must be > 0, got ${sh}`);
  if (!(hsp > 0)) throw new RangeError(`${where}: hsp must be > 0, got ${hsp}`);
  if (!(sdep >= 0)) throw new RangeError(`${where}: Sdep must be ≥ 0, got ${sdep}`);
  const type = requiredEnumId(de, 'enum_type_ventilation_id', where);
  const flows = tableRows(tables, 'debits_ventilation').find((r) => has(r, 'enum_type_ventilation_id', type));
  if (!flows) throw new RangeError(`${where}/enum_type_ventilation_id ${type} is not in table debits_ventilation`);
  const qvarep = cellNumber(flows, 'qvarep_conv');
  const qvasouf = cellNumber(flows, 'qvasouf_conv');
  const smea = cellNumber(flows, 'smea_conv');
  const q4paConv = numberIn(de, 'q4pa_conv_saisi') ?? q4paConvFromTable(tables, inputs);
  const several = flagIn(de, 'plusieurs_facade_exposee');
  const e = several ? 0.07 : 0.02;
  const f = several ? 15 : 20;
  const q4paEnv = q4paConv * sdep;
  const q4pa = q4paEnv + 0.45 * smea * sh;
  const n50 = q4pa / (PRESSURE_RATIO * hsp * sh);
  const qvinf = n50 > 0 ? (hsp * sh * n50 * e) / (1 + (f / e) * ((qvasouf - qvarep) / (hsp * n50)) ** 2) : 0;
  return {
    qvarepConv_m3_h_m2: qvarep,
    qvasoufConv_m3_h_m2: qvasouf,
    smeaConv: smea,
    q4paConv_m3_h_m2: q4paConv,
    q4paEnv_m3_h: q4paEnv,
    n50_per_h: n50,
    hvent_w_k: 0.34 * qvarep * sh,
    hperm_w_k: 0.34 * qvinf,
  };
}

/**
 * Q4Pa_conv from table q4pa_conv (§4): by period of construction and house or flat; for buildings before 1975, the
 * value of insulated envelopes when most losing surfaces are insulated, and before 1948 that of sealed windows.
 */
export function q4paConvFromTable(tables: Tables3cl, inputs: AirRenewalInputs): number {
  // DPE from an RT 2012 / RE 2020 study (methods 14–25) are not in the table: a house reads the house rows, others the flat rows.
  const m = inputs.methodeApplicationId;
  const methode = m >= 14 && m <= 25 ? (m === 14 || m === 18 ? 1 : 2) : m;
  const candidates = tableRows(tables, 'q4pa_conv').filter(
    (r) =>
      has(r, 'enum_periode_construction_id', inputs.periodeConstructionId) &&
      has(r, 'enum_methode_application_dpe_log_id', methode),
  );
  const iso = inputs.surfacesIsolees ? '1' : '0';
  const joints = inputs.jointsMenuiserie ? '1' : '0';
  const exact = candidates.find(
    (r) => r['isolation_surfaces'] === iso && (r['presence_joints_menuiserie'] ?? '0') === joints,
  );
  const row =
    exact ??
    candidates.find((r) => r['isolation_surfaces'] === iso && !r['presence_joints_menuiserie']) ??
    candidates.find((r) => r['isolation_surfaces'] === '0' && !r['presence_joints_menuiserie']);
  if (!row)
    throw new RangeError(
      `3CL table q4pa_conv: no row for period ${inputs.periodeConstructionId}, method ${inputs.methodeApplicationId}`,
    );
  return cellNumber(row, 'q4pa_conv');
}

/** enum_type_isolation_id of an insulated surface for table q4pa_conv: any known insulation, or unknown insulation put in after 1974. */
export function isInsulatedSurface(de: DpeNode): boolean {
  const id = enumId(de, 'enum_type_isolation_id') ?? 1;
  if (id === 2) return false;
  if (id === 1) return (enumId(de, 'enum_periode_isolation_id') ?? 0) >= 3;
  return true;
}
