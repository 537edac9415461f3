/**
 * Climate inputs of the heating part of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1): the base
 * temperature Tbase [°C] used to size the generators (§13.2.1, table « Tbase » by altitude class and climate zone) and
 * the climate-zone group H1 / H2 / H3 that several tables use.
 *
 * Zone ids are ADEME's `enum_zone_climatique_id` (1 h1a, 2 h1b, 3 h1c, 4 h2a, 5 h2b, 6 h2c, 7 h2d, 8 h3); altitude
 * classes `enum_classe_altitude_id` (1 below 400 m, 2 400–800 m, 3 above 800 m).
 */
export type ZoneGroup = 'h1' | 'h2' | 'h3';

/** The group H1 (zones 1–3), H2 (4–7) or H3 (8) of a climate zone id; RangeError for an unknown id. */
export function zoneGroup(zoneId: number): ZoneGroup {
  if (!Number.isInteger(zoneId) || zoneId < 1 || zoneId > 8) {
    throw new RangeError(`enum_zone_climatique_id must be an integer within [1, 8], got ${zoneId}`);
  }
  return zoneId <= 3 ? 'h1' : zoneId <= 7 ? 'h2' : 'h3';
}

/** §13.2.1: Tbase [°C] = −9.5 / −6.5 / −3.5 (H1 / H2 / H3) below 400 m, 2 K colder per altitude class above. */
const TBASE_C: Readonly<Record<ZoneGroup, readonly [number, number, number]>> = {
  h1: [-9.5, -11.5, -13.5],
  h2: [-6.5, -8.5, -10.5],
  h3: [-3.5, -5.5, -7.5],
};

/** The base temperature Tbase [°C] of the method (§13.2.1) for a climate zone id and an altitude class id. */
export function baseTemperature(zoneId: number, altitudeClassId: number): number {
  if (!Number.isInteger(altitudeClassId) || altitudeClassId < 1 || altitudeClassId > 3) {
    throw new RangeError(`enum_classe_altitude_id must be an integer within [1, 3], got ${altitudeClassId}`);
  }
  return TBASE_C[zoneGroup(zoneId)][altitudeClassId - 1]!;
}
