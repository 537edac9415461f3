import type { DpeNode } from '../tree';
import { numberIn } from './read';

/**
 * U of an insulated or bare wall, floor or ceiling for methods 1 and 3–6 (§3.2): null for the default-table methods
 * 2/7/8. `lambda` [W/(m·K)] converts an insulation thickness [cm] into a resistance.
 */
export function insulatedU(methode: number, u0: number, de: DpeNode, lambda: number, where: string): number | null {
  switch (methode) {
    case 1:
      return u0;
    case 3:
    case 4: {
      const e_cm = numberIn(de, 'epaisseur_isolation');
      return e_cm === null || e_cm <= 0 ? u0 : 1 / (1 / u0 + e_cm / 100 / lambda);
    }
    case 5:
    case 6: {
      const r = numberIn(de, 'resistance_isolation');
      return r === null || r <= 0 ? u0 : 1 / (1 / u0 + r);
    }
    case 2:
    case 7:
    case 8:
      return null;
    default:
      throw new RangeError(`${where}/enum_methode_saisie_u_id must be within [1, 10], got ${methode}`);
  }
}
