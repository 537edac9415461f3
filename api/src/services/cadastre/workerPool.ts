import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { COMPILED, PROJECT_ROOT } from '../../config.js';

const ENTRY = COMPILED
  ? path.join(PROJECT_ROOT, 'dist', 'worker.js')
  : path.join(PROJECT_ROOT, 'api', 'src', 'services', 'cadastre', 'workerEntry.mjs');

interface Pending<O> {
  resolve: (value: O) => void;
  reject: (error: Error) => void;
}

/** A fixed pool of worker threads running api/src/services/cadastre/worker.ts, fed one task at a time each. */
export class WorkerPool<I, O> {
  private readonly idle: Worker[] = [];
  private readonly waiting: { input: I; pending: Pending<O> }[] = [];
  private readonly busy = new Map<Worker, Pending<O>>();
  private readonly workers: Worker[] = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(size: number, init: unknown) {
    const n = Math.max(1, Math.min(size, os.availableParallelism()));
    for (let i = 0; i < n; i++) {
      const worker = new Worker(ENTRY, { workerData: init });
      worker.on('message', (message: { ok: true; value: O } | { ok: false; error: string }) => {
        const pending = this.busy.get(worker);
        this.busy.delete(worker);
        if (pending) {
          if (message.ok) pending.resolve(message.value);
          else pending.reject(new Error(message.error));
        }
        this.release(worker);
      });
      // A worker that dies fails the whole pool: every task in flight or waiting is rejected, never left hanging.
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`compute worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<O>((resolve, reject) => {
      const worker = this.idle.pop();
      if (worker) this.start(worker, input, { resolve, reject });
      else this.waiting.push({ input, pending: { resolve, reject } });
    });
  }

  private start(worker: Worker, input: I, pending: Pending<O>) {
    this.busy.set(worker, pending);
    worker.postMessage(input);
  }

  private release(worker: Worker) {
    const next = this.waiting.shift();
    if (next) this.start(worker, next.input, next.pending);
    else this.idle.push(worker);
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const pending of this.busy.values()) pending.reject(this.failure);
    this.busy.clear();
    for (const { pending } of this.waiting.splice(0)) pending.reject(this.failure);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
