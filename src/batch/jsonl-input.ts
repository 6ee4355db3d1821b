/**
 * `--input jsonl`: one story per line, `{"id": ..., "text": ..., "date"?: "YYYY-MM-DD"}`, the
 * contract that lets `extract` run as a stage of a pipeline (GNU parallel --pipe, Spark's
 * RDD.pipe, Hadoop Streaming). Lines are split on bytes with a length cap, so a runaway line
 * costs at most --max-bytes of memory; a bad line becomes an error for that line only.
 */
import { formatBytes } from './limits.js';

export type JsonlItem =
  | { kind: 'story'; line: number; id: string | number; text: string; date: string | null | undefined }
  | { kind: 'bad-line'; line: number; id: string | number | null; code: string; message: string };

const NEWLINE = 0x0a;

/** The lines of a byte stream (without their `\n` or `\r\n`); a line longer than maxBytes is dropped and reported. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<{ line: number; bytes: Buffer } | { line: number; tooLong: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = 0;
  let line = 1;
  for await (const chunk of chunks) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let newline = buffer.indexOf(NEWLINE); newline !== -1; newline = buffer.indexOf(NEWLINE)) {
      const head = buffer.subarray(0, newline);
      if (overflow || length + head.length > maxBytes) yield { line, tooLong: overflow + length + head.length };
      else yield { line, bytes: withoutCr(parts.length ? Buffer.concat([...parts, head]) : Buffer.from(head)) };
      parts = [];
      length = 0;
      overflow = 0;
      line++;
      buffer = buffer.subarray(newline + 1);
    }
    if (buffer.length === 0) continue;
    if (overflow || length + buffer.length > maxBytes) {
      // Too long already: count the rest of the line, keep none of it.
      overflow += length + buffer.length;
      parts = [];
      length = 0;
    } else {
      // Copy: the stream may reuse its chunk.
      parts.push(Buffer.from(buffer));
      length += buffer.length;
    }
  }
  if (overflow) yield { line, tooLong: overflow + length };
  else if (length > 0) yield { line, bytes: withoutCr(Buffer.concat(parts)) };
}

function withoutCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The stories of a JSON Lines stream. Blank lines are skipped. */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<JsonlItem> {
  for await (const piece of splitLines(chunks, maxBytes)) {
    if ('tooLong' in piece) {
      yield { kind: 'bad-line', line: piece.line, id: null, code: 'too-large', message: `line of ${formatBytes(piece.tooLong)}, more than --max-bytes (${formatBytes(maxBytes)})` };
      continue;
    }
    let source: string;
    try {
      source = utf8.decode(piece.bytes);
    } catch {
      yield { kind: 'bad-line', line: piece.line, id: null, code: 'invalid-utf8', message: 'line is not valid UTF-8' };
      continue;
    }
    if (piece.line === 1 && source.charCodeAt(0) === 0xfeff) source = source.slice(1);
    if (source.trim() === '') continue;
    yield parseLine(source, piece.line);
  }
}

export function parseLine(source: string, line: number): JsonlItem {
  const bad = (message: string, id: string | number | null = null): JsonlItem => ({ kind: 'bad-line', line, id, code: 'bad-line', message });
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return bad(`not JSON (${(error as Error).message.split('\n', 1)[0]})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('expected an object {"id", "text", "date"?}');
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return bad('"id" must be a string or a number');
  if (typeof record.text !== 'string') return bad('"text" must be a string', id);
  const date = record.date;
  if (date !== undefined && date !== null && typeof date !== 'string') return bad('"date" must be a string (YYYY-MM-DD) or null', id);
  return { kind: 'story', line, id, text: record.text, date };
}
