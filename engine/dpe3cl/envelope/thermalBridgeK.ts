import { fieldHas, cellNumber, tableRows, type Tables3cl } from '../tables';
import { nodeAt, type DpeNode } from '../tree';
import { enumId, flagIn, numberIn, textIn } from './read';

/** The elements a thermal bridge may join, by their `reference`. */
export interface EnvelopeElements {
  walls: readonly DpeNode[];
  lowFloors: readonly DpeNode[];
  ceilings: readonly DpeNode[];
  windows: readonly DpeNode[];
  doors: readonly DpeNode[];
}

/** k of one thermal bridge and how it was found. */
export interface ThermalBridgeK {
  /** k [W/(m·K)] before the share of §3.4.2/§3.4.4. */
  k: number;
  /** 'table' from the joined elements, 'saisi' typed in, 'negligible' set to 0 by the method, 'table-row' the row the record names (joined elements not found). */
  source: 'table' | 'saisi' | 'negligible' | 'table-row';
}

const has = fieldHas;

/** Wood walls: pans de bois, rondins, ossature bois (enum_materiaux_structure_mur_id). */
const WOOD_WALLS = new Set([5, 6, 7, 18, 24, 25, 26, 27]);
/** Light walls for the floor and ceiling junctions: the wood walls and cellular concrete before 2013. */
const LIGHT_WALLS = new Set([...WOOD_WALLS, 16]);
/** Walls on common circulations (§3.4: « les ponts thermiques des parois au niveau des circulations communes ne sont pas pris en compte »). */
const CIRCULATIONS = new Set([14, 15, 16, 17, 18]);

/**
 * §3.4 « Calcul des déperditions par les ponts thermiques »: k of a junction from table pont_thermique by kind of
 * junction (enum_type_liaison_id: 1 plancher bas / mur, 2 plancher intermédiaire lourd / mur, 3 plancher haut lourd /
 * mur, 4 refend / mur, 5 menuiserie / mur) and the insulation of the joined wall and floor, and for a window the
 * fitting (nu intérieur, nu extérieur, tunnel), the frame width and the return of insulation. Negligible (k = 0):
 * floor and ceiling junctions with a light wall or a wooden floor or ceiling (§3.4.1, §3.4.3), window junctions with a
 * wooden wall (§3.4.5), and walls on common circulations. k typed in (k_saisi) when the method of input says so.
 */
