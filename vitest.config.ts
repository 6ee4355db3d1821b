import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The machine has two cores; CLI tests spawn processes of their own.
    maxWorkers: 2,
  },
});
