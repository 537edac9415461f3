import fs from 'node:fs';
import zlib from 'node:zlib';

/** Reads a UTF-8 text file, gunzipping it when its name ends in .gz; `file` may also be given without the .gz. */
export function readTextFile(file: string): string {
  const actual = !fs.existsSync(file) && fs.existsSync(`${file}.gz`) ? `${file}.gz` : file;
  const bytes = fs.readFileSync(actual);
  return (actual.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
}
