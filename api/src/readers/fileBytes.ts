import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * A read stream of a file (gunzipped when its name ends in .gz) that counts the compressed bytes read, for the
 * progress bar. `done()` is the bytes read so far; `total` the file size.
 */
export function countingStream(path: string): { stream: Readable; done: () => number; total: number } {
  const total = fs.statSync(path).size;
  let done = 0;
  const raw = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      done += chunk.length;
      callback(null, chunk);
    },
  });
  raw.on('error', (error) => counter.destroy(error));
  let stream: Readable = raw.pipe(counter);
  if (path.toLowerCase().endsWith('.gz')) {
    const gunzip = zlib.createGunzip();
    counter.on('error', (error) => gunzip.destroy(error));
    stream = counter.pipe(gunzip);
  }
  // pipe() does not pass destruction upstream: a reader closed before the end must still release the descriptor.
  stream.on('close', () => raw.destroy());
  return { stream, done: () => done, total };
}
