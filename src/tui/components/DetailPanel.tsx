import { Box, Text } from 'ink';
import type { Detail } from '../detail.js';

export interface DetailPanelProps {
  readonly detail: Detail | undefined;
  readonly width: number;
  /** Fixed height below the grid (lines are cut to fit); undefined beside it (lines wrap). */
  readonly height?: number;
}

const LABEL_WIDTH = 9;

/** Explains the selected cell: what it is, where it comes from, what it reads and what reads it. */
export function DetailPanel({ detail, width, height }: DetailPanelProps) {
  const below = height !== undefined;
  if (below && height <= 0) return null;
  const lines = detail ? (below ? detail.lines.slice(0, height - 2) : detail.lines) : [];
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="single"
      borderTop={below}
      borderBottom={false}
      borderRight={false}
      borderLeft={!below}
      paddingLeft={below ? 0 : 1}
    >
      <Text bold wrap="truncate">
        {detail?.title ?? 'no cell selected'}
      </Text>
      {lines.map((line) => (
        <Box key={line.label}>
          <Box width={LABEL_WIDTH} flexShrink={0}>
            <Text dimColor>{line.label}</Text>
          </Box>
          <Text wrap={below ? 'truncate' : 'wrap'} color={line.tone === 'error' ? 'red' : line.tone === 'changed' ? 'yellow' : undefined}>
            {line.text}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
