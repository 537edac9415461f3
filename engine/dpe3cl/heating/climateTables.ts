import type { Tables3cl } from '../tables';

/**
 * Monthly climate tables of the 3CL-DPE 2021 method (annex tables « nref19 », « nref21 »: heating hours at 19 °C and
 * 21 °C set points [h], by heavy-inertia-old-walls flag, altitude class, month and climate zone). The sheet is nested:
 * flag ('0' | '1') → altitude label → month → zone label.
 */
const ALTITUDE = ['inférieur à 400m', '400-800m', 'supérieur à 800m'] as const;
const ZONE = ['h1a', 'h1b', 'h1c', 'h2a', 'h2b', 'h2c', 'h2d', 'h3'] as const;
export const MONTHS = [
  'Janvier',
  'Février',
  'Mars',
  'Avril',
  'Mai',
  'Juin',
  'Juillet',
  'Aout',
  'Septembre',
  'Octobre',
  'Novembre',
  'Décembre',
] as const;

/** The twelve monthly values of table `name` ('nref19', 'nref21', 'dh19', …) for a dwelling. */
export function monthlyClimate(
  tables: Tables3cl,
  name: string,
  heavyOldWalls: boolean,
  altitudeClassId: number,
  zoneId: number,
): number[] {
  const alt = ALTITUDE[altitudeClassId - 1];
  const zone = ZONE[zoneId - 1];
  if (!alt) throw new RangeError(`enum_classe_altitude_id must be within [1, 3], got ${altitudeClassId}`);
  if (!zone) throw new RangeError(`enum_zone_climatique_id must be within [1, 8], got ${zoneId}`);
  const sheet = (tables[name] as Record<string, Record<string, Record<string, Record<string, number>>>> | undefined)?.[
    heavyOldWalls ? '1' : '0'
  ]?.[alt];
  if (!sheet) throw new RangeError(`3CL table ${name} is not a monthly climate table`);
  return MONTHS.map((m) => {
    const v = sheet[m]?.[zone];
    if (typeof v !== 'number') throw new RangeError(`3CL table ${name}: no value for ${m} ${zone}`);
    return v;
  });
}
