import { inject } from 'vitest';

// The benchmarks' checks run the command built for this test run (see test/build-command.ts), not dist/.
process.env.NHS_WHATIF_COMMAND = inject('builtCommand');
