/**
 * How much daylight the sky gives for a sun elevation, and the sky colour that goes with it: full day from +6°,
 * night below −6° (the end of civil twilight, when the sky no longer lights the ground usefully), smooth between.
 */

/** Sun elevation at and above which the sky is fully lit [°]. */
export const DAY_FROM_DEG = 6;
/** Sun elevation at and below which it is night [°]: civil twilight ends at −6°. */
export const NIGHT_BELOW_DEG = -6;

const DAY_SKY = [0xb9, 0xd2, 0xe8];
const NIGHT_SKY = [0x14, 0x1d, 0x2b];

/** 0 at night, 1 in full day, smoothstep between [-]. */
export function daylight(elevation_deg: number): number {
  if (Number.isNaN(elevation_deg)) throw new RangeError('elevation_deg must be a number, got NaN');
  const x = Math.min(1, Math.max(0, (elevation_deg - NIGHT_BELOW_DEG) / (DAY_FROM_DEG - NIGHT_BELOW_DEG)));
  return x * x * (3 - 2 * x);
}

/** Sky (background and fog) colour for a sun elevation [°], as '#rrggbb' (sRGB). */
export function skyColour(elevation_deg: number): string {
  const f = daylight(elevation_deg);
  return `#${NIGHT_SKY.map((night, k) =>
    Math.round(night + (DAY_SKY[k]! - night) * f)
      .toString(16)
      .padStart(2, '0'),
  ).join('')}`;
}

/** Share of the direct sun's full intensity [-]: none below the horizon, rising to full at DAY_FROM_DEG. */
export function sunStrength(elevation_deg: number): number {
  return Math.min(1, Math.max(0, elevation_deg / DAY_FROM_DEG));
}
