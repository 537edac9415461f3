import { cellNumber, matchRow, type Tables3cl } from '../tables';
import type { DpeNode } from '../tree';
import { enumId, requiredEnumId, requiredNumber } from './read';

/**
 * §3.3.1.4 « Coefficients Uporte »: Uporte by kind of door (table uporte) when enum_methode_saisie_uporte_id is
 * 1 « valeur forfaitaire », else the value typed in (uporte_saisi). Returns Uporte [W/(m²·K)].
 */
export function doorU(de: DpeNode, tables: Tables3cl, where: string): number {
  const methode = enumId(de, 'enum_methode_saisie_uporte_id') ?? 1;
  if (methode !== 1) return requiredNumber(de, 'uporte_saisi', where);
  const type = requiredEnumId(de, 'enum_type_porte_id', where);
  return cellNumber(matchRow(tables, 'uporte', { enum_type_porte_id: type }), 'uporte');
}
