import { defineConfig } from 'vitest/config';

// Mutation testing (npm run mutate): only the tests that import src/ directly. The runtime's tests
// load dist/, a bundle Stryker's mutants never reach, so they could not kill a mutant.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/flows/unit/**/*.test.ts'],
    testTimeout: 30_000,
    env: { PENDAMPING_MUTATION: '1' },
  },
});
