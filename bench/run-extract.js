// Child of profile.js: the full extract pipeline, as the library runs it, on the stories named on stdin.
import { readFileSync } from 'node:fs';
import { extractBytes } from '../dist/index.js';

for (const file of readFileSync(0, 'utf8').split('\n').filter(Boolean)) extractBytes(readFileSync(file), { path: file });
