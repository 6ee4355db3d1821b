// Child of bench.js: the extract command itself (worker pool, ordering, JSON Lines on stdout),
// as a user runs it, with the arguments given. Reports on fd 3: wall and CPU seconds (all
// threads), peak RSS (all threads: getrusage), and RSS samples over the run to show it is flat.
import { writeSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const started = performance.now();
const cpu = process.cpuUsage();
const samples = [];
const sampler = setInterval(() => samples.push(process.memoryUsage.rss()), 250);
const { main } = await import('../dist/cli/main.js');
await main(process.argv.slice(2));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
writeSync(3, JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, rssMB: process.resourceUsage().maxRSS / 1024, samplesMB: samples.map((s) => s / 1048576), exitCode: process.exitCode ?? 0 }) + '\n');
