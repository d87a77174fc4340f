import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import { findDialect } from '../parse/dialects/index.js';
import { readDoc, type DocReading } from '../parse/read-doc.js';
import type { DocSource } from '../parse/read-docs-folder.js';

/**
 * Parsing docs on more than one thread. The markdown parse is most of a cold run, and each doc is
 * parsed on its own, so worker threads parse some of the docs while the main thread parses the
 * rest. The main thread still reads the docs one by one in folder order, taking a doc that a
 * worker parsed from the worker's results. The intermediate model and the order of the
 * diagnostics are therefore the same as on one thread.
 *
 * The threads share one claim slot per doc. The main thread claims docs from the start of the
 * list and the workers from the end, each doc once. When the main thread comes to a doc that a
 * worker claimed, it waits for that result. A worker that fails, or takes long over one doc, never
 * stops the run: the main thread then parses the doc itself, and the result is the same.
 */

/** Minimum number of docs to parse per worker, because a worker first spends time loading the parser. */
export const MIN_DOCS_PER_WORKER = 150;

/** Maximum number of threads that `--jobs` accepts. */
export const MAX_JOBS = 64;

/** How long the main thread waits for a worker's doc before it parses the doc itself. */
const WORKER_PATIENCE_MS = 2_000;

/** The V8 stack of a worker, below the main thread's default of 984 KB. */
const WORKER_STACK_MB = 0.9;

/**
 * The old-generation heap of a worker. A worker keeps little beyond the doc it parses, so a small
 * heap makes it collect garbage early and keeps the run's memory close to one thread's. A worker
 * that runs out of it stops, and the main thread parses its docs.
 */
const WORKER_HEAP_MB = 128;

/** The script a worker runs; tests pass another to `startParallelReading`. */
const WORKER_ENTRY = new URL('./reading-worker.js', import.meta.url);

/** Claim slot values: not yet claimed, claimed by the main thread, claimed by a worker. */
const UNCLAIMED = 0;
const MAIN_THREAD = 1;
const WORKER_THREAD = 2;

/** The message a worker posts for each doc it parsed. */
export interface WorkerReading {
  index: number;
  /** The reading and the diagnostics `readDoc` reported, or the message of what it threw. */
  result: { reading: DocReading; diagnostics: Diagnostic[] } | { failed: string };
}

