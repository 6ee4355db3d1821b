// Child of bench.js: the raw cost of compromise on the stories named on stdin.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const loaded = createRequire(import.meta.url)('compromise');
const nlp = loaded.default ?? loaded;
const files = readFileSync(0, 'utf8').split('\n').filter(Boolean);
let peak = 0;
const started = performance.now();
for (const [i, file] of files.entries()) {
  const doc = nlp(readFileSync(file, 'utf8'));
  doc.people();
  doc.places();
  doc.organizations();
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage.rss());
}
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage.rss());
console.log(JSON.stringify({ seconds, rssMB: peak / 1048576 }));
