import type { Dwelling } from '../thermal/types';
import type { RenovationCatalogue } from './types';

/**
 * The measure ids of a package for this dwelling: in a UNESCO-listed cité the package's substitutes apply
 * (external wall insulation becomes internal).
 * @throws RangeError for an unknown package id
 * @example packageMeasures('bbc_renovation', { ...house, unesco: true }, cat) // [..., 'wall_insulation_internal', ...]
 */
export function packageMeasures(
  packageId: string,
  dwelling: Pick<Dwelling, 'unesco'>,
  catalogue: RenovationCatalogue,
): string[] {
  const pkg = catalogue.packages.find((p) => p.id === packageId);
  if (pkg === undefined)
    throw new RangeError(
      `packageId: unknown package '${String(packageId)}' (known: ${catalogue.packages.map((p) => p.id).join(', ')})`,
    );
  return dwelling.unesco === true ? pkg.measures.map((id) => pkg.unesco_substitutes[id] ?? id) : [...pkg.measures];
}
