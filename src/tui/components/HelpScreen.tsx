import { Box, Text } from 'ink';
import { bindingsFor, KEYMAP, PROMPT_KEYS } from '../keymap.js';

const LEGEND = [
  { label: '›', description: 'selected cell (also shown in reverse video)' },
  { label: '*', description: 'edited since the file was opened or saved' },
  { label: '~', description: 'value moved because a cell it reads changed' },
  { label: '+', description: 'added here, not in the file yet' },
  { label: '!', description: 'the cell has an error (see the panel for why)' },
  { label: 'Value', description: "a series shows its last year's value" },
];

const GRID_KEYS = bindingsFor('grid');
/** Keys of the picker and the comparison that the grid does not have; moving works as in the grid. */
const COMPARE_KEYS = [
  ...KEYMAP.filter((binding) => !binding.views.includes('grid')),
  { label: 'moving', description: 'as in the grid: ↑↓ jk, ←→ hl, PgUp PgDn, g G' },
];

function Table({ title, rows }: { readonly title: string; readonly rows: readonly { label: string; description: string }[] }) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold underline>
        {title}
      </Text>
      {rows.map((row) => (
        <Box key={row.label}>
          <Box width={14} flexShrink={0}>
            <Text bold>{row.label}</Text>
          </Box>
          <Text wrap="truncate">{row.description}</Text>
        </Box>
      ))}
    </Box>
  );
}

/** Every key, from the keymap table. */
export function HelpScreen({ width, height }: { readonly width: number; readonly height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold>Keys (press ? or Esc to go back)</Text>
      <Text> </Text>
      <Box flexDirection={width >= 110 ? 'row' : 'column'} columnGap={4}>
        <Table title="In the grid" rows={GRID_KEYS} />
        <Box flexDirection="column">
          <Table title="Comparing scenarios (c)" rows={COMPARE_KEYS} />
          <Table title="While typing" rows={PROMPT_KEYS} />
          <Table title="Marks" rows={LEGEND} />
        </Box>
      </Box>
    </Box>
  );
}
