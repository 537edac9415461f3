import type { FeatureSource, SourceFeature } from './types.js';

/** Every feature of an opened source, in order; the source is closed afterwards, also when reading throws. */
export async function readAll(source: FeatureSource): Promise<SourceFeature[]> {
  const out: SourceFeature[] = [];
  try {
    for await (const f of source.features()) out.push(f);
  } finally {
    await source.close();
  }
  return out;
}
