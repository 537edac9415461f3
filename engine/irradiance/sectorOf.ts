/** Azimuth sector [0, sectors) holding `azimuth_deg`: sector i covers [i·360/n, (i+1)·360/n) from north clockwise. */
export function sectorOf(azimuth_deg: number, sectors: number): number {
  let wrapped: number;
  if (azimuth_deg >= 0 && azimuth_deg < 360) {
    // ((a % 360) + 360) % 360 without its floating-point remainders (library calls, the bulk of a plane's bucketing):
    // for a in [0, 360), a % 360 = a, and a + 360 − 360 is exact (Sterbenz) unless a + 360 rounds up to 720.
    const shifted = azimuth_deg + 360;
    wrapped = shifted < 720 ? shifted - 360 : 0;
  } else {
    wrapped = ((azimuth_deg % 360) + 360) % 360;
  }
  const s = Math.floor(wrapped * (sectors / 360));
  return s >= sectors ? sectors - 1 : s;
}
