import { defineConfig } from 'vitest/config';

// Unit tests only; the browser suite (e2e/run.mjs) drives real Chromium against the local organization.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
