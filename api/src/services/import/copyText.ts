/** One value in PostgreSQL's COPY text format: `\N` for null, backslash escapes for tab, newline, CR, backslash. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One COPY text line. */
export const copyLine = (values: readonly unknown[]): string => `${values.map(copyValue).join('\t')}\n`;
