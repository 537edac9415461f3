import { nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';
import type { Tables3cl } from '../tables';

/**
 * The monthly climate data of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1, §18 « données
 * météorologiques » and the tables of §6, §9, §10, §11), by climate zone (h1a … h3) and altitude class, read from
 * tv_tables.json. The heating tables (e, dh19, dh21, nref19, nref21, text) have a second key: « bâtiment à inertie
 * lourde / matériaux anciens » (0 or 1, `meteo/batiment_materiaux_anciens`); the cooling tables (e_fr_26/28, nref26/28,
 * textmoy_clim_26/28) and tefs do not.
 */

/** The months as the tables name them, January first. */
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

const ZONES: Readonly<Record<number, string>> = {
  1: 'h1a',
  2: 'h1b',
  3: 'h1c',
  4: 'h2a',
  5: 'h2b',
  6: 'h2c',
  7: 'h2d',
  8: 'h3',
};
const ALTITUDES: Readonly<Record<number, string>> = { 1: 'inférieur à 400m', 2: '400-800m', 3: 'supérieur à 800m' };

/** Where the dwelling is, as the climate tables key it. */
export interface ClimateSite {
  /** Climate zone label, `h1a` … `h3` (enum_zone_climatique_id 1…8). */
  zone: string;
  /** Altitude class label (enum_classe_altitude_id 1…3). */
  altitude: string;
  /** `1` for a heavy building of old materials (the « 1 » variant of the heating tables), see OldMaterialsRule. */
  oldMaterials: '0' | '1';
}

/**
 * How `batiment_materiaux_anciens` selects the « 1 » variant of the heating tables: `heavy-inertia` (default) when the
 * building is of old materials AND of heavy or very heavy inertia (§7 class 1 or 2), as the method's « bâtiment à
 * inertie lourde constitué de matériaux anciens »; `flag` on the flag alone, as some software does. Measured on the
 * 271 records: `heavy-inertia` matches the records' internal gains in 45 of the 49 old-material records, `flag` in 39.
 */
export type OldMaterialsRule = 'heavy-inertia' | 'flag';

/**
 * The site of a `logement` node from its `meteo` element and its inertia class (1…4, §7); RangeError naming the
 * field when absent or unknown.
 */
export function climateSite(
  logement: DpeNode,
  inertiaClassId: number,
  rule: OldMaterialsRule = 'heavy-inertia',
): ClimateSite {
  const meteo = nodeAt(logement, 'meteo');
  const zoneId = numberAt(meteo, 'enum_zone_climatique_id');
  const altitudeId = numberAt(meteo, 'enum_classe_altitude_id');
  const zone = zoneId === null ? undefined : ZONES[zoneId];
  const altitude = altitudeId === null ? undefined : ALTITUDES[altitudeId];
  if (zone === undefined) throw new RangeError(`meteo/enum_zone_climatique_id must be 1…8, got ${String(zoneId)}`);
  if (altitude === undefined)
    throw new RangeError(`meteo/enum_classe_altitude_id must be 1…3, got ${String(altitudeId)}`);
  const old = numberAt(meteo, 'batiment_materiaux_anciens') === 1 && (rule === 'flag' || inertiaClassId <= 2);
  return { zone, altitude, oldMaterials: old ? '1' : '0' };
}

/** Tables keyed by the old-materials variant first (0/1), then altitude, month, zone. */
export type HeatingClimateTable = 'e' | 'dh19' | 'dh21' | 'nref19' | 'nref21' | 'text';
/** Tables keyed by altitude, month, zone. */
export type PlainClimateTable =
  'tefs' | 'e_fr_26' | 'e_fr_28' | 'nref26' | 'nref28' | 'textmoy_clim_26' | 'textmoy_clim_28';

/**
 * The 12 monthly values of a climate table for the site. Units as the tables: e [kWh/m²], dh [°C·h], nref [h],
 * text, textmoy, tefs [°C].
 */
export function monthlyClimate(
  tables: Tables3cl,
  name: HeatingClimateTable | PlainClimateTable,
  site: ClimateSite,
): number[] {
  const heating = name === 'e' || name.startsWith('dh') || name === 'nref19' || name === 'nref21' || name === 'text';
  let node = tables[name] as Record<string, unknown> | undefined;
  if (heating) node = node?.[site.oldMaterials] as Record<string, unknown> | undefined;
  const byMonth = node?.[site.altitude] as Record<string, Record<string, number>> | undefined;
  return MONTHS.map((month) => {
    const v = byMonth?.[month]?.[site.zone];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`3CL climate table ${name} has no value for ${site.altitude} / ${month} / ${site.zone}`);
    }
    return v;
  });
}
