import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Test files share their workers' loaded modules (loading mathjs, Ink and React again for every file took most
// of the run), except the benchmarks' check, which needs Ink loaded fresh with CI unset.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Property tests and terminal tests are CPU-bound: on a shared, busy machine a few seconds is not a hang.
    testTimeout: 60_000,
    // A worker per core: many tests wait on a terminal or another process, so even two cores are kept busy.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // The built command, for the tests that run it as a user would, is built once per run into its own folder.
        test: { name: 'product', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/bench/**'], isolate: false, globalSetup: ['test/build-command.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'benchmarks',
          include: ['test/bench/**/*.test.ts'],
          globalSetup: ['test/build-command.ts'],
          setupFiles: ['test/bench/use-test-build.ts'],
        },
      },
    ],
  },
});
