import { Box, Text } from 'ink';
import type { Ink } from '../../../charts/index.js';
import { StyledLine } from '../../components/StyledLine.js';
import type { ScreenProps } from '../../screen.js';
import type { ChartNote, ChartScreenLayout } from './layout.js';

/** Colours by series; the marks, dashes and legend carry the same meaning without them. */
const SERIES_COLORS = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'white'] as const;

const colorOf = (series: number): string => SERIES_COLORS[series % SERIES_COLORS.length]!;

function styleOf(ink: Ink): { color?: string; dimColor?: boolean; bold?: boolean } {
  switch (ink.role) {
    case 'text':
      return {};
    case 'axis':
    case 'zero':
      return { dimColor: true };
    case 'reference':
      return { bold: true };
    case 'line':
      return { color: colorOf(ink.series) };
    case 'observed':
      return { color: colorOf(ink.series), bold: true };
    case 'band':
      return { color: colorOf(ink.series), dimColor: true };
  }
}

const NOTE_STYLES: Readonly<Record<ChartNote['tone'], { bold?: boolean; dimColor?: boolean; color?: string }>> = {
  crossing: { bold: true },
  'left-out': { color: 'yellow' },
  hint: { dimColor: true },
};

/** The selected cell's values by year as a line per scenario, with the notes under it; or why there is no chart. */
export function ChartView({ layout }: ScreenProps<ChartScreenLayout>) {
  const { width, height, heading, picture, notes, message } = layout;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">
        {heading}
      </Text>
      {picture?.rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a chart line is identified by its place in the chart
        <StyledLine key={i} runs={row} styleOf={(run) => styleOf(run.ink)} />
      ))}
      {notes.map((note, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place under the chart
        <Text key={i} wrap="truncate" {...NOTE_STYLES[note.tone]}>
          {note.text}
        </Text>
      ))}
      {message.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place in the message
        <Text key={i} wrap="truncate">
          {line}
        </Text>
      ))}
    </Box>
  );
}
