import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests start real HTTP servers on port 0; a slow test is a bug to fix, not a timeout to raise.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
