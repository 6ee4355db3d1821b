#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm install` through `prepare`).
import('../dist/cli/main.js').then(
  (cli) => cli.main(process.argv.slice(2)),
  (error) => {
    process.stderr.write(`extract: cannot start (${error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install' : error.message})\n`);
    process.exit(2);
  },
);
