import { Worker } from 'node:worker_threads';
import type { BatchInput, BatchOutput } from './batch';

/**
 * Computes a batch in a worker thread, so that the server keeps serving requests during the minutes a Flanders-wide
 * run may take. The worker starts from a small JavaScript file that loads tsx, as the server runs TypeScript.
 */
export function computeBatchInWorker(input: BatchInput): Promise<BatchOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url), { workerData: input });
    worker.once('message', (output: BatchOutput) => {
      resolve(output);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`matching worker stopped with exit code ${code}`));
      }
    });
  });
}
