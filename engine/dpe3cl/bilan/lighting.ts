/**
 * Lighting consumption (3CL annexe 1 §16.1): Cecl = C × Pecl × Nh / 1000 × Sh [kWh], with C = 0.9 (switch control,
 * assumed in dwellings), Pecl = 1.4 W/m² and Nh the yearly hours of lighting of the climate zone.
 */
const HOURS_BY_ZONE: Readonly<Record<string, number>> = {
  '1': 1500, // H1a
  '2': 1445, // H1b
  '3': 1476, // H1c
  '4': 1500, // H2a
  '5': 1531, // H2b
  '6': 1566, // H2c
  '7': 1566, // H2d
  '8': 1506, // H3
};

/** Lighting [kWh/yr] of `surface_m2` of living area in zone `enum_zone_climatique_id`. */
export function lightingConsumption_kwh(zoneId: string, surface_m2: number): number {
  const nh = HOURS_BY_ZONE[zoneId];
  if (nh === undefined) throw new RangeError(`enum_zone_climatique_id must be 1–8, got ${zoneId}`);
  if (!(surface_m2 > 0)) throw new RangeError(`surface_habitable must be > 0 m², got ${surface_m2}`);
  return ((0.9 * 1.4 * nh) / 1000) * surface_m2;
}
