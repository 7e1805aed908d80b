import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests run in Node (lib/ is pure). Browser tests (tests/e2e) launch a real Chromium and are
// slower; they run in a separate project so `npm run test:unit` stays quick while writing rules.
export default defineConfig({
  // WXT's `@/` alias (used in entrypoints/), so tests can render entrypoint components in Node.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        // The word and name lists are registered once per test file (lib/lists; the rules throw without them).
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['tests/unit/setup-lists.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: CI has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
