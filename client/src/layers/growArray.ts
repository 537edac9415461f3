/** A typed array twice as long holding a's values first (amortised growth of geometry buffers). */
export function growArray<T extends Float32Array | Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}
