/**
 * The size band that holds a system of `kwp` [kWc]: the first band (sorted by ascending `max_kwp`) with
 * kwp ≤ max_kwp. Bands are "≤ 3", "≤ 9", … as the CRE and the installers publish them.
 * @throws RangeError when kwp is not > 0 or is above the last band
 * @example bandFor([{ max_kwp: 3 }, { max_kwp: 9 }], 6) // → { max_kwp: 9 }
 */
export function bandFor<B extends { max_kwp: number }>(bands: readonly B[], kwp: number): B {
  if (!(Number.isFinite(kwp) && kwp > 0)) throw new RangeError(`kwp must be a finite number > 0, got ${kwp}`);
  for (const band of bands) if (kwp <= band.max_kwp) return band;
  const last = bands[bands.length - 1];
  throw new RangeError(`kwp must be ≤ ${last ? last.max_kwp : 'a band maximum'} (largest tariff band), got ${kwp}`);
}
