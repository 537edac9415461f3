import { readFileSync } from 'node:fs';
import type { Dwelling, MonthlyClimate } from '../../engine/thermal/types';

/** Test helpers: a simple rectangular house from the typology fixture, and synthetic climates. Tests only. */

interface Valued {
  value: number;
}
interface TypologyRecord {
  typology: string;
  band: string;
  walls_u_w_m2k: Valued;
  roof_u_w_m2k: Valued;
  floor_u_w_m2k: Valued;
  window_u_w_m2k: Valued;
  window_g: Valued;
  window_to_floor_ratio: Valued;
  infiltration_ach: Valued;
  thermal_mass: { value: Dwelling['thermal_mass'] };
  heating: { system: Dwelling['heating']['system']; carrier: Dwelling['heating']['carrier']; efficiency: Valued };
  hot_water: { system: Dwelling['hot_water']['system']; carrier: Dwelling['hot_water']['carrier']; efficiency: Valued };
}

export const typologies = JSON.parse(
  readFileSync(new URL('../../fixtures/typologies/typologies.json', import.meta.url), 'utf8'),
) as {
  records: TypologyRecord[];
  tabula_reference: { buildings: { code: string; A_C_ref_m2: number; storeys: number; heating_need_kwh_m2: number }[] };
};

export function record(typology: string, band: string): TypologyRecord {
  const r = typologies.records.find((x) => x.typology === typology && x.band === band);
  if (!r) throw new Error(`no typology ${typology} ${band}`);
  return r;
}

/**
 * A house of `floorArea` m² on `storeys` storeys, square plan, storey height 2.5 m, facades N/E/S/W, windows split
 * equally between the long sides' orientations (south and north) — `attachedSides` of the east/west facades
 * (0, 1 or 2) shared with heated neighbours (b = 0, removed from the envelope).
 */
export function rectangularHouse(
  r: TypologyRecord,
  floorArea: number,
  storeys: number,
  attachedSides = 0,
  storeyHeight = 2.5,
): Dwelling {
  const footprint = floorArea / storeys;
  const side = Math.sqrt(footprint);
  const facade = side * storeyHeight * storeys;
  const windowArea = r.window_to_floor_ratio.value * floorArea;
  const wall = (az: number, area: number) => ({ area_m2: area, u_w_m2k: r.walls_u_w_m2k.value, azimuth_deg: az });
  const walls = [wall(180, facade - windowArea / 2), wall(0, facade - windowArea / 2)];
  if (attachedSides < 2) walls.push(wall(270, facade));
  if (attachedSides < 1) walls.push(wall(90, facade));
  const win = (az: number) => ({
    area_m2: windowArea / 2,
    u_w_m2k: r.window_u_w_m2k.value,
    azimuth_deg: az,
    g_value: r.window_g.value,
  });
  return {
    floor_area_m2: floorArea,
    volume_m3: floorArea * storeyHeight,
    walls,
    roof: [{ area_m2: footprint, u_w_m2k: r.roof_u_w_m2k.value }],
    floors: [{ area_m2: footprint, u_w_m2k: r.floor_u_w_m2k.value }],
    windows: [win(180), win(0)],
    ventilation: 'natural',
    infiltration_ach: r.infiltration_ach.value,
    thermal_mass: r.thermal_mass.value,
    heating: { system: r.heating.system, carrier: r.heating.carrier, efficiency: r.heating.efficiency.value },
    hot_water: { system: r.hot_water.system, carrier: r.hot_water.carrier, efficiency: r.hot_water.efficiency.value },
  };
}

/** A climate with the same temperature every month and the given vertical/horizontal irradiation (flat in azimuth). */
export function flatClimate(temperature_c: number, vertical_kwh_m2 = 0, step = 5): MonthlyClimate {
  const hours = Float64Array.from([744, 672, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744]);
  return {
    source: 'synthetic',
    latitude_deg: 50,
    longitude_deg: 3,
    temperature_c: new Float64Array(12).fill(temperature_c),
    hours,
    annualMeanTemperature_c: temperature_c,
    horizontal_kwh_m2: new Float64Array(12).fill(vertical_kwh_m2),
    azimuthStep_deg: step,
    vertical_kwh_m2: new Float64Array((360 / step) * 12).fill(vertical_kwh_m2),
  };
}
