import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Carrier, HeatingSystem, HotWaterSystem, ThermalMass } from '../../../../engine/thermal/index.js';

export const TYPOLOGIES_PATH = fileURLToPath(
  new URL('../../../../fixtures/typologies/typologies.json', import.meta.url),
);

type Sourced<T> = { value: T; source: string; why?: string };

/** One record of fixtures/typologies/typologies.json: defaults of a typology in an age band. */
export interface TypologyRecord {
  typology: string;
  band: string;
  walls_u_w_m2k: Sourced<number>;
  roof_u_w_m2k: Sourced<number>;
  floor_u_w_m2k: Sourced<number>;
  window_u_w_m2k: Sourced<number>;
  window_g: Sourced<number>;
  window_to_floor_ratio: Sourced<number>;
  infiltration_ach: Sourced<number>;
  thermal_mass: Sourced<ThermalMass>;
  heating: { system: HeatingSystem; carrier: Carrier; efficiency: Sourced<number> };
  hot_water: { system: HotWaterSystem; carrier: Carrier; efficiency: Sourced<number> };
  notes?: string;
}

export interface TypologyFile {
  age_bands: { id: string; from: number; to: number; tabula: string }[];
  fallback: Record<string, string>;
  records: TypologyRecord[];
}

let file: TypologyFile | undefined;

/** The typology file, read once (its sources are in fixtures/typologies/SOURCE.md). */
export function typologyFile(): TypologyFile {
  file ??= JSON.parse(readFileSync(TYPOLOGIES_PATH, 'utf8')) as TypologyFile;
  return file;
}

/**
 * The defaults for a building: its typology (the file's fallback for heritage, apartment, other; 'house' when
 * unknown) in the age band of its year; when the typology has no record for that band, its record of the nearest
 * band; without a year, the typology's earliest band (the mining cités were built before their typology's later
 * bands, the file's notes give their periods).
 */
export function typologyFor(typology: string | null, year: number | null): { record: TypologyRecord; band: string } {
  const f = typologyFile();
  let name = typology ?? 'house';
  name = f.fallback[name] ?? name;
  let records = f.records.filter((r) => r.typology === name);
  if (records.length === 0) records = f.records.filter((r) => r.typology === 'house');
  const bandIndex = (id: string) => f.age_bands.findIndex((b) => b.id === id);
  if (year === null) {
    const first = records.reduce((a, b) => (bandIndex(b.band) < bandIndex(a.band) ? b : a));
    return { record: first, band: first.band };
  }
  const wanted = f.age_bands.findIndex((b) => year >= b.from && year <= b.to);
  const target = wanted < 0 ? f.age_bands.length - 1 : wanted;
  const best = records.reduce((a, b) =>
    Math.abs(bandIndex(b.band) - target) < Math.abs(bandIndex(a.band) - target) ? b : a,
  );
  return { record: best, band: f.age_bands[target]!.id };
}
