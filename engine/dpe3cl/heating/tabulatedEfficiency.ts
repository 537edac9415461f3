import { cellNumber, fieldHas, matchRow, tableRows, type Tables3cl } from '../tables';

/**
 * Fixed generation efficiencies of the 3CL-DPE 2021 method.
 * - §12.4 heat pumps: SCOP (or COP for the oldest) from the table « scop » by climate zone, generator type and, for
 *   floor / ceiling heating, the emitter type (rows without an emitter type are the « autre » emitters);
 * - table « rendement_generation »: stoves and inserts, direct electric heating (« effet Joule », Rg = 1), electric
 *   boilers (0.97) and district heating (0.97).
 */
export function heatPumpScop(
  tables: Tables3cl,
  zoneId: number,
  typeGenerateurChId: number,
  typeEmissionDistributionId: number | null,
): number {
  const rows = tableRows(tables, 'scop').filter(
    (r) =>
      fieldHas(r, 'enum_zone_climatique_id', zoneId) && fieldHas(r, 'enum_type_generateur_ch_id', typeGenerateurChId),
  );
  const withEmitter =
    typeEmissionDistributionId === null
      ? undefined
      : rows.find((r) => fieldHas(r, 'enum_type_emission_distribution_id', typeEmissionDistributionId));
  const row = withEmitter ?? rows.find((r) => r['enum_type_emission_distribution_id'] === undefined) ?? rows[0];
  if (!row)
    throw new RangeError(`3CL table scop: no row for zone ${zoneId}, enum_type_generateur_ch_id ${typeGenerateurChId}`);
  return cellNumber(row, 'scop');
}

/** Rg [-] of a generator of the table « rendement_generation ». */
export function tabulatedGenerationEfficiency(tables: Tables3cl, typeGenerateurChId: number): number {
  return cellNumber(matchRow(tables, 'rendement_generation', { enum_type_generateur_ch_id: typeGenerateurChId }), 'rg');
}
