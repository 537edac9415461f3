import { cellNumber, matchRows, type Tables3cl } from '../tables';
import { text, type DpeNode } from '../tree';
import { numberAt } from './read';

/**
 * Ventilation fans' consumption (3CL annexe 1 §5): Cvent = 8.76 × Pvent,moy [kWh, W]. Natural ventilation and
 * climatic wells use none. A house takes Pvent,moy by system (self-regulating single flow 65 W, or 35 W after 2012;
 * humidity-controlled 50 / 15 W; double flow 80 / 35 W); a flat or building takes pvent × qvarep,conv × Sventilée
 * (0.46 / 0.25 W/(m³/h) single flow, 1.1 / 0.6 double flow), qvarep,conv from table debits_ventilation [m³/(h·m²)].
 * A hybrid system counts as a 2001–2012 self-regulating one run 14 h (house) or 28 h (flat) a week out of 168.
 */
type Family = 'none' | 'auto' | 'hygro' | 'double' | 'hybrid';

function family(typeId: number): Family {
  if ([1, 2, 25, 34, 35, 36, 37, 38].includes(typeId)) return 'none';
  if (typeId >= 26 && typeId <= 31) return 'hybrid';
  if ([3, 4, 5, 6, 10, 11, 12, 32, 33].includes(typeId)) return 'auto';
  if ([7, 8, 9, 13, 14, 15, 16, 17, 18].includes(typeId)) return 'hygro';
  if (typeId >= 19 && typeId <= 24) return 'double';
  throw new RangeError(`enum_type_ventilation_id must be 1–38, got ${typeId}`);
}

const HOUSE_W: Readonly<Record<'auto' | 'hygro' | 'double', readonly [number, number]>> = {
  auto: [65, 35],
  hygro: [50, 15],
  double: [80, 35],
};
const FLAT_W_PER_M3H: Readonly<Record<'auto' | 'hygro' | 'double', readonly [number, number]>> = {
  auto: [0.46, 0.25],
  hygro: [0.46, 0.25],
  double: [1.1, 0.6],
};

/** Fans' consumption [kWh/yr] of one `ventilation` node; `house` for a single-family house. */
export function ventilationAuxiliary_kwh(tables: Tables3cl, ventilation: DpeNode, house: boolean): number {
  const de = ventilation['donnee_entree'] as DpeNode | null;
  const typeId = Number(text(de, 'enum_type_ventilation_id'));
  if (!Number.isInteger(typeId)) throw new RangeError('ventilation enum_type_ventilation_id is missing');
  const fam = family(typeId);
  if (fam === 'none') return 0;
  const hybrid = fam === 'hybrid';
  const kind = hybrid ? 'auto' : fam;
  const post2012 = hybrid ? 0 : (numberAt(de, 'ventilation_post_2012') ?? 0) === 1 ? 1 : 0;
  const coef = hybrid ? (house ? 14 : 28) / 168 : 1;
  let pvent_w: number;
  if (house) {
    pvent_w = HOUSE_W[kind][post2012] * coef;
  } else {
    const row = matchRows(tables, 'debits_ventilation', {
      ...(text(de, 'tv_debits_ventilation_id')
        ? { tv_debits_ventilation_id: text(de, 'tv_debits_ventilation_id')! }
        : { enum_type_ventilation_id: typeId }),
    })[0];
    if (!row) throw new RangeError(`no debits_ventilation row for enum_type_ventilation_id ${typeId}`);
    const sv = numberAt(de, 'surface_ventile');
    if (sv === null || !(sv > 0)) throw new RangeError('ventilation surface_ventile must be > 0 m²');
    pvent_w = FLAT_W_PER_M3H[kind][post2012] * cellNumber(row, 'qvarep_conv') * sv * coef;
  }
  return 8.76 * pvent_w;
}
