import { z } from 'zod';
import { bool, date, list, number, object, oneOf, provenance, text } from '../fixtures/schemas';
import { CARRIERS, HEATING_SYSTEMS, HOT_WATER_SYSTEMS, VENTILATIONS } from '../thermal/types';
import type { MeasureEffect, MeasureTarget } from './types';

const TARGETS = ['walls', 'roof', 'floors', 'windows', 'ventilation', 'heating', 'hot_water', 'pv'] as const;
const ROOF_KINDS = ['attic_floor', 'sloped', 'flat'] as const;
const COST_UNITS = ['eur_per_m2', 'eur_per_unit', 'from_tariffs'] as const;

const EFFECT_FOR: Record<MeasureTarget, MeasureEffect['kind']> = {
  walls: 'add_insulation',
  roof: 'add_insulation',
  floors: 'add_insulation',
  windows: 'replace_windows',
  ventilation: 'ventilation',
  heating: 'heating',
  hot_water: 'hot_water',
  pv: 'pv',
};

const common = { ...provenance, note: text.optional() };
/** What a measure does to the dwelling, by kind (the kind must suit the measure's target, checked by `measure`). */
const effect = z.discriminatedUnion(
  'kind',
  [
    object({ kind: z.literal('add_insulation'), r_added_m2k_w: number(0.1, 20), ...common }),
    object({ kind: z.literal('replace_windows'), u_w_m2k: number(0.3, 6), g_value: number(0.05, 0.95), ...common }),
    object({
      kind: z.literal('ventilation'),
      ventilation: oneOf(VENTILATIONS),
      heat_recovery_efficiency: number(0, 0.99).optional(),
      ...common,
    }),
    object({
      kind: z.literal('heating'),
      system: oneOf(HEATING_SYSTEMS),
      carrier: oneOf(CARRIERS),
      efficiency: number(0.3, 8),
      ...common,
    }),
    object({
      kind: z.literal('hot_water'),
      system: oneOf(HOT_WATER_SYSTEMS),
      carrier: oneOf(CARRIERS),
      efficiency: number(0.3, 8),
      ...common,
    }),
    object({ kind: z.literal('pv'), ...common }),
  ],
  { error: `one of ${[...new Set(Object.values(EFFECT_FOR))].join(', ')}` },
);

/** Installed cost: a low ≤ central ≤ high range per m² or per unit, or PV priced from the tariffs. */
const cost = z.discriminatedUnion(
  'unit',
  [
    object({ unit: z.literal('from_tariffs'), date, ...provenance, note: text.optional() }).transform(
      ({ unit, date, source, assumption, note }) => ({
        unit,
        date,
        source,
        ...(assumption === undefined ? {} : { assumption }),
        ...(note === undefined ? {} : { note }),
      }),
    ),
    object({
      unit: z.enum(['eur_per_m2', 'eur_per_unit']),
      low: number(0, 1e6),
      central: number(0, 1e6),
      high: number(0, 1e6),
      date,
      ...provenance,
    }).superRefine((c, ctx) => {
      if (c.central < c.low)
        ctx.addIssue({ code: 'custom', path: ['central'], message: `a number within [${c.low}, 1000000]` });
      else if (c.high < c.central)
        ctx.addIssue({ code: 'custom', path: ['high'], message: `a number within [${c.central}, 1000000]` });
    }),
  ],
  { error: `one of ${COST_UNITS.join(', ')}` },
);

const measure = object({
  id: text,
  label_fr: text,
  applies_to: oneOf(TARGETS),
  exclusive_group: text,
  forbidden_when_unesco: bool,
  effect,
  cost,
  lifetime_years: object({ value: number(1, 100), ...provenance }),
  mpr_geste: z.union([z.null(), text], { error: 'a non-empty string' }),
  roof_kind: z.unknown().optional(),
}).transform((m, ctx) => {
  const target = m.applies_to;
  if (m.effect.kind !== EFFECT_FOR[target]) {
    ctx.addIssue({
      code: 'custom',
      path: ['effect', 'kind'],
      message: `'${EFFECT_FOR[target]}' for a ${target} measure`,
    });
  }
  const perM2 = target === 'walls' || target === 'roof' || target === 'floors' || target === 'windows';
  const unit = target === 'pv' ? 'from_tariffs' : perM2 ? 'eur_per_m2' : 'eur_per_unit';
  if (m.cost.unit !== unit) {
    ctx.addIssue({ code: 'custom', path: ['cost', 'unit'], message: `'${unit}' for a ${target} measure` });
  }
  const { roof_kind, ...rest } = m;
  if (target !== 'roof') {
    if (roof_kind !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['roof_kind'], message: 'absent for a measure that is not on the roof' });
    }
    return rest;
  }
  const kind = oneOf(ROOF_KINDS).safeParse(roof_kind);
  if (!kind.success) ctx.addIssue({ code: 'custom', path: ['roof_kind'], message: `one of ${ROOF_KINDS.join(', ')}` });
  return { ...rest, roof_kind: kind.data };
});

/** The catalogue's measures; ids unique (the root checks sources and the MaPrimeRénov' geste keys). */
export const measuresSchema = list(measure).superRefine((measures, ctx) => {
  const seen = new Set<string>();
  measures.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'unique among measures' });
    seen.add(m.id);
  });
});

/** The catalogue's packages; their measure ids are checked against the measures by the root. */
export const packagesSchema = list(
  object({
    id: text,
    label_fr: text,
    measures: list(z.string({ error: 'a measure id' })),
    target: text,
    unesco_substitutes: z.record(z.string(), z.string({ error: 'a measure id' }), { error: 'an object' }),
  }).transform(({ id, label_fr, measures, target, unesco_substitutes }) => ({
    id,
    label_fr,
    measures,
    target,
    unesco_substitutes,
  })),
);

/** Package measures and UNESCO substitutes name known measures. */
export function checkPackages(
  root: { measures: { id: string }[]; packages: z.output<typeof packagesSchema> },
  ctx: z.RefinementCtx,
): void {
  const ids = new Set(root.measures.map((m) => m.id));
  root.packages.forEach((p, i) => {
    p.measures.forEach((m, k) => {
      if (!ids.has(m)) ctx.addIssue({ code: 'custom', path: ['packages', i, 'measures', k], message: 'a measure id' });
    });
    for (const [from, to] of Object.entries(p.unesco_substitutes)) {
      if (!ids.has(from)) {
        ctx.addIssue({
          code: 'custom',
          path: ['packages', i, 'unesco_substitutes'],
          message: 'keys that are measure ids',
        });
      } else if (!ids.has(to)) {
        ctx.addIssue({ code: 'custom', path: ['packages', i, 'unesco_substitutes', from], message: 'a measure id' });
      }
    }
  });
}
