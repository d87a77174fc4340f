// The entry of a worker thread that parses docs (parallel-reading.ts). It runs the TypeScript
// sources through tsx, as the command line does.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runReadingWorker } = await import('./parallel-reading.ts');
runReadingWorker(workerData);
