import { cellNumber, fieldHas, tableRows, type Tables3cl } from '../tables';

/**
 * The efficiencies of the emission, distribution and regulation of a heating emitter (3CL-DPE 2021 method, §12:
 * tables « rendement_emission » Re, « rendement_distribution_ch » Rd, « rendement_regulation » Rr), looked up by the
 * emitter type (`enum_type_emission_distribution_id`) and, for the distribution, whether the network is insulated.
 * Where a type appears on several rows (« autres équipements », id 41) the record's own row id
 * (`tv_rendement_…_id`, a donnee_entree) decides.
 */
export interface EmitterEfficiencies {
  /** Re [-]. */
  rendement_emission: number;
  /** Rd [-]. */
  rendement_distribution: number;
  /** Rr [-]. */
  rendement_regulation: number;
}

export interface EmitterEfficiencyInputs {
  enum_type_emission_distribution_id: number;
  /** Whether the distribution network is insulated; absent = not insulated. */
  reseau_distribution_isole: boolean;
  tv_rendement_emission_id?: number | null;
  tv_rendement_distribution_ch_id?: number | null;
  tv_rendement_regulation_id?: number | null;
}

function pick(
  tables: Tables3cl,
  name: string,
  field: string,
  typeId: number,
  namedId: number | null | undefined,
  extra: (row: Readonly<Record<string, string>>) => boolean = () => true,
): number {
  const rows = tableRows(tables, name).filter(
    (r) => fieldHas(r, 'enum_type_emission_distribution_id', typeId) && extra(r),
  );
  const named = namedId ? rows.find((r) => r[`tv_${name}_id`] === String(namedId)) : undefined;
  const row = rows.length === 1 ? rows[0] : (named ?? rows[0]);
  if (!row) throw new RangeError(`3CL table ${name}: no row for enum_type_emission_distribution_id ${typeId}`);
  return cellNumber(row, field);
}

/** Re, Rd, Rr of one emitter (§12). */
export function emitterEfficiencies(tables: Tables3cl, e: EmitterEfficiencyInputs): EmitterEfficiencies {
  const id = e.enum_type_emission_distribution_id;
  const isole = e.reseau_distribution_isole ? '1' : '0';
  return {
    rendement_emission: pick(tables, 'rendement_emission', 're', id, e.tv_rendement_emission_id),
    rendement_distribution: pick(
      tables,
      'rendement_distribution_ch',
      'rd',
      id,
      e.tv_rendement_distribution_ch_id,
      (r) => r['reseau_distribution_isole'] === undefined || r['reseau_distribution_isole'] === isole,
    ),
    rendement_regulation: pick(tables, 'rendement_regulation', 'rr', id, e.tv_rendement_regulation_id),
  };
}
