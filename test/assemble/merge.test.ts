import { describe, expect, it } from 'vitest';
import { mergeDrafts, type Draft } from '../../src/5-assemble/transfers/merge.js';

const draft = (over: Partial<Draft>): Draft => ({
  system: 'condor',
  supplier: null,
  recipient: 'malaysia',
  quantity: null,
  status: 'delivered',
  deal: null,
  date: null,
  evidence: { text: '', start: 0, end: 0 },
  rules: [],
  sentence: 0,
  ...over,
});

describe('merging a fleet in service with an event that stands for it', () => {
  it("gives the event the fleet's supplier when it names none", () => {
    const fleet = draft({ supplier: 'thyssen-henschel', background: true, sentence: 8 });
    const event = draft({ sentence: 11 });
    const merged = mergeDrafts([fleet, event]);
    expect(merged.map((d) => [d.system, d.supplier, d.recipient])).toEqual([['condor', 'thyssen-henschel', 'malaysia']]);
  });
  it('keeps a supplier the event names itself', () => {
    const fleet = draft({ supplier: 'thyssen-henschel', background: true, sentence: 8 });
    const event = draft({ supplier: 'germany', sentence: 11 });
    expect(mergeDrafts([fleet, event]).map((d) => d.supplier)).toContain('germany');
  });
});
