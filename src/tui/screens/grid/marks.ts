import type { HelpSection } from '../../screen.js';

/** What the marks at the start of a grid row mean, for the help screen. */
export const MARKS: HelpSection = {
  title: 'Marks',
  rows: [
    { label: '›', description: 'the selected line (in colour, also reverse video)' },
    { label: '*', description: 'edited since the file was opened or saved' },
    { label: '~', description: 'value moved because a cell it reads changed' },
    { label: '+', description: 'added here, not in the file yet' },
    { label: '!', description: 'the cell has an error (see the panel for why)' },
    { label: '≠', description: "after an input's value: it differs from what its source supports (the panel says both)" },
    { label: '✓ ✗', description: "in the panel's Checks and Claims: a claim of the sources holds, or does not, in the scenario as edited" },
    { label: 'Value', description: "a series shows its last year's value" },
  ],
};
