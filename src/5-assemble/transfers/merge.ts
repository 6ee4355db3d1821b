/**
 * Refiners over the drafts of a story.
 * mergeDrafts: one transfer per system, supplier and recipient. A later statement of the same
 * transfer fills in what the earlier one left open (a party, a count, a deal) and moves it along its
 * life cycle ("ordered" then "delivered"); a statement that leaves a party open joins the latest
 * transfer of that system it fits. Transfers still missing a party are dropped: a claim needs both ends.
 */
import type { Transfer } from '../../model/contract.js';
import { transferRules } from './rules.js';

export interface Draft extends Omit<Transfer, 'id' | 'supplier' | 'recipient'> {
  supplier: string | null;
  recipient: string | null;
  /** How each part was read, for the trace. */
  rules: string[];
  /** Index of the sentence that states it. */
  sentence: number;
}

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const { lifecycle } = transferRules();
  const stage = (d: Draft) => lifecycle.indexOf(d.status);
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const match = [...merged].reverse().find((m) => sameSystem(m, draft) && fits(m.supplier, draft.supplier) && fits(m.recipient, draft.recipient));
    if (!match) {
      merged.push({ ...draft, rules: [...draft.rules] });
      continue;
    }
    match.supplier ??= draft.supplier;
    match.recipient ??= draft.recipient;
    match.quantity ??= draft.quantity;
    match.deal ??= draft.deal;
    if (stage(draft) > stage(match)) {
      match.status = draft.status;
      match.evidence = draft.evidence;
      match.sentence = draft.sentence;
      match.date = draft.date ?? match.date;
    }
    match.rules.push(...draft.rules.map((r) => `merged ${r}`));
  }
  return merged.filter((d) => d.supplier && d.recipient && d.supplier !== d.recipient);
}

function sameSystem(a: Draft, b: Draft): boolean {
  if (a.system || b.system) return a.system === b.system;
  return (a.description ?? '').toLowerCase() === (b.description ?? '').toLowerCase();
}

function fits(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Refiner: a transfer whose clause names no recipient takes the story's main recipient, the one that
 * more than half of the complete transfers go to ("Meanwhile, the delivery of the S-400 from Russia
 * has been delayed", in a story on India's purchases).
 */
export function withMainRecipient(drafts: readonly Draft[]): Draft[] {
  const complete = drafts.filter((d) => d.supplier && d.recipient);
  const counts = new Map<string, number>();
  for (const d of complete) counts.set(d.recipient!, (counts.get(d.recipient!) ?? 0) + 1);
  const [main, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!main || count * 2 <= complete.length) return [...drafts];
  return drafts.map((d) =>
    d.recipient || !d.supplier || d.supplier === main ? d : { ...d, recipient: main, rules: [...d.rules, `recipient ${main} (the story's main recipient)`] },
  );
}
