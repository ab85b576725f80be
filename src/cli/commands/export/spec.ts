import { OUTPUT } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const exportWorkbook: CommandSpec = {
  usage: 'export FILE --xlsx OUT.xlsx',
  summary: 'a workbook of the scenario with live formulas, for Excel or LibreOffice',
  files: { min: 1, max: 1 },
  flags: {
    xlsx: {
      type: 'string',
      label: '--xlsx FILE',
      help: 'the workbook to write: inputs, the model as live formulas, sources and checks',
      needs: 'a file name ending in .xlsx, e.g. --xlsx baseline.xlsx',
    },
    output: OUTPUT,
  },
  examples: ['nhs-whatif export scenarios/baseline.yaml --xlsx baseline.xlsx'],
  load: () => import('./command.js'),
};
