import { cellNumber, fieldHas, tableRows, type Tables3cl } from '../tables';

/**
 * §13.2.1 of the 3CL-DPE 2021 method: the boiler's operating temperatures at 30 % and 100 % load [°C] (tables
 * « temp_fonc_30 » by boiler type, and « temp_fonc_100 »), by the distribution temperature of the emitters
 * (`enum_temp_distribution_ch_id`: 2 low, 3 medium, 4 high) and their installation period (before 1981, 1981–2000,
 * after 2000; from the construction year when not entered). With several emitters the highest temperature counts.
 */
export interface EmitterTemperatureInputs {
  enum_temp_distribution_ch_id: number;
  /** 1 before 1981, 2 1981–2000, 3 after 2000; null = from the construction year. */
  enum_periode_installation_emetteur_id: number | null;
}

const PERIODS = ['avant 1981', 'entre 1981 et 2000', 'après 2000'] as const;

function periodLabel(e: EmitterTemperatureInputs, constructionYear: number): string {
  const id = e.enum_periode_installation_emetteur_id;
  if (id !== null && id >= 1 && id <= 3) return PERIODS[id - 1]!;
  return constructionYear < 1981 ? PERIODS[0] : constructionYear < 2000 ? PERIODS[1] : PERIODS[2];
}

function highest(
  tables: Tables3cl,
  table: string,
  typeId: number | null,
  emitters: readonly EmitterTemperatureInputs[],
  year: number,
): number | null {
  let best: number | null = null;
  for (const e of emitters) {
    const period = periodLabel(e, year);
    const row = tableRows(tables, table).find(
      (r) =>
        fieldHas(r, 'enum_temp_distribution_ch_id', e.enum_temp_distribution_ch_id) &&
        (r['periode_emetteurs'] ?? '').toLowerCase() === period &&
        (typeId === null || fieldHas(r, 'enum_type_generateur_ch_id', typeId)),
    );
    if (row) best = Math.max(best ?? -Infinity, cellNumber(row, table));
  }
  return best;
}

/** Tf30 and Tf100 [°C] of a boiler served to `emitters`; null where the tables give none. */
export function operatingTemperatures(
  tables: Tables3cl,
  typeGenerateurChId: number,
  emitters: readonly EmitterTemperatureInputs[],
  constructionYear: number,
): { temp_fonc_30_c: number | null; temp_fonc_100_c: number | null } {
  return {
    temp_fonc_30_c: highest(tables, 'temp_fonc_30', typeGenerateurChId, emitters, constructionYear),
    temp_fonc_100_c: highest(tables, 'temp_fonc_100', null, emitters, constructionYear),
  };
}
