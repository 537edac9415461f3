import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { COMPILED, PROJECT_ROOT } from '../../config.js';
import { AppError } from '../../errors/AppError.js';
import type { TypicalYear } from '../../../../engine/weather/index.js';
import type { StoredYear } from '../weather/climate.js';
import { pvAnswer, pvWithin, type PvTask } from './pvAnswer.js';

/*
 * PV estimates are CPU work (the hourly chain of each roof face, every panel count against the household's load:
 * 5–10 ms each), and the API answers every other request on one event loop: run there, 40 estimates a second hold
 * up every search and map box behind them. They run in worker threads instead (ESTIMATE_WORKERS, Config), fed the
 * database's reads; the typical year goes once into shared memory, so a task costs a few kB to post.
 */

/** One estimate: the whole answer of GET /buildings/{id}/pv, or the renovation's system within kwp_max. */
export type Estimate = { kind: 'answer'; task: PvTask } | { kind: 'within'; task: PvTask; kwp_max: number };
type Answer = ReturnType<typeof pvAnswer>;
type Within = ReturnType<typeof pvWithin>;
type ResultOf<E extends Estimate> = E extends { kind: 'answer' } ? Answer : Within;

/** What a worker posts back: the value, or the error (an AppError keeps its status, code and details). */
export type EstimateReply =
  | { id: number; ok: true; value: Answer | Within }
  | { id: number; ok: false; error: { message: string; status?: number; code?: string; details?: unknown[] } };

/** The estimate, computed here (in a worker, or on the event loop when ESTIMATE_WORKERS=0). */
export function computeEstimate(estimate: Estimate): Answer | Within {
  return estimate.kind === 'answer' ? pvAnswer(estimate.task) : pvWithin(estimate.task, estimate.kwp_max);
}

const ENTRY = COMPILED
  ? path.join(PROJECT_ROOT, 'dist', 'estimate.js')
  : path.join(PROJECT_ROOT, 'api', 'src', 'services', 'pv', 'estimateWorkerEntry.mjs');

interface Job {
  id: number;
  estimate: Estimate;
  resolve: (value: Answer | Within) => void;
  reject: (error: Error) => void;
  /** Set once the job was given again to a new worker after its first one died. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

let size = 1;
let nextId = 1;
const slots: Slot[] = [];
const sharedYears = new WeakMap<StoredYear, StoredYear>();

/** Sets how many worker threads compute estimates (0: on the event loop); workers beyond it stop when idle. */
export function setEstimateWorkers(n: number): void {
  size = Math.max(0, Math.floor(n));
  for (const slot of slots.slice(size)) {
    if (slot.jobs.size === 0) stop(slot);
  }
}

/** The estimate, from a worker thread (or here when ESTIMATE_WORKERS=0). */
export function runEstimate<E extends Estimate>(estimate: E): Promise<ResultOf<E>> {
  if (size === 0) return Promise.resolve(computeEstimate(estimate) as ResultOf<E>);
  const shared = { ...estimate, task: { ...estimate.task, weather: sharedYear(estimate.task.weather) } };
  return new Promise<ResultOf<E>>((resolve, reject) => {
    dispatch({ id: nextId++, estimate: shared, resolve: resolve as Job['resolve'], reject, retried: false });
  });
}

/** Stops every estimate worker (their jobs in flight are rejected); the next estimate starts them again. */
export async function closeEstimateWorkers(): Promise<void> {
  await Promise.all(slots.slice().map((slot) => stop(slot)));
}

function dispatch(job: Job) {
  let slot = slots.find((s) => s.jobs.size === 0);
  if (!slot && slots.length < size) slot = spawn();
  slot ??= slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  slot.jobs.set(job.id, job);
  slot.worker.ref();
  slot.worker.postMessage({ id: job.id, estimate: job.estimate });
}

function spawn(): Slot {
  const slot: Slot = { worker: new Worker(ENTRY), jobs: new Map() };
  slot.worker.unref();
  slot.worker.on('message', (reply: EstimateReply) => {
    const job = slot.jobs.get(reply.id);
    if (!job) return;
    slot.jobs.delete(reply.id);
    if (slot.jobs.size === 0) {
      if (slots.indexOf(slot) >= size) void stop(slot);
      else slot.worker.unref();
    }
    if (reply.ok) job.resolve(reply.value);
    else if (reply.error.status !== undefined && reply.error.code !== undefined) {
      job.reject(new AppError(reply.error.status, reply.error.code, reply.error.message, reply.error.details));
    } else job.reject(new Error(reply.error.message));
  });
  // A worker that dies (killed, out of memory) takes none of the requests with it: its jobs go to a new worker,
  // once; a job that kills a second worker answers 503.
  const lost = (reason: string) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    const jobs = [...slot.jobs.values()];
    slot.jobs.clear();
    for (const job of jobs) {
      if (job.retried || size === 0) {
        job.reject(new AppError(503, 'estimate_unavailable', `the estimate worker stopped (${reason}); try again`));
      } else {
        job.retried = true;
        dispatch(job);
      }
    }
  };
  slot.worker.on('error', (error) => lost(error.message));
  slot.worker.on('exit', (code) => lost(`exit code ${code}`));
  slots.push(slot);
  return slot;
}

async function stop(slot: Slot) {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  const jobs = [...slot.jobs.values()];
  slot.jobs.clear();
  for (const job of jobs) job.reject(new AppError(503, 'estimate_unavailable', 'the estimate workers are stopping'));
  await slot.worker.terminate();
}

/** The typical year with its hourly arrays in shared memory (copied once per year): posting it copies no hour. */
function sharedYear(stored: StoredYear): StoredYear {
  let shared = sharedYears.get(stored);
  if (!shared) {
    const year: Record<string, unknown> = { ...stored.year };
    for (const [k, v] of Object.entries(stored.year)) {
      if (v instanceof Float32Array || v instanceof Float64Array) {
        const copy = new (v.constructor as Float64ArrayConstructor)(new SharedArrayBuffer(v.byteLength));
        copy.set(v);
        year[k] = copy;
      }
    }
    shared = { ...stored, year: year as unknown as TypicalYear };
    sharedYears.set(stored, shared);
  }
  return shared;
}

/** Jobs in flight or waiting, per worker (for /health and tests). */
export function estimateWorkersState(): { workers: number; size: number; jobs: number } {
  return { workers: slots.length, size, jobs: slots.reduce((s, x) => s + x.jobs.size, 0) };
}

/** Kills one estimate worker as a crash would (tests of the fault path); false when none runs. */
export async function killEstimateWorkerForTest(): Promise<boolean> {
  const slot = slots[0];
  if (!slot) return false;
  await slot.worker.terminate();
  return true;
}
