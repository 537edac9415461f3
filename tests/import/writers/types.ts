/**
 * Buildings generated for the import tests and the import benchmark, written by each format's writer. Coordinates are
 * in whatever CRS the caller chose (Lambert-93 metres, lon/lat degrees…); each writer records that CRS the way its
 * format does.
 */
export interface GenBuilding {
  /** Source identifier (BD TOPO cleabs, OSM way id, CityJSON key…). */
  id: string;
  /** Outer ring, closed (first point repeated last), counter-clockwise. */
  ring: [number, number][];
  /** Inner rings (courtyards), closed, clockwise. */
  holes?: [number, number][][];
  height_m: number | null;
  levels: number | null;
  roof_shape?: string | null;
  year_built?: number | null;
  usage?: string | null;
  dwellings?: number | null;
  housenumber?: string | null;
  street?: string | null;
  city?: string | null;
}

/**
 * A deterministic grid of rectangular houses (10 m × 8 m, 4 m apart) starting at (x0, y0) in a metric CRS, or in
 * degrees when `degrees` is set (≈ the same size at 50.4° N). Yields `count` buildings without holding them all.
 */
export function* generateBuildings(
  count: number,
  options: { x0: number; y0: number; degrees?: boolean; idPrefix?: string },
): Generator<GenBuilding> {
  const perRow = 300;
  const sx = options.degrees ? 1 / 71_000 : 1;
  const sy = options.degrees ? 1 / 111_200 : 1;
  for (let i = 0; i < count; i++) {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    const x = options.x0 + col * 14 * sx;
    const y = options.y0 + row * 12 * sy;
    const w = 10 * sx;
    const h = 8 * sy;
    yield {
      id: `${options.idPrefix ?? 'BATIMENT'}${String(i).padStart(10, '0')}`,
      ring: [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
        [x, y],
      ],
      height_m: 6 + (i % 7),
      levels: 1 + (i % 3),
      roof_shape: i % 2 === 0 ? 'gabled' : 'hipped',
      year_built: 1900 + (i % 120),
      usage: 'Résidentiel',
      dwellings: 1 + (i % 2),
      housenumber: String(1 + (i % 200)),
      street: 'Rue des Mineurs',
      city: 'Liévin',
    };
  }
}
