import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { AppError } from '../errors/AppError.js';

/** A request body saved to a temporary file; `remove` deletes it (call it whatever happens next). */
export interface ReceivedFile {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Streams a file body to a temporary file named after its media type (`types` maps each accepted type to the
 * extension the readers go by), never holding it in memory: 415 naming Content-Type for another type, 413 past
 * `maxBytes` (from Content-Length at once, else as the bytes come), 400 when the client stops sending before the end.
 */
export async function receiveFile(
  req: Request,
  types: Record<string, string>,
  maxBytes: number,
): Promise<ReceivedFile> {
  const type = (req.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  const extension = types[type];
  if (!extension) {
    throw new AppError(415, 'unsupported_media_type', `Content-Type: must be one of ${Object.keys(types).join(', ')}`, [
      { field: 'Content-Type', message: `${type || 'none'} is not read here` },
    ]);
  }
  const declared = Number(req.get('Content-Length'));
  const tooLarge = () =>
    new AppError(413, 'payload_too_large', `body: larger than ${maxBytes} bytes`, [
      { field: 'body', message: `at most ${maxBytes} bytes` },
    ]);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'sc-upload-'));
  const file = path.join(folder, `upload${extension}`);
  const remove = () => fs.promises.rm(folder, { recursive: true, force: true });
  let bytes = 0;
  // Past the limit the rest is read and dropped, not written: the request is then answered 413 (destroying it would
  // cut the connection before the answer).
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, bytes > maxBytes ? undefined : chunk);
    },
  });
  try {
    await pipeline(req, count, fs.createWriteStream(file));
  } catch (error) {
    await remove();
    throw new AppError(400, 'incomplete_body', 'body: the upload stopped before its end', [
      { field: 'body', message: (error as Error).message },
    ]);
  }
  if (bytes > maxBytes) {
    await remove();
    throw tooLarge();
  }
  if (bytes === 0) {
    await remove();
    throw new AppError(400, 'invalid_request', 'body: empty', [{ field: 'body', message: 'a file is needed' }]);
  }
  return { path: file, bytes, remove };
}
