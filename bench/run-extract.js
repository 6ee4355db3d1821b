// Child of bench.js: the full extract pipeline (as the library runs it) on the stories named on stdin.
import { readFileSync } from 'node:fs';
import { extractBytes } from '../dist/index.js';

const files = readFileSync(0, 'utf8').split('\n').filter(Boolean);
let peak = 0;
const started = performance.now();
for (const [i, file] of files.entries()) {
  extractBytes(readFileSync(file), { path: file });
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage.rss());
}
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage.rss());
console.log(JSON.stringify({ seconds, rssMB: peak / 1048576 }));
