import { fieldHas, cellNumber, tableRows, type Tables3cl } from '../tables';

/*
 * The « U par défaut » tables of §3.2 (umur, upb, uph): U of a wall, floor or ceiling by period of construction or of
 * insulation, climate group and whether the dwelling is heated by the Joule effect.
 */

const has = fieldHas;

/**
 * U from table `name` (umur | upb | uph) for period `periodeId` (enum_periode_construction_id or
 * enum_periode_isolation_id, same ids), zone `zoneClimatiqueId`, Joule effect and, for uph, `typeToiture`
 * ('combles' | 'terrasse'). Returns U [W/(m²·K)].
 */
export function tabulatedU(
  tables: Tables3cl,
  name: 'umur' | 'upb' | 'uph',
  periodeId: number,
  zoneClimatiqueId: number,
  effetJoule: boolean,
  typeToiture?: 'combles' | 'terrasse',
): number {
  const row = tableRows(tables, name).find(
    (r) =>
      has(r, 'enum_periode_construction_id', periodeId) &&
      has(r, 'enum_zone_climatique_id', zoneClimatiqueId) &&
      r['effet_joule'] === (effetJoule ? '1' : '0') &&
      (typeToiture === undefined || r['type_toiture'] === typeToiture),
  );
  if (!row)
    throw new RangeError(
      `3CL table ${name}: no row for period ${periodeId}, zone ${zoneClimatiqueId}, effet joule ${effetJoule}${typeToiture ? `, ${typeToiture}` : ''}`,
    );
  return cellNumber(row, name);
}

/** enum_periode_isolation_id of 1975-1977. */
export const PERIODE_1975_1977 = 3;

/**
 * The period that selects the default U (§3.2.1, §3.2.2, §3.2.3) for `enum_methode_saisie_u_id`:
 * 2 « isolation inconnue »: the period of construction; 7 « année d'isolation différente … saisie »: the period of
 * insulation; 8 « année de construction saisie »: the period of insulation when given, otherwise the period of
 * construction, except that an insulated wall of a building built before 1975 is taken as insulated in 1975-1977.
 */
export function defaultUPeriod(
  methodeSaisieU: number,
  periodeConstructionId: number,
  periodeIsolationId: number | null,
): number {
  if (methodeSaisieU === 7) return periodeIsolationId ?? periodeConstructionId;
  if (methodeSaisieU === 8) {
    if (periodeIsolationId !== null) return periodeIsolationId;
    return periodeConstructionId <= 2 ? PERIODE_1975_1977 : periodeConstructionId;
  }
  return periodeIsolationId ?? periodeConstructionId;
}
