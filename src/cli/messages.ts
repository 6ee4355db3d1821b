/** Messages for people, on stderr: one line each, coloured only on a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';

let color: ChalkInstance | null = null;

function paint(): ChalkInstance {
  if (!color) {
    const force = process.env.FORCE_COLOR;
    const forced = force !== undefined && force !== '0' && force !== 'false';
    const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
    const level = forced ? 1 : noColor || !process.stderr.isTTY ? 0 : 1;
    color = new Chalk({ level });
  }
  return color;
}

export function error(subject: string | null, message: string): void {
  const c = paint();
  process.stderr.write(`${c.red('extract:')} ${subject ? c.bold(subject) + ': ' : ''}${message}\n`);
}

export function notice(subject: string | null, message: string): void {
  const c = paint();
  process.stderr.write(`${c.yellow('extract:')} ${subject ? subject + ': ' : ''}${message}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${paint().dim(message)}\n`);
}
