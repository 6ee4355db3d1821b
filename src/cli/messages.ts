/** Messages for people, on stderr: one line each, coloured only on a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';

let color: ChalkInstance | null = null;

/** A line kept at the bottom of the terminal (the batch progress): cleared while a message is written. */
export interface StatusLine {
  clear(): void;
  redraw(): void;
}

let status: StatusLine | null = null;

export function setStatusLine(line: StatusLine | null): void {
  status = line;
}

function write(text: string): void {
  status?.clear();
  process.stderr.write(text);
  status?.redraw();
}

/** Colour on a terminal unless NO_COLOR says otherwise; FORCE_COLOR turns it on anywhere. */
export function colorEnabled(stream: { isTTY?: boolean }): boolean {
  const force = process.env.FORCE_COLOR;
  const forced = force !== undefined && force !== '0' && force !== 'false';
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return forced || (!noColor && Boolean(stream.isTTY));
}

function paint(): ChalkInstance {
  if (!color) color = new Chalk({ level: colorEnabled(process.stderr) ? 1 : 0 });
  return color;
}

export function error(subject: string | null, message: string): void {
  const c = paint();
  write(`${c.red('extract:')} ${subject ? c.bold(subject) + ': ' : ''}${message}\n`);
}

export function notice(subject: string | null, message: string): void {
  const c = paint();
  write(`${c.yellow('extract:')} ${subject ? subject + ': ' : ''}${message}\n`);
}

export function info(message: string): void {
  write(`${paint().dim(message)}\n`);
}
