import { cellNumber, matchRow, type Tables3cl } from '../tables';
import type { DpeNode } from '../tree';
import { insulatedU } from './insulatedU';
import { enumId, requiredEnumId, requiredNumber } from './read';
import { defaultUPeriod, tabulatedU } from './tabulatedU';
import { LAMBDA_INSULATION_WALL } from './wallU';

/** U of a ceiling or roof. */
export interface CeilingU {
  /** Uph0 of the bare ceiling [W/(m²·K)], null when typed in. */
  uph0: number | null;
  /** Uph [W/(m²·K)]. */
  uph: number;
}

/**
 * §3.2.3 « Calcul des Uph »: Uph0 by type of ceiling (table uph0) or typed in; 1 Uph = Uph0; 3/4 insulation thickness
 * (λ = 0.04); 5/6 resistance; 2/7/8 Uph = min(Uph_tab, Uph0) with table uph in its « combles » column for a ceiling
 * under an attic or any unheated room, and « terrasse » for a roof terrace or when the room above is an inaccessible
 * unheated one; 9/10 typed in.
 */
export function ceilingU(
  de: DpeNode,
  periodeConstructionId: number,
  zoneClimatiqueId: number,
  effetJoule: boolean,
  tables: Tables3cl,
  where: string,
): CeilingU {
  const methode = requiredEnumId(de, 'enum_methode_saisie_u_id', where);
  if (methode === 9 || methode === 10) return { uph0: null, uph: requiredNumber(de, 'uph_saisi', where) };
  const methodeU0 = enumId(de, 'enum_methode_saisie_u0_id') ?? 2;
  const uph0 =
    methodeU0 === 3 || methodeU0 === 4
      ? requiredNumber(de, 'uph0_saisi', where)
      : cellNumber(
          matchRow(tables, 'uph0', { enum_type_plancher_haut_id: enumId(de, 'enum_type_plancher_haut_id') ?? 1 }),
          'uph0',
        );
  const direct = insulatedU(methode, uph0, de, LAMBDA_INSULATION_WALL, where);
  if (direct !== null) return { uph0, uph: direct };
  const period = defaultUPeriod(methode, periodeConstructionId, enumId(de, 'enum_periode_isolation_id'));
  return {
    uph0,
    uph: Math.min(tabulatedU(tables, 'uph', period, zoneClimatiqueId, effetJoule, roofKind(de, where)), uph0),
  };
}

/** Column of table uph: « combles » (attic, sloping roof, unheated room above) or « terrasse ». */
function roofKind(de: DpeNode, where: string): 'combles' | 'terrasse' {
  const adjacence = requiredEnumId(de, 'enum_type_adjacence_id', where);
  if (adjacence === 7) return 'terrasse';
  if (adjacence !== 1) return 'combles';
  return enumId(de, 'enum_type_plancher_haut_id') === 12 ? 'combles' : 'terrasse';
}
