import { z } from 'zod';
import { bool, date, fullDate, list, number, object, oneOf, provenance, text } from '../fixtures/schemas';
import { DPE_CLASSES, INCOME_BANDS, type DpeClass, type IncomeBand } from './types';

const LOWER_BANDS = ['tres_modeste', 'modeste', 'intermediaire'] as const;
const BANDS = INCOME_BANDS as readonly IncomeBand[] as [IncomeBand, ...IncomeBand[]];
const CLASSES = DPE_CLASSES as readonly DpeClass[] as [DpeClass, ...DpeClass[]];
const ENVELOPE = ['walls', 'roof', 'floors', 'windows'] as const;

/** Upper income limits of the three lower bands, each at least the one before. */
const ceilings = object({
  tres_modeste: number(1000, 1e6),
  modeste: number(1000, 1e6),
  intermediaire: number(1000, 1e6),
  ...provenance,
}).superRefine((c, ctx) => {
  if (c.modeste < c.tres_modeste)
    ctx.addIssue({ code: 'custom', path: ['modeste'], message: `a number within [${c.tres_modeste}, 1000000]` });
  else if (c.intermediaire < c.modeste)
    ctx.addIssue({ code: 'custom', path: ['intermediaire'], message: `a number within [${c.modeste}, 1000000]` });
});

const region = object({
  rows: list(
    z
      .object({ household_size: number(1, 20) })
      .and(ceilings)
      .transform((r) => r),
  ),
  extra_person: ceilings,
}).superRefine((r, ctx) => {
  r.rows.forEach((row, i) => {
    if (row.household_size !== i + 1) {
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'household_size'], message: `${i + 1} (rows are 1, 2, 3...)` });
    }
    if (i === 0) return;
    for (const b of LOWER_BANDS) {
      if (row[b] <= r.rows[i - 1]![b]) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, b], message: 'greater than the row above' });
      }
    }
  });
});

const bandRecord = (max: number) =>
  object(
    Object.fromEntries(INCOME_BANDS.map((b) => [b, number(0, max)])) as Record<IncomeBand, ReturnType<typeof number>>,
  );

const geste = object({
  unit: oneOf(['eur_per_unit', 'eur_per_m2', 'eur_per_window'] as const),
  tres_modeste: number(0, 1e5),
  modeste: number(0, 1e5),
  intermediaire: number(0, 1e5),
  max_m2: number(1, 1e4).optional(),
  window_area_m2: number(0.1, 10).optional(),
  ...provenance,
}).superRefine((g, ctx) => {
  if (g.unit === 'eur_per_window' && g.window_area_m2 === undefined)
    ctx.addIssue({ code: 'custom', path: ['window_area_m2'], message: 'a number for eur_per_window' });
});

const withSource = <S extends z.ZodRawShape>(shape: S) => object({ ...shape, source: text });

export const maPrimeRenovSchema = object({
  rules_year: number(2020, 2100),
  confirmed: text,
  income_ceilings: object({
    valid_from: fullDate,
    rule: text,
    regions: object({ other: region, ile_de_france: region }),
  }),
  per_geste: object({
    valid_from: fullDate,
    eligible_bands: list(z.enum(BANDS, { error: 'an income band' })),
    bands_source: text,
    ecretement_pct: object({ ...bandRecord(100).shape, ...provenance }),
    gestes: z.record(z.string(), geste, { error: 'an object' }),
    not_eligible: list(withSource({ measure: text, reason: text })),
  }),
  ampleur: object({
    valid_from: fullDate,
    eligible_classes_before: list(z.enum(CLASSES, { error: 'a class A–G' })),
    min_class_gain: number(1, 6),
    min_insulation_measures: number(0, 10),
    insulation_targets: list(z.enum(ENVELOPE, { error: 'an envelope target' })),
    rates_pct: bandRecord(100),
    expense_ceilings_ht: list(object({ min_class_gain: number(1, 6), eur: number(0, 1e6) })),
    works_vat_pct: number(0, 30),
    source: text,
    note: text,
  }).superRefine((am, ctx) => {
    const c = am.expense_ceilings_ht;
    for (let i = 1; i < c.length; i++) {
      if (c[i]!.min_class_gain <= c[i - 1]!.min_class_gain)
        ctx.addIssue({ code: 'custom', path: ['expense_ceilings_ht', i, 'min_class_gain'], message: 'ascending' });
    }
    if (c[0]!.min_class_gain !== am.min_class_gain) {
      ctx.addIssue({
        code: 'custom',
        path: ['expense_ceilings_ht', 0, 'min_class_gain'],
        message: `equal to min_class_gain ${am.min_class_gain}`,
      });
    }
  }),
  landlord_private: text,
  social_landlord: object({
    eligible: bool.refine((e) => e === false, { error: 'false' }).transform(() => false as const),
    reason: text,
    alternatives: text,
    source: text,
  }),
});

export const energyPricesSchema = object({
  note: text,
  carriers: z
    .record(
      z.string(),
      object({
        price_eur_kwh_ttc: number(0.001, 5),
        kwh_billed_per_kwh_final: number(0.5, 2),
        date,
        offer: text,
        subscription_eur_yr_ttc: number(0, 1e4).optional(),
        ...provenance,
      }),
      { error: 'an object' },
    )
    .refine((c) => Object.keys(c).length > 0, { error: 'at least one carrier' }),
});

export const rentalBanSchema = object({
  law: text,
  scope: text,
  final_energy_threshold: withSource({ kwh_m2_yr: number(1, 5000), from: fullDate }),
  steps: list(withSource({ class: oneOf(CLASSES), from: fullDate })),
}).superRefine((r, ctx) => {
  const steps = r.steps;
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.from <= steps[i - 1]!.from)
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'from'], message: 'later than the step above' });
    else if (DPE_CLASSES.indexOf(steps[i]!.class) >= DPE_CLASSES.indexOf(steps[i - 1]!.class))
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'class'], message: 'a better class than the step above' });
  }
});
