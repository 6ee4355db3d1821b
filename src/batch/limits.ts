/**
 * Size limits: `--max-bytes` parsing and a reader that never holds more than the limit, for
 * regular files (refused from their size before any byte is read) as for pipes, FIFOs, devices
 * and standard input (refused as soon as the limit is passed).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ExtractError } from '../model/errors.js';

/** The default `--max-bytes`: far above any news story, far below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `10M`, `512k`, `1G`, `2000000` (powers of 1024; a trailing `B`, `iB` is allowed). */
export function parseByteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) throw new ExtractError('usage', `--max-bytes must be a size such as 10M, 512k or 2000000 (got '${value}')`);
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

function tooLarge(size: number | null, maxBytes: number): ExtractError {
  const what = size === null ? 'input is' : `file is ${formatBytes(size)},`;
  return new ExtractError('too-large', `${what} more than --max-bytes (${formatBytes(maxBytes)}); raise the limit to read it`);
}

/** A story file's bytes. A FIFO named on the command line (`<(...)`) is read as a stream. */
export async function readStoryFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
      const bytes = await handle.readFile();
      // It grew while being read.
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
      return bytes;
    }
    return await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * A regular file's bytes, read synchronously: for a worker thread, whose story is the only thing
 * it does. A file that is no longer regular (replaced by a FIFO since it was listed) is refused
 * rather than read, since a blocking read could wait for ever.
 */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new ExtractError('not-regular', 'not a regular file (FIFO, socket or device)');
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** All of a stream, refused once it passes maxBytes. */
export async function readStream(stream: Readable | AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    length += chunk.length;
    // Leaving the loop by a throw destroys the stream.
    if (length > maxBytes) throw tooLarge(null, maxBytes);
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
