import type { CommandIo } from './io.js';

/** Inputs smaller than this finish too fast for a progress display to help. */
const MIN_DOCS_FOR_PROGRESS = 200;
const REDRAW_INTERVAL_MS = 100;

/**
 * Shows `stage done/total` on one terminal line, redrawn at most every 100 ms. It prints nothing
 * when standard error is not a terminal or the input is small.
 */
export class ProgressDisplay {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly io: CommandIo) {}

  /** Shows the progress of a stage; `total` is undefined when it is not known yet. */
  update(stage: string, done: number, total: number | undefined): void {
    if (!this.io.isTerminal || (total ?? done) < MIN_DOCS_FOR_PROGRESS) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.io.stderr(`\r\x1b[K${stage} ${done}${total === undefined ? '' : `/${total}`}`);
  }

  /** Clears the progress line before other output. */
  clear(): void {
    if (!this.drawn) return;
    this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }
}
