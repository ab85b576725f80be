import { OUTPUT } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const check: CommandSpec = {
  usage: 'check FILE…',
  summary: 'validate scenario files (exit 0 if all are valid, 1 if not)',
  files: { min: 1 },
  examples: ['nhs-whatif check scenarios/*.yaml'],
  flags: { output: OUTPUT },
  load: () => import('./command.js'),
};
