/**
 * Compact storage of the OSM nodes a building needs. Memory bound: 8 bytes per collected node ref in `IdList` (24
 * while its array doubles), then 16 bytes per distinct node in `NodeStore` (id as float64, lon and lat as int32).
 */

/** No latitude × 1e7 reaches this: marks a node id whose coordinates the file did not give. */
const MISSING = -0x80000000;

/** Node ids gathered in the first passes; a growing float64 array (ids reach 2^53, beyond int32). */
export class IdList {
  ids = new Float64Array(1 << 12);
  length = 0;
  addAll(refs: number[]) {
    if (this.length + refs.length > this.ids.length) {
      const grown = new Float64Array(Math.max(this.ids.length * 2, this.length + refs.length));
      grown.set(this.ids.subarray(0, this.length));
      this.ids = grown;
    }
    for (const ref of refs) this.ids[this.length++] = ref;
  }
}

/** Coordinates of the needed nodes: sorted distinct ids, lon and lat as int32 × 1e7 (OSM's own precision). */
export class NodeStore {
  private readonly ids: Float64Array;
  private readonly lon: Int32Array;
  private readonly lat: Int32Array;
  constructor(list: IdList) {
    const all = list.ids.subarray(0, list.length).sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
    this.ids = all.slice(0, n);
    this.lon = new Int32Array(n);
    this.lat = new Int32Array(n).fill(MISSING);
  }
  private find(id: number): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid]!;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  /** Keeps a node's coordinates [°] when its id is needed. */
  set(id: number, lon: number, lat: number) {
    const i = this.find(id);
    if (i < 0) return;
    this.lon[i] = Math.round(lon * 1e7);
    this.lat[i] = Math.round(lat * 1e7);
  }
  /** [lon, lat] [°], or null when the file has no such node. */
  get(id: number): [number, number] | null {
    const i = this.find(id);
    if (i < 0 || this.lat[i] === MISSING) return null;
    return [this.lon[i]! / 1e7, this.lat[i]! / 1e7];
  }
}