/** The data a worker starts with. */
export interface WorkerInput {
  docs: DocSource[];
  dialect: string;
  /** One Int32 claim slot per doc, then the count of results posted. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** Reads docs whose parsing may be shared with worker threads; `read` has the signature of `readDoc`. */
export interface ParallelReading {
  read: typeof readDoc;
  /** Ends the workers; call it once every doc has been read. */
  stop(): void;
  /** How many docs the workers have parsed so far, and how many of the docs read a worker parsed. */
  readonly stats: { readonly parsedByWorkers: number; fromWorkers: number };
}

/**
 * Starts worker threads to parse `docs`, or returns undefined when one thread is enough: too few
 * docs, `jobs` of 1 (the default), or a dialect that a worker cannot look up by name. `jobs` is
 * the number of threads, the main thread included.
 */
export function startParallelReading(docs: readonly DocSource[], dialect: Dialect, jobs?: number, workerEntry: URL = WORKER_ENTRY): ParallelReading | undefined {
  const workerCount = workersFor(docs.length, jobs);
  if (workerCount < 1 || findDialect(dialect.name) !== dialect) return undefined;

  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (docs.length + 1));
  const claims = new Int32Array(shared, 0, docs.length);
  const posted = new Int32Array(shared, Int32Array.BYTES_PER_ELEMENT * docs.length, 1);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let count = 0; count < workerCount; count += 1) {
    const channel = new MessageChannel();
    const input: WorkerInput = { docs: [...docs], dialect: dialect.name, shared, port: channel.port2 };
    // A smaller stack than the main thread's makes a doc that nests too deeply fail in the worker
    // first, so the main thread reads it and reports it as it would on one thread.
    const worker = new Worker(workerEntry, { workerData: input, transferList: [channel.port2], resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // The workers must not keep the process alive, and their failures only mean more work here.
    worker.unref();
    worker.on('error', () => {});
    workers.push(worker);
    ports.push(channel.port1);
  }

  const indexOf = new Map<string, number>();
  docs.forEach((doc, index) => indexOf.set(doc.file, index));
  const received = new Map<number, WorkerReading['result']>();
  const stats = {
    get parsedByWorkers(): number {
      return Atomics.load(posted, 0);
    },
    fromWorkers: 0,
  };

  /** Takes every result the workers have posted so far. */
  const drain = (): void => {
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
        const reading = message.message as WorkerReading;
        received.set(reading.index, reading.result);
      }
    }
  };

  /** Waits for a worker's result for the doc at `index`; undefined when it failed or took too long. */
  const awaitResult = (index: number): WorkerReading['result'] | undefined => {
    const deadline = performance.now() + WORKER_PATIENCE_MS;
    for (;;) {
      const seen = Atomics.load(posted, 0);
      drain();
      const result = received.get(index);
      if (result !== undefined) return result;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(posted, 0, seen, left);
    }
  };

  const read: typeof readDoc = (file, text, docDialect, diagnostics) => {
    const index = indexOf.get(file);
    if (index === undefined || docs[index]!.text !== text || docDialect !== dialect) return readDoc(file, text, docDialect, diagnostics);
    const owner = Atomics.compareExchange(claims, index, UNCLAIMED, MAIN_THREAD);
    if (owner === UNCLAIMED || owner === MAIN_THREAD) return readDoc(file, text, docDialect, diagnostics);

    const result = awaitResult(index);
    received.delete(index);
    // A doc the worker could not read is read here, so its error is reported as on one thread.
    if (result === undefined || 'failed' in result) return readDoc(file, text, docDialect, diagnostics);
    stats.fromWorkers += 1;
    for (const diagnostic of result.diagnostics) diagnostics.add(diagnostic);
    return result.reading;
  };

  const stop = (): void => {
    for (const port of ports) port.close();
    for (const worker of workers) void worker.terminate();
  };
  return { read, stop, stats };
}

/** Returns whether `startParallelReading` could start a worker for this many docs, before any doc is known to be cached. */
export function mayUseWorkers(docCount: number, jobs?: number): boolean {
  return workersFor(docCount, jobs) >= 1;
}

/** Returns the number of workers for `docCount` docs: one fewer than the threads, and none for too few docs. */
function workersFor(docCount: number, jobs: number | undefined): number {
  // One thread by default: on a 2-core machine a second thread cut the parse of 2,418 docs by less
  // than a second of six, at a fifth more CPU time and a third more peak memory (docs/performance.md).
  const threads = jobs ?? 1;
  return Math.min(threads - 1, Math.floor(docCount / MIN_DOCS_PER_WORKER));
}

/** Parses the docs a worker claims, from the end of the list, and posts each reading. */
export function runReadingWorker(input: WorkerInput): void {
  const dialect = findDialect(input.dialect);
  const claims = new Int32Array(input.shared, 0, input.docs.length);
  const posted = new Int32Array(input.shared, Int32Array.BYTES_PER_ELEMENT * input.docs.length, 1);
  for (let index = input.docs.length - 1; index >= 0; index -= 1) {
    const owner = Atomics.compareExchange(claims, index, UNCLAIMED, WORKER_THREAD);
    // The main thread claims docs in order, so every doc before one it claimed is its own too.
    if (owner === MAIN_THREAD) break;
    if (owner !== UNCLAIMED) continue;
    const doc = input.docs[index]!;
    const message: WorkerReading = { index, result: readInWorker(doc, dialect) };
    input.port.postMessage(message);
    Atomics.add(posted, 0, 1);
    Atomics.notify(posted, 0);
  }
  input.port.close();
}

function readInWorker(doc: DocSource, dialect: Dialect | undefined): WorkerReading['result'] {
  if (dialect === undefined) return { failed: 'unknown dialect' };
  const diagnostics = new DiagnosticBag();
  try {
    return { reading: readDoc(doc.file, doc.text, dialect, diagnostics), diagnostics: diagnostics.items };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
