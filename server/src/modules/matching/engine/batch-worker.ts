/** Worker thread entry: computes one batch (batch.ts) off the main thread and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchInput, computeBatch } from './batch';

const output = computeBatch(workerData as BatchInput);
parentPort!.postMessage(output);