export function thermalBridgeK(
  de: DpeNode,
  elements: EnvelopeElements,
  periodeConstructionId: number,
  tables: Tables3cl,
  where: string,
): ThermalBridgeK {
  const methode = enumId(de, 'enum_methode_saisie_pont_thermique_id') ?? 1;
  if (methode === 2 || methode === 3) {
    const k = numberIn(de, 'k_saisi');
    if (k === null)
      throw new RangeError(`${where}/k_saisi is missing for enum_methode_saisie_pont_thermique_id ${methode}`);
    return { k, source: 'saisi' };
  }
  const liaison = enumId(de, 'enum_type_liaison_id');
  if (liaison === null || liaison < 1 || liaison > 5)
    throw new RangeError(`${where}/enum_type_liaison_id must be within [1, 5], got ${liaison}`);
  const refs = [textIn(de, 'reference_1'), textIn(de, 'reference_2')].filter((r): r is string => r !== null);
  const find = (list: readonly DpeNode[]): DpeNode | null =>
    list
      .map((e) => nodeAt(e, 'donnee_entree'))
      .find((e) => e !== null && refs.includes(textIn(e, 'reference') ?? '\u0000')) ?? null;
  const wall = find(elements.walls);
  const fallback = (): ThermalBridgeK => fromRecordRow(de, tables, where);
  if (!wall) return fallback();
  const material = enumId(wall, 'enum_materiaux_structure_mur_id') ?? 0;
  if (CIRCULATIONS.has(enumId(wall, 'enum_type_adjacence_id') ?? 0)) return { k: 0, source: 'negligible' };
  const criteria: Record<string, string> = { isolation_mur: wallInsulation(wall, periodeConstructionId) };
  if (liaison === 1 || liaison === 3) {
    const floor = find(liaison === 1 ? elements.lowFloors : elements.ceilings);
    if (!floor) return fallback();
    const floorType = enumId(floor, liaison === 1 ? 'enum_type_plancher_bas_id' : 'enum_type_plancher_haut_id') ?? 0;
    const woodFloor = liaison === 1 ? floorType === 4 || floorType === 10 : floorType === 9 || floorType === 10;
    if (LIGHT_WALLS.has(material) || woodFloor) return { k: 0, source: 'negligible' };
    criteria['isolation_plancher'] = floorInsulation(floor, periodeConstructionId);
  } else if (liaison === 5) {
    if (WOOD_WALLS.has(material)) return { k: 0, source: 'negligible' };
    if (criteria['isolation_mur'] !== 'ITR') {
      const opening = find(elements.windows) ?? find(elements.doors);
      if (!opening) return fallback();
      const pose = enumId(opening, 'enum_type_pose_id') ?? 3;
      criteria['type_pose'] = pose === 1 ? 'Nu Extérieur' : pose === 2 ? 'Nu intérieur' : 'Tunnel';
      criteria['largeur_dormant'] = (numberIn(opening, 'largeur_dormant') ?? 5) >= 7.5 ? '10' : '5';
      if (criteria['isolation_mur'] !== 'Non isolé')
        criteria['presence_retour_isolation'] = flagIn(opening, 'presence_retour_isolation') ? '1' : '0';
    }
  }
  const row = tableRows(tables, 'pont_thermique').find(
    (r) => has(r, 'enum_type_liaison_id', liaison) && Object.entries(criteria).every(([f, v]) => (r[f] ?? '') === v),
  );
  if (!row)
    throw new RangeError(`${where}: no k in table pont_thermique for liaison ${liaison}, ${JSON.stringify(criteria)}`);
  return { k: cellNumber(row, 'k'), source: 'table' };
}

const INSULATION_LABEL: Readonly<Record<number, string>> = {
  2: 'Non isolé',
  3: 'ITI',
  4: 'ITE',
  5: 'ITR',
  6: 'ITI+ITE',
  7: 'ITI+ITR',
  8: 'ITE+ITR',
};

/** Insulation of the wall for table pont_thermique; unknown insulation: not insulated before 1975, ITI after. */
function wallInsulation(wall: DpeNode, periodeConstructionId: number): string {
  const id = enumId(wall, 'enum_type_isolation_id') ?? 1;
  if (INSULATION_LABEL[id]) return INSULATION_LABEL[id]!;
  if (id === 9) return 'ITI';
  const period = enumId(wall, 'enum_periode_isolation_id') ?? periodeConstructionId;
  return period <= 2 ? 'Non isolé' : 'ITI';
}

/** Insulation of a floor or ceiling; unknown: not insulated before 1975 (before 2001 on the ground), ITE after. */
function floorInsulation(floor: DpeNode, periodeConstructionId: number): string {
  const id = enumId(floor, 'enum_type_isolation_id') ?? 1;
  if (id === 2) return 'Non isolé';
  if (id === 3) return 'ITI';
  if (id === 6) return 'ITI+ITE';
  if (id === 4 || id === 9) return 'ITE';
  if (id !== 1) return 'ITE';
  const period = enumId(floor, 'enum_periode_isolation_id') ?? periodeConstructionId;
  const cutoff = enumId(floor, 'enum_type_adjacence_id') === 5 ? 6 : 2;
  return period <= cutoff ? 'Non isolé' : 'ITE';
}

/** When the joined elements are not in the record: the table row the record names (tv_pont_thermique_id). */
function fromRecordRow(de: DpeNode, tables: Tables3cl, where: string): ThermalBridgeK {
  const id = textIn(de, 'tv_pont_thermique_id');
  const row =
    id === null ? undefined : tableRows(tables, 'pont_thermique').find((r) => r['tv_pont_thermique_id'] === id);
  if (!row)
    throw new RangeError(
      `${where}: the joined wall is not found (reference_1/reference_2) and tv_pont_thermique_id is missing`,
    );
  return { k: cellNumber(row, 'k'), source: 'table-row' };
}
