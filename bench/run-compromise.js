// Child of bench.js: the raw cost of compromise on the stories named on stdin: nlp(text) with its
// people, places and organisations, loading included (as the extract runs include theirs).
import { readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const files = readFileSync(0, 'utf8').split('\n').filter(Boolean);
const started = performance.now();
const cpu = process.cpuUsage();
const loaded = createRequire(import.meta.url)('compromise');
const nlp = loaded.default ?? loaded;
for (const file of files) {
  const doc = nlp(readFileSync(file, 'utf8'));
  doc.people();
  doc.places();
  doc.organizations();
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
writeSync(3, JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, rssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
