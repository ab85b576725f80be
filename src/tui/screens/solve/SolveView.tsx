import { Box, Text } from 'ink';
import type { ScreenProps } from '../../screen.js';
import type { SolveLayout, SolveLine } from './layout.js';

const STYLES: Readonly<Record<SolveLine['tone'], { bold?: boolean; dimColor?: boolean; inverse?: boolean; color?: string }>> = {
  heading: { bold: true },
  header: { dimColor: true },
  choice: {},
  selected: { inverse: true, bold: true },
  unusable: { dimColor: true },
  figure: {},
  note: { dimColor: true },
  problem: { color: 'red' },
};

/** Goal seek: the question, the inputs to choose from, and the answer with what it changes. */
export function SolveView({ layout }: ScreenProps<SolveLayout>) {
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      {layout.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is identified by its place on the screen
        <Text key={i} wrap="truncate" {...STYLES[line.tone]}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
    </Box>
  );
}
