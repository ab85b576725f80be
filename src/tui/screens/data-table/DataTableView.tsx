import { Box, Text } from 'ink';
import { StyledLine } from '../../components/StyledLine.js';
import type { ScreenProps } from '../../screen.js';
import type { HeatTone } from './heat.js';
import type { DataTableNote, DataTableScreenLayout } from './layout.js';

/** Colours from the lowest quarter of the values to the highest; the shade characters say the same without colour. */
const HEAT_COLORS = ['blue', 'cyan', 'yellow', 'red'] as const;

function styleOf(tone: HeatTone): { color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean } {
  switch (tone.kind) {
    case 'axis':
      return { dimColor: true };
    case 'current':
      return { bold: true };
    case 'heat':
      return { color: HEAT_COLORS[tone.shade], bold: tone.current, inverse: tone.cursor };
    case 'error':
      return { color: 'red', inverse: tone.cursor };
  }
}

const NOTE_STYLES: Readonly<Record<DataTableNote['tone'], { bold?: boolean; dimColor?: boolean; color?: string }>> = {
  cursor: { bold: true },
  key: { dimColor: true },
  error: { color: 'red' },
};

/** Two inputs × one output as a grid of shaded values, with notes on the cursor's cell, the marks and the shades. */
export function DataTableView({ layout }: ScreenProps<DataTableScreenLayout>) {
  const { width, height, heading, picture, notes } = layout;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">
        {heading}
      </Text>
      {picture?.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is identified by its place in the grid
        <StyledLine key={i} runs={line} styleOf={(run) => styleOf(run.tone)} />
      ))}
      <Box flexGrow={1} />
      {notes.map((note, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place under the grid
        <Text key={i} wrap="truncate" {...NOTE_STYLES[note.tone]}>
          {note.text}
        </Text>
      ))}
    </Box>
  );
}
