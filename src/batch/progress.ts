/**
 * The batch progress line on a terminal's stderr: stories done (of how many, once the inputs
 * are counted), stories/s, ETA and failures, redrawn at most a few times a second. The CLI shows
 * it only when stderr is a terminal; nothing of it reaches a pipe or a file.
 */
import type { WriteStream } from 'node:tty';

const REDRAW_MS = 250;

export class ProgressLine {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private shown = false;
  private lastDraw = 0;
  private stopped = false;
  private readonly started = Date.now();
  private readonly ticker: NodeJS.Timeout;

  constructor(private readonly stream: WriteStream) {
    // Keeps the elapsed time and ETA moving while one long story runs.
    this.ticker = setInterval(() => this.redraw(), 1000);
    this.ticker.unref();
  }

  setTotal(total: number): void {
    this.total = total;
  }

  update(done: number, failed: number): void {
    this.done = done;
    this.failed = failed;
    if (Date.now() - this.lastDraw >= REDRAW_MS) this.redraw();
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }

  redraw(): void {
    if (this.stopped) return;
    this.lastDraw = Date.now();
    const line = this.text();
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r\u001b[2K${line.length > width ? line.slice(0, width) : line}`);
    this.shown = true;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.ticker);
    this.clear();
  }

  private text(): string {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const parts = [this.total !== null ? `${this.done}/${this.total} stories` : `${this.done} stories`, `${rate.toFixed(1)} stories/s`];
    if (this.total !== null && rate > 0 && this.done < this.total) parts.push(`ETA ${clock((this.total - this.done) / rate)}`);
    else parts.push(clock(seconds));
    if (this.failed) parts.push(`${this.failed} failed`);
    return `extract: ${parts.join(' · ')}`;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
