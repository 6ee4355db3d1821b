/** The entity named last before a text offset: "the German company", "corvettes of the same design". */
export function latestNamedBefore<T extends { mentions: readonly { start: number; end: number }[] }>(candidates: Iterable<T>, at: number): T | null {
  let best: { entity: T; start: number } | null = null;
  for (const entity of candidates) {
    const start = Math.max(-1, ...entity.mentions.filter((m) => m.end <= at).map((m) => m.start));
    if (start >= 0 && (!best || start > best.start)) best = { entity, start };
  }
  return best?.entity ?? null;
}
