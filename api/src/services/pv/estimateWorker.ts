import { parentPort } from 'node:worker_threads';
import { AppError } from '../../errors/AppError.js';
import type { StoredYear } from '../weather/climate.js';
import { computeEstimate, type Estimate, type EstimateReply } from './estimatePool.js';

/*
 * An estimate worker (estimatePool.ts): computes each estimate posted to it. The typical years it was given are kept
 * by id and content stamp, so its caches (sky years, face yields, load profiles) serve every later task.
 */
const years = new Map<string, StoredYear>();

parentPort!.on('message', ({ id, estimate }: { id: number; estimate: Estimate }) => {
  let reply: EstimateReply;
  try {
    const w = estimate.task.weather;
    const key = `${w.id}:${w.stamp}`;
    const kept = years.get(key);
    if (kept) estimate.task.weather = kept;
    else {
      if (years.size >= 8) years.delete(years.keys().next().value!);
      years.set(key, w);
    }
    reply = { id, ok: true, value: computeEstimate(estimate) };
  } catch (error) {
    reply =
      error instanceof AppError
        ? {
            id,
            ok: false,
            error: { message: error.message, status: error.status, code: error.code, details: error.details },
          }
        : { id, ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(reply);
});
