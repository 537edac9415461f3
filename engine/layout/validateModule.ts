import { z } from 'zod';
import { parseFixture } from '../fixtures/parseFixture';
import { bool, object, oneOf, text } from '../fixtures/schemas';
import type { ModuleSpec } from './types';

/** A number within [lo, hi], its unit named in the message. */
function within(lo: number, hi: number, unit: string) {
  const what = `a number within [${lo}, ${hi}] ${unit}`;
  return z.number({ error: what }).min(lo, { error: what }).max(hi, { error: what });
}

/**
 * A module record. Bounds are wide physical limits for crystalline-silicon modules (STC power, frame size,
 * efficiency, γ(Pmax) ≤ 0); `efficiency_pct` must also agree with wp / (length × width) within 0.3 point, which
 * catches a mistyped size or power.
 */
const moduleSchema = object({
  id: text,
  manufacturer: text,
  model: text,
  wp: within(50, 1000, '[Wp]'),
  length_m: within(0.3, 3, '[m]'),
  width_m: within(0.3, 2, '[m]'),
  efficiency_pct: within(5, 30, '[%]'),
  gamma_pdc_pct_per_c: within(-1, 0, '[%/°C]'),
  glass: oneOf(['glass_glass', 'glass_polymer']),
  default: bool.optional(),
  source: object({
    title: text,
    url: z.string({ error: 'an http(s) URL' }).regex(/^https?:\/\/\S+$/, { error: 'an http(s) URL' }),
    date: z
      .string({ error: 'YYYY, YYYY-MM or YYYY-MM-DD' })
      .regex(/^\d{4}(-\d{2}){0,2}$/, { error: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
  }),
  assumptions: z.array(text, { error: 'an array of strings' }).optional(),
}).superRefine((m, ctx) => {
  if (m.width_m > m.length_m) {
    ctx.addIssue({ code: 'custom', path: ['width_m'], message: `at most length_m ${m.length_m}` });
    return;
  }
  const implied = m.wp / (m.length_m * m.width_m) / 10;
  if (Math.abs(implied - m.efficiency_pct) > 0.3) {
    const message = `wp / (length_m × width_m) = ${implied.toFixed(2)} % within 0.3`;
    ctx.addIssue({ code: 'custom', path: ['efficiency_pct'], message });
  }
});

/**
 * Checks a module record field by field and throws a RangeError naming the first bad one, e.g.
 * "modules[2].width_m must be a number within [0.3, 2] [m], got 0" (the zod schema above).
 *
 * @param module the record to check
 * @param name how to name it in messages, e.g. `modules[2]`
 */
export function validateModule(module: unknown, name = 'module'): asserts module is ModuleSpec {
  parseFixture(moduleSchema, module, name);
}
