/**
 * Runs an async function over a stream with at most `window` items between being taken from the
 * source and being handed to the consumer: memory stays flat however long the stream, and a slow
 * consumer (a full pipe) holds back the source. Results come in source order, or as they finish
 * with `ordered: false`. A result is handed on as soon as it is ready, even while the source is
 * waiting for its next item (a JSON Lines pipe that has not sent its next line yet).
 */
export interface BoundedMapOptions {
  window: number;
  ordered: boolean;
}

type Event<T, R> = { kind: 'pulled'; step: IteratorResult<T> } | { kind: 'finished'; index: number; result: R };

export async function* boundedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, options: BoundedMapOptions): AsyncGenerator<R> {
  const window = Math.max(1, options.window);
  const iterator = source[Symbol.asyncIterator]();
  const running = new Map<number, Promise<Event<T, R>>>();
  let pull: Promise<Event<T, R>> | null = null;
  let exhausted = false;
  let taken = 0;
  let handed = 0;
  try {
    while (true) {
      if (!exhausted && !pull && running.size < window) pull = iterator.next().then((step) => ({ kind: 'pulled', step }));
      const waiting: Promise<Event<T, R>>[] = pull ? [pull] : [];
      if (options.ordered) {
        const next = running.get(handed);
        if (next) waiting.push(next);
      } else {
        waiting.push(...running.values());
      }
      if (waiting.length === 0) return;
      const event = await Promise.race(waiting);
      if (event.kind === 'pulled') {
        pull = null;
        if (event.step.done) exhausted = true;
        else {
          const index = taken++;
          running.set(index, fn(event.step.value).then((result) => ({ kind: 'finished', index, result })));
        }
      } else {
        running.delete(event.index);
        handed++;
        yield event.result;
      }
    }
  } finally {
    // Stopped early (--fail-fast, an interrupt): let the source clean up, without waiting on a
    // read that may never end (standard input).
    if (!exhausted) void iterator.return?.(undefined)?.catch(() => undefined);
  }
}
