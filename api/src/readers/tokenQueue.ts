import type { Readable } from 'node:stream';
import { ImportError } from './ImportError.js';

/**
 * Turns a stream of small items (parser tokens) into an async stream of larger records without an `await` per item:
 * `feed` runs synchronously on each item and returns the records it completed; the stream is paused while more
 * than `highWater` records wait, so memory stays bounded by what the consumer has not taken yet.
 */
export async function* recordsOf<T, R>(
  stream: Readable,
  feed: (item: T) => R | undefined,
  describeError: (error: unknown) => string,
  highWater = 2000,
): AsyncGenerator<R> {
  const queue: R[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  stream.on('data', (item: T) => {
    try {
      const record = feed(item);
      if (record !== undefined) {
        queue.push(record);
        if (queue.length >= highWater) stream.pause();
        notify();
      }
    } catch (error) {
      failure = error;
      stream.destroy();
      notify();
    }
  });
  stream.on('end', () => {
    ended = true;
    notify();
  });
  stream.on('error', (error) => {
    failure ??= error;
    notify();
  });
  stream.on('close', () => {
    ended = true;
    notify();
  });
  let head = 0;
  for (;;) {
    if (head < queue.length) {
      const record = queue[head]!;
      head += 1;
      if (head > 4096) {
        queue.splice(0, head);
        head = 0;
      }
      yield record;
      continue;
    }
    queue.length = 0;
    head = 0;
    if (failure) throw failure instanceof ImportError ? failure : new ImportError(describeError(failure));
    if (ended) return;
    if (stream.isPaused()) stream.resume();
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
