import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Whole-corpus tests read thousands of docs; two cores run them in about a minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
