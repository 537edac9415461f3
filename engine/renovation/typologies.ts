import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import { CARRIERS, HEATING_SYSTEMS, HOT_WATER_SYSTEMS, THERMAL_MASSES } from '../thermal/types';

const text = z.string({ error: 'a non-empty string' }).refine((s) => s.trim() !== '', { error: 'a non-empty string' });
const sourced = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: text, why: text.optional() }, { error: 'an object' });
const number = (min: number, max: number) =>
  z
    .number({ error: `a number within [${min}, ${max}]` })
    .min(min, { error: `a number within [${min}, ${max}]` })
    .max(max, { error: `a number within [${min}, ${max}]` });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(', ')}` });

const typologyRecord = z.object(
  {
    typology: text,
    band: text,
    walls_u_w_m2k: sourced(number(0, 10)),
    roof_u_w_m2k: sourced(number(0, 10)),
    floor_u_w_m2k: sourced(number(0, 10)),
    window_u_w_m2k: sourced(number(0, 10)),
    window_g: sourced(number(0, 1)),
    window_to_floor_ratio: sourced(number(0, 1)),
    infiltration_ach: sourced(number(0, 10)),
    thermal_mass: sourced(oneOf(THERMAL_MASSES)),
    heating: z.object({ system: oneOf(HEATING_SYSTEMS), carrier: oneOf(CARRIERS), efficiency: sourced(number(0, 10)) }),
    hot_water: z.object({
      system: oneOf(HOT_WATER_SYSTEMS),
      carrier: oneOf(CARRIERS),
      efficiency: sourced(number(0, 10)),
    }),
    notes: text.nullish(),
  },
  { error: 'an object' },
);

const typologyFile = z
  .looseObject(
    {
      age_bands: z
        .array(z.object({ id: text, from: number(0, 3000), to: number(0, 3000), tabula: text }), {
          error: 'a non-empty array',
        })
        .min(1, { error: 'a non-empty array' }),
      fallback: z.record(z.string(), text, { error: 'an object' }),
      records: z.array(typologyRecord, { error: 'a non-empty array' }).min(1, { error: 'a non-empty array' }),
    },
    { error: 'an object' },
  )
  .superRefine((f, ctx) => {
    const bands = new Set(f.age_bands.map((b) => b.id));
    f.records.forEach((r, i) => {
      if (!bands.has(r.band)) {
        ctx.addIssue({ code: 'custom', path: ['records', i, 'band'], message: 'one of the age_bands ids' });
      }
    });
    if (!f.records.some((r) => r.typology === 'house')) {
      ctx.addIssue({ code: 'custom', path: ['records'], message: "a list with records of the typology 'house'" });
    }
  });

/** One record of fixtures/typologies/typologies.json: defaults of a typology in an age band, each with its source. */
export type TypologyRecord = z.output<typeof typologyRecord>;

/** fixtures/typologies/typologies.json: the age bands, the typology fallbacks and the records. */
export type Typologies = z.output<typeof typologyFile>;

/**
 * Validate a parsed fixtures/typologies/typologies.json and return it typed (its sources are in
 * fixtures/typologies/SOURCE.md). Throws a RangeError naming the field, e.g.
 * "typologies.records[3].walls_u_w_m2k.value must be a number within [0, 10], got -1".
 *
 * @param json the parsed file
 */
export function parseTypologies(json: unknown): Typologies {
  return parseFixture(typologyFile, json, 'typologies');
}

/**
 * The defaults for a building: its typology (the file's fallback for heritage, apartment, other; 'house' when
 * unknown) in the age band of its year; when the typology has no record for that band, its record of the nearest
 * band; without a year, the typology's earliest band (the mining cités were built before their typology's later
 * bands, the file's notes give their periods).
 *
 * @param f the typology file (parseTypologies)
 * @param typology the building's typology, or null
 * @param year its year of construction, or null
 */
export function typologyFor(
  f: Typologies,
  typology: string | null,
  year: number | null,
): { record: TypologyRecord; band: string } {
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
