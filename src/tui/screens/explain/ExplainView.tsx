import { Box, Text } from 'ink';
import { StyledLine } from '../../components/StyledLine.js';
import type { ScreenProps } from '../../screen.js';
import type { ExplainScreenLayout } from './layout.js';
import type { WaterfallTone } from './waterfall.js';

/** Up and down in colour too; the bar characters and ▲ ▼ say it without. */
const STYLES: Readonly<Record<WaterfallTone, { color?: string; bold?: boolean; dimColor?: boolean }>> = {
  level: {},
  up: { color: 'green' },
  down: { color: 'red' },
  flat: { dimColor: true },
  gap: { bold: true },
  rule: { dimColor: true },
};

/** B − A of the comparison's selected row as a waterfall of contributions, with how they were computed. */
export function ExplainView({ layout }: ScreenProps<ExplainScreenLayout>) {
  const { width, height, heading, picture, notes } = layout;
  return (
    <Box flexDirection="column" width={width} height={height}>
      {heading.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place in the heading
        <Text key={i} bold wrap="truncate">
          {line}
        </Text>
      ))}
      <Text> </Text>
      {picture?.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is identified by its place in the waterfall
        <StyledLine key={i} runs={line} styleOf={(run) => STYLES[run.tone]} />
      ))}
      <Box flexGrow={1} />
      {notes.map((note, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place under the waterfall
        <Text key={i} dimColor wrap="truncate">
          {note}
        </Text>
      ))}
    </Box>
  );
}
