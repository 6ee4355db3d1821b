// Child of bench.js --scaling: one story made of the first stories of DIR joined by blank lines
// (in memory: nothing is written), cut to BYTES, run through the library once after a warm-up.
// Reports on fd 3 the seconds of the run and the peak RSS.
import { readFileSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const [dir, bytesArg] = process.argv.slice(2);
const want = Number(bytesArg);
const parts = [];
let size = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  if (size >= want) break;
  const text = readFileSync(join(dir, name), 'utf8');
  parts.push(text);
  size += Buffer.byteLength(text) + 2;
}
const story = parts.join('\n\n').slice(0, want);
extract('Warm-up: the minister said on Monday that Serbia would buy 14 MiG-29 jets from Russia.');
const t = performance.now();
extract(story);
const seconds = (performance.now() - t) / 1000;
writeSync(3, JSON.stringify({ seconds, rssMB: process.resourceUsage().maxRSS / 1024, bytes: Buffer.byteLength(story) }) + '\n');
