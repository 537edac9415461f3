/**
 * The colour ramp of annual irradiation, shared by the heat-map texture, the legend and the building panel:
 * matplotlib's "plasma" (S. van der Walt & N. Smith, "A better default colormap for Matplotlib", SciPy 2015), a
 * perceptually uniform ramp whose lightness rises monotonically from dark blue-purple through orange to yellow,
 * sampled at 8 equal steps and interpolated in sRGB between them.
 */

/** Irradiation at the dark end of the ramp and below [kWh/m²/yr]: a north face here. */
export const RAMP_MIN_KWH_M2 = 700;
/** Irradiation at the yellow end and above [kWh/m²/yr]: a well-tilted south face here. */
export const RAMP_MAX_KWH_M2 = 1200;
/** Legend ticks [kWh/m²/yr]. */
export const RAMP_TICKS = [700, 800, 900, 1000, 1100, 1200] as const;

/** plasma(k / 7), k = 0…7, sRGB. */
export const RAMP_STOPS = [
  '#0d0887',
  '#5402a3',
  '#8b0aa5',
  '#b93289',
  '#db5c68',
  '#f48849',
  '#febc2b',
  '#f0f921',
] as const;

export type Rgb8 = [r: number, g: number, b: number];

const STOPS: Rgb8[] = RAMP_STOPS.map((hex) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
});

/** Position of a value on the ramp, 0 at RAMP_MIN_KWH_M2 and below, 1 at RAMP_MAX_KWH_M2 and above [-]. */
export function rampPosition(kwh_m2: number): number {
  if (Number.isNaN(kwh_m2)) throw new RangeError('kwh_m2 must be a number, got NaN');
  return Math.min(1, Math.max(0, (kwh_m2 - RAMP_MIN_KWH_M2) / (RAMP_MAX_KWH_M2 - RAMP_MIN_KWH_M2)));
}

/** sRGB colour (0–255) of a position t ∈ [0, 1] on the ramp. */
export function rampColourAt(t: number): Rgb8 {
  const x = Math.min(1, Math.max(0, t)) * (STOPS.length - 1);
  const k = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - k;
  const a = STOPS[k]!;
  const b = STOPS[k + 1]!;
  return [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * f)) as Rgb8;
}

/**
 * sRGB colour (0–255) of an annual irradiation.
 * @param kwh_m2 annual irradiation [kWh/m²/yr]
 * @example rampColour(1300) // [240, 249, 33], the yellow end
 */
export function rampColour(kwh_m2: number): Rgb8 {
  return rampColourAt(rampPosition(kwh_m2));
}

/** CSS colour of an annual irradiation [kWh/m²/yr]. */
export function rampCss(kwh_m2: number): string {
  return `rgb(${rampColour(kwh_m2).join(' ')})`;
}

/** CSS gradient of the whole ramp, left (low) to right (high). */
export function rampGradientCss(): string {
  return `linear-gradient(to right, ${RAMP_STOPS.map((c, k) => `${c} ${((100 * k) / (RAMP_STOPS.length - 1)).toFixed(1)}%`).join(', ')})`;
}

/** 256 colours along the ramp, RGB bytes, for filling textures fast: entry round(255·t). */
export function rampTable(): Uint8Array {
  const table = new Uint8Array(256 * 3);
  for (let k = 0; k < 256; k++) table.set(rampColourAt(k / 255), 3 * k);
  return table;
}
