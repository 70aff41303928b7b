/**
 * Runs pdf.js on one PDF in a worker thread that can be stopped. pdf.js does
 * its heavy work (unpacking streams, parsing page content) in long synchronous
 * stretches, where no timer of ours can fire; a worker can be terminated from
 * outside, whatever it is doing. Its memory is watched as well: a page whose
 * few megabytes unpack into gigabytes (a Flate bomb) is stopped long before it
 * takes the machine.
 */
import { Worker } from "node:worker_threads";
import type { ToolPage } from "../tool/types.ts";
import type { ExtractedDocument } from "../pdf/document.ts";
import { PdfError } from "../pdf/errors.ts";

export interface PdfLimits {
  /** Opening and reading one document may take this long. */
  timeoutMs: number;
  /** Memory PDF reading may add to the process, in MB: the worker's heap and the buffers pdf.js unpacks into. */
  memoryMb: number;
}

/**
 * The limits docs/pdf-extraction.md names: 60 s per document, and 448 MB for all PDF
 * reading in the process (counted from one floor, see floorRss). A 1,000-page
 * routebook needs about 160 MB; the build process holds about 390 MB before it
 * reads a PDF, so even a hostile PDF leaves it under 1 GB.
 */
export const PDF_LIMITS: PdfLimits = { timeoutMs: 60_000, memoryMb: 448 };

/** What each job gives back: a structured document, or the raw pages of a clickable tool. */
export interface PdfJobs {
  extract: ExtractedDocument;
  tool: { title?: string; pages: ToolPage[] };
}

export type PdfJob = keyof PdfJobs;

/** The message the worker receives. */
export interface PdfJobRequest {
  job: PdfJob;
  bytes: Uint8Array;
  file: string;
  timeoutMs: number;
}

/** The worker's answer: the result, or a PdfError's reason and hint. */
export type PdfJobReply = { ok: true; value: unknown } | { ok: false; reason: string; hint: string };

/** How often the process's memory is looked at while a worker reads; pdf.js fills memory at a few hundred MB a second at most. */
const WATCH_MS = 20;

const TOO_BIG_HINT = "check that it opens in a PDF viewer; save it again (print to PDF), or split it";

/**
 * A worker that finished its last PDF in good order waits for the next one:
 * starting a worker loads pdf.js again (about 0.2 s), which for a national
 * build of 450 PDFs was most of the content step. A worker that failed, ran
 * out of time or memory is terminated and never reused; one with other limits
 * is not reused either, as its heap limit is fixed when it starts.
 */
let idle: { worker: Worker; memoryMb: number } | undefined;

/** How many workers have been started: the tests check that one serves many PDFs. */
export let workersStarted = 0;

function takeWorker(limits: PdfLimits): Worker {
  if (idle && idle.memoryMb === limits.memoryMb) {
    const { worker } = idle;
    idle = undefined;
    worker.removeAllListeners("exit");
    worker.ref();
    return worker;
  }
  workersStarted++;
  return new Worker(new URL("./worker.ts", import.meta.url), {
    // The heap's share of the budget; buffers outside the heap are caught by watching the process.
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
}

/** Keeps a worker that answered for the next PDF, without keeping the process alive for it. */
function putBack(worker: Worker, limits: PdfLimits): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  worker.once("exit", () => {
    if (idle?.worker === worker) idle = undefined;
  });
  idle = { worker, memoryMb: limits.memoryMb };
}

/**
 * The process's memory that every PDF's budget is counted from: one ceiling
 * for the whole process, not one per PDF. It is taken when the first PDF is
 * read and moves only after a PDF read in good order (the process then holds
 * its result, which is its due). A PDF that failed leaves it where it was: a
 * worker's memory is not all returned the moment it is terminated, and a
 * budget counted from the memory a bomb left behind let twelve 4 MB bombs take
 * `check` to 5.6 GB.
 */
let floorRss: number | undefined;

/** PDFs are read one at a time, each after the last one's worker is gone or idle, so their budgets never add up. */
let turn: Promise<void> = Promise.resolve();

/** A failed worker's memory is given this long to return before the next PDF is measured against the ceiling. */
const SETTLE_MS = 5_000;
/** Memory the process may still hold above its floor once a failed worker is gone. */
const SETTLE_SLACK = 64 * 1024 * 1024;

async function settle(worker: Worker): Promise<void> {
  await worker.terminate();
  const floor = floorRss ?? 0;
  for (let waited = 0; waited < SETTLE_MS && process.memoryUsage.rss() > floor + SETTLE_SLACK; waited += WATCH_MS * 5) {
    await new Promise((done) => setTimeout(done, WATCH_MS * 5));
  }
}

/** Reads a PDF in a worker within `limits`; every failure is a PdfError naming the file. */
export function runIsolated<K extends PdfJob>(
  job: K,
  bytes: Uint8Array,
  file: string,
  limits: PdfLimits = PDF_LIMITS,
): Promise<PdfJobs[K]> {
  const previous = turn;
  let release!: () => void;
  turn = new Promise((done) => (release = done));
  return previous.then(() => readInWorker(job, bytes, file, limits, release));
}

function readInWorker<K extends PdfJob>(
  job: K,
  bytes: Uint8Array,
  file: string,
  limits: PdfLimits,
  release: () => void,
): Promise<PdfJobs[K]> {
  floorRss ??= process.memoryUsage.rss();
  const ceiling = floorRss + limits.memoryMb * 1024 * 1024;
  const worker = takeWorker(limits);
  return new Promise<PdfJobs[K]>((resolve, reject) => {
    let settled = false;
    const finish = (reusable: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      worker.removeAllListeners("message").removeAllListeners("error").removeAllListeners("exit");
      outcome();
      if (reusable) {
        putBack(worker, limits);
        floorRss = Math.max(floorRss ?? 0, process.memoryUsage.rss());
        release();
      } else {
        // The next PDF waits until this worker is gone and its memory has come back.
        void settle(worker).finally(release);
      }
    };
    const fail = (reason: string, hint = TOO_BIG_HINT) => finish(false, () => reject(new PdfError(file, reason, hint)));
    const memoryError = () =>
      fail(`needs more than ${limits.memoryMb} MB of memory to read (its content unpacks to far more than the file's size)`);
    const timer = setTimeout(() => fail(`took longer than ${limits.timeoutMs / 1000} s to open and read`), limits.timeoutMs);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() > ceiling) memoryError();
    }, WATCH_MS);
    // A PDF that fails in good order (a PdfError from the reader) leaves the worker sound; so does one that reads.
    worker.on("message", (reply: PdfJobReply) =>
      finish(true, () => (reply.ok ? resolve(reply.value as PdfJobs[K]) : reject(new PdfError(file, reply.reason, reply.hint)))),
    );
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") memoryError();
      else fail(`could not be read (${error.message})`, "open it in a PDF viewer and save it again");
    });
    worker.on("exit", () => fail("could not be read (its reader stopped without an answer)", "open it in a PDF viewer and save it again"));
    const request: PdfJobRequest = { job, bytes: bytes.slice(), file, timeoutMs: limits.timeoutMs };
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  });
}

/** A PDF's structured document (see extract.ts), read in a worker. */
export const extractIsolated = (bytes: Uint8Array, file: string, limits?: PdfLimits) => runIsolated("extract", bytes, file, limits);
