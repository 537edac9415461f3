/**
 * Hours with the sun above the horizon (zenith < 90°), from the highest sun to the lowest, equal elevations in hour
 * order. Sorted once per sky year: a plane's buckets are this order filtered and split by sector and month (a stable
 * counting sort, cumulativeBuckets), which is the order the comparator sort of each bucket used to give.
 *
 * @param zenith_deg apparent sun zenith per hour [°]
 * @param elevation_deg apparent sun elevation per hour [°]
 */
export function sunUpByElevation(zenith_deg: Float64Array, elevation_deg: Float64Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < zenith_deg.length; i++) if (zenith_deg[i]! < 90) count++;
  const order = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < zenith_deg.length; i++) if (zenith_deg[i]! < 90) order[k++] = i;
  return order.sort((x, y) => elevation_deg[y]! - elevation_deg[x]! || x - y);
}
