/** The batch building blocks on their own: the bounded map, JSON Lines splitting, size limits, the progress line. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedMap } from '../../src/batch/bounded-map.js';
import { readJsonLines, splitLines } from '../../src/batch/jsonl-input.js';
import { formatBytes, parseByteSize, readStream } from '../../src/batch/limits.js';
import { ProgressLine } from '../../src/batch/progress.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* numbers(n: number, taken?: number[]): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    taken?.push(i);
    yield i;
  }
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('boundedMap', () => {
  // Later items finish first: the order of the output is the map's doing.
  const slowFirst = async (i: number) => {
    await sleep(((i * 7) % 5) * 3);
    return i * 10;
  };

  it('keeps input order by default, whatever order the work finishes in', async () => {
    expect(await collect(boundedMap(numbers(40), slowFirst, { window: 6, ordered: true }))).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
  });

  it('hands results on as they finish with ordered: false', async () => {
    const out = await collect(boundedMap(numbers(40), slowFirst, { window: 6, ordered: false }));
    expect([...out].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(out).not.toEqual([...out].sort((a, b) => a - b));
  });

  it('never has more than `window` items between source and consumer', async () => {
    let running = 0;
    let most = 0;
    const fn = async (i: number) => {
      running++;
      most = Math.max(most, running);
      await sleep(i % 3);
      return i;
    };
    for await (const i of boundedMap(numbers(100), fn, { window: 5, ordered: true })) {
      running--;
      if (i % 10 === 0) await sleep(5); // a slow consumer (a full pipe)
    }
    expect(most).toBeLessThanOrEqual(5);
  });

  it('stops taking from the source when the consumer stops', async () => {
    const taken: number[] = [];
    for await (const i of boundedMap(numbers(1000, taken), async (x) => x, { window: 4, ordered: true })) if (i === 2) break;
    expect(taken.length).toBeLessThanOrEqual(8);
  });

  it('hands a result on while the source is still waiting for its next item', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await gate; // a pipe with no next line yet
      yield 2;
    }
    const iterator = boundedMap(slowSource(), async (x) => x, { window: 4, ordered: true })[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toBe(1);
    release();
    expect((await iterator.next()).value).toBe(2);
    expect((await iterator.next()).done).toBe(true);
  });
});

describe('JSON Lines input', () => {
  const chunks = (...parts: (string | Buffer)[]) => Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

  it('splits lines across chunk boundaries, with \\n or \\r\\n, and a last line without a newline', async () => {
    const lines = await collect(splitLines(chunks('ab', 'c\r\nde', 'f\n\ng', 'h'), 100));
    expect(lines.map((l) => ('bytes' in l ? l.bytes.toString() : `too long: ${l.tooLong}`))).toEqual(['abc', 'def', '', 'gh']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });

  it('drops a line longer than the limit without keeping it, and goes on', async () => {
    const lines = await collect(splitLines(chunks('short\n', 'x'.repeat(30), 'x'.repeat(30), '\nnext\n'), 40));
    expect(lines).toEqual([
      { line: 1, bytes: Buffer.from('short') },
      { line: 2, tooLong: 60 },
      { line: 3, bytes: Buffer.from('next') },
    ]);
  });

  it('reads records with string or number ids and an optional date; reports bad lines', async () => {
    const input = chunks(
      '\ufeff{"id":"a","text":"One.","date":"2020-03-05"}\n',
      '{"id":7,"text":"Two."}\n',
      '   \n',
      '[1,2]\n',
      '{"id":{"x":1},"text":"bad id"}\n',
      '{"id":"d","text":"t","date":5}\n',
      Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
    );
    const items = await collect(readJsonLines(input, 1000));
    expect(items).toEqual([
      { kind: 'story', line: 1, id: 'a', text: 'One.', date: '2020-03-05' },
      { kind: 'story', line: 2, id: 7, text: 'Two.', date: undefined },
      { kind: 'bad-line', line: 4, id: null, code: 'bad-line', message: 'expected an object {"id", "text", "date"?}' },
      { kind: 'bad-line', line: 5, id: null, code: 'bad-line', message: '"id" must be a string or a number' },
      { kind: 'bad-line', line: 6, id: 'd', code: 'bad-line', message: '"date" must be a string (YYYY-MM-DD) or null' },
      { kind: 'bad-line', line: 7, id: null, code: 'invalid-utf8', message: 'line is not valid UTF-8' },
    ]);
  });
});

describe('size limits', () => {
  it('parses --max-bytes sizes in powers of 1024', () => {
    expect(parseByteSize('10M')).toBe(10 * 1024 * 1024);
    expect(parseByteSize('512k')).toBe(512 * 1024);
    expect(parseByteSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('2000000')).toBe(2_000_000);
    expect(parseByteSize('64KiB')).toBe(64 * 1024);
    for (const bad of ['', '0', '-1', 'ten', '5T']) expect(() => parseByteSize(bad)).toThrow(/--max-bytes/);
  });

  it('says sizes the way people read them', () => {
    expect([formatBytes(10), formatBytes(1536), formatBytes(50 * 1024 * 1024)]).toEqual(['10 bytes', '1.5 KiB', '50 MiB']);
  });

  it('stops reading a stream as soon as it passes the limit', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        produced++;
        yield Buffer.alloc(1024);
      }
    }
    await expect(readStream(endless(), 10 * 1024)).rejects.toThrow(/more than --max-bytes \(10 KiB\)/);
    expect(produced).toBe(11);
  });
});

describe('progress line', () => {
  it('shows done/total, rate, ETA and failures, and clears itself', () => {
    let written = '';
    const stream = { columns: 200, write: (s: string) => ((written += s), true) } as unknown as import('node:tty').WriteStream;
    const progress = new ProgressLine(stream);
    progress.setTotal(10);
    progress.redraw();
    progress.update(4, 1);
    progress.redraw();
    progress.stop();
    expect(written).toMatch(/extract: 0\/10 stories · 0\.0 stories\/s · 0:00/);
    expect(written).toMatch(/extract: 4\/10 stories · [\d.]+ stories\/s · (ETA \d+:\d\d|0:00) · 1 failed/);
    expect(written.endsWith('\r\u001b[2K')).toBe(true);
  });
});
