/**
 * The sun at the chosen instant, seen from the view centre: the engine's solarPosition (suncalc, in the browser, so
 * the slider answers at once without an HTTP round trip) places the light and the sphere, and the day's sunPath
 * draws the arc. The state keeps the instant and the position, which the controls and the test hook read.
 */
import { solarPosition } from '../../../engine/sun/solarPosition';
import { sunPath } from '../../../engine/sun/sunPath';
import { parisTime, parisToUtc } from '../ui/parisTime';
import { viewCentre, type AppContext } from './context';

/** Where the sun is computed before the extent is known: Lens town hall [°]. */
const LENS: [number, number] = [2.8318, 50.4291];
/** Sampling of the drawn arc [min]. */
const ARC_STEP_MIN = 10;
/** The first view opens at the current time when the sun is at least this high, else at 14:00 today [°]. */
const MIN_OPENING_ELEVATION_DEG = 5;
const OPENING_HOUR_MIN = 14 * 60;

export function createSun(app: AppContext) {
  const { store, view } = app;
  let arcKey = '';

  function setTime(timeUtcMs: number): void {
    if (!Number.isFinite(timeUtcMs)) throw new RangeError(`timeUtcMs must be finite, got ${timeUtcMs}`);
    const [lon, lat] = viewCentre(app) ?? LENS;
    const { azimuth_deg, elevation_deg } = solarPosition(timeUtcMs, lat, lon);
    view.setSun(azimuth_deg, elevation_deg);
    // The arc changes with the day, and (slightly) with the place: redrawn when either moves.
    const day = parisTime(timeUtcMs).date;
    const key = `${day} ${lon.toFixed(2)} ${lat.toFixed(2)}`;
    if (key !== arcKey) {
      arcKey = key;
      view.setSunPath(sunPath(parisToUtc(day, 12 * 60), lat, lon, ARC_STEP_MIN).positions);
    }
    store.update((s) => ({ ...s, sun: { timeUtcMs, azimuth_deg, elevation_deg, lon, lat } }));
  }

  /** Recomputes the position for the same instant from the current view centre. */
  function refresh(): void {
    setTime(store.get().sun.timeUtcMs);
  }

  /** Now, if the sun is up enough to light the view; otherwise 14:00 today (Paris). */
  function openingTime(now = Date.now()): number {
    const [lon, lat] = viewCentre(app) ?? LENS;
    if (solarPosition(now, lat, lon).elevation_deg >= MIN_OPENING_ELEVATION_DEG) return now;
    return parisToUtc(parisTime(now).date, OPENING_HOUR_MIN);
  }

  return { setTime, refresh, openingTime };
}
