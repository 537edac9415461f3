/**
 * The formulas of the 3CL table « generateur_combustion » (§13.2.1: Rpn, Rpint, QP0 of boilers as functions of the
 * nominal power), e.g. `84+2*log10(Pn)`, `Pn*(E+F*log10(Pn))/100`, `0.08*Pn*(Pn)^-0.27`, `1.50%`. A small
 * recursive-descent evaluator: numbers (decimal point or comma), the variables given, + − * / ^, unary minus,
 * parentheses, `log10(…)`, and a trailing `%` (divides by 100). Anything else is a RangeError naming the formula.
 */
export function evaluateTableFormula(formula: string, variables: Readonly<Record<string, number>>): number {
  const src = formula.replace(/\s+/g, '').replace(/,/g, '.');
  let pos = 0;
  const fail = (why: string): never => {
    throw new RangeError(`3CL table formula "${formula}": ${why} at ${pos}`);
  };
  const peek = (): string => src[pos] ?? '';

  function primary(): number {
    if (peek() === '(') {
      pos++;
      const v = sum();
      if (peek() !== ')') fail('missing )');
      pos++;
      return v;
    }
    if (peek() === '-') {
      pos++;
      return -power();
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    const id = /^[A-Za-z_]\w*/.exec(src.slice(pos));
    if (!id) return fail('unexpected character');
    pos += id[0].length;
    if (id[0] === 'log10') {
      if (peek() !== '(') fail('log10 without (');
      return Math.log10(primary());
    }
    const v = variables[id[0]];
    if (v === undefined) return fail(`unknown variable ${id[0]}`);
    return v;
  }
  function power(): number {
    const base = primary();
    if (peek() !== '^') return base;
    pos++;
    return base ** power();
  }
  function percent(): number {
    const v = power();
    if (peek() !== '%') return v;
    pos++;
    return v / 100;
  }
  function product(): number {
    let v = percent();
    while (peek() === '*' || peek() === '/') {
      const op = src[pos++];
      const r = percent();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }
  function sum(): number {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = src[pos++];
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  const value = sum();
  if (pos !== src.length) fail('trailing characters');
  if (!Number.isFinite(value)) fail('not a finite number');
  return value;
}

/** Whether a power criterion of the table (`Pn≤70`, `70<Pn≤400`, `Pn>400`; empty = any) holds for Pn [kW]. */
export function powerCriterionHolds(criterion: string | undefined, pn_kw: number): boolean {
  if (criterion === undefined || criterion.trim() === '') return true;
  const c = criterion.replace(/\s+/g, '').replace(/,/g, '.');
  const m = /^(?:(\d+(?:\.\d+)?)(<|≤|<=))?Pn(?:(<|≤|<=|>|≥|>=)(\d+(?:\.\d+)?))?$/.exec(c);
  if (!m) throw new RangeError(`3CL power criterion not understood: ${criterion}`);
  const [, lo, loOp, hiOp, hi] = m;
  if (lo !== undefined && !(loOp === '<' ? Number(lo) < pn_kw : Number(lo) <= pn_kw)) return false;
  if (hi !== undefined) {
    const h = Number(hi);
    if (hiOp === '<' && !(pn_kw < h)) return false;
    if ((hiOp === '≤' || hiOp === '<=') && !(pn_kw <= h)) return false;
    if (hiOp === '>' && !(pn_kw > h)) return false;
    if ((hiOp === '≥' || hiOp === '>=') && !(pn_kw >= h)) return false;
  }
  return true;
}
