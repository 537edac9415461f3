/**
 * Evaluates the formulas of the 3CL table generateur_combustion (annexe 1 §13.2.1, e.g. `84+2*log10(Pn)`,
 * `0.085*Pn*(Pn)^-0.4`, `Pn*(E+F*log10(Pn))/100`): numbers, the variables of `vars`, + − * / ^, unary minus,
 * parentheses and log10. Pn is in kW as in the table. Throws a RangeError naming the formula on anything else.
 */
export function evaluateCombustionFormula(formula: string, vars: Readonly<Record<string, number>>): number {
  const tokens = formula.replace(/\s+/g, '').match(/\d+(?:\.\d+)?|log10|[A-Za-z]+|[-+*/^()]/g) ?? [];
  if (tokens.join('') !== formula.replace(/\s+/g, '')) throw new RangeError(`cannot read 3CL formula ${formula}`);
  let i = 0;
  const fail = (): never => {
    throw new RangeError(`cannot read 3CL formula ${formula}`);
  };
  const primary = (): number => {
    const t = tokens[i++] ?? fail();
    if (t === '(') {
      const v = sum();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (t === '-') return -power();
    if (t === 'log10') {
      if (tokens[i++] !== '(') fail();
      const v = sum();
      if (tokens[i++] !== ')') fail();
      return Math.log10(v);
    }
    if (/^\d/.test(t)) return Number(t);
    const v = vars[t];
    return v === undefined ? fail() : v;
  };
  const power = (): number => {
    const base = primary();
    if (tokens[i] !== '^') return base;
    i++;
    return base ** power();
  };
  const product = (): number => {
    let v = power();
    while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * power() : v / power();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const v = sum();
  if (i !== tokens.length || !Number.isFinite(v)) fail();
  return v;
}
