import type { CommandSpec } from '../spec.js';

export const report: CommandSpec = {
  usage: 'report FILE [FILE…] --output DIR',
  summary: 'a briefing in Markdown with SVG charts: key figures, comparison, checks, sources and file hashes',
  files: { min: 1 },
  flags: {
    output: {
      type: 'string',
      label: '--output DIR',
      help: 'the folder to write report.md and its charts into (made if it does not exist)',
      needs: 'a folder, e.g. --output briefing',
    },
  },
  outputFolder: true,
  examples: ['nhs-whatif report scenarios/baseline.yaml scenarios/higher-growth.yaml --output briefing'],
  load: () => import('./command.js'),
};
