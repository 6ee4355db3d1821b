#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm install` through `prepare`), bundled into a
// few files (dist/cli.bundle.js, by scripts/bundle-worker.mjs), else as tsc wrote it.
const notFound = (error) => error.code === 'ERR_MODULE_NOT_FOUND';
import('../dist/cli.bundle.js')
  .catch((error) => (notFound(error) ? import('../dist/cli/main.js') : Promise.reject(error)))
  .then(
    (cli) => cli.main(process.argv.slice(2)),
    (error) => {
      process.stderr.write(`extract: cannot start (${notFound(error) ? 'not built: run npm install' : error.message})\n`);
      process.exit(2);
    },
  );
