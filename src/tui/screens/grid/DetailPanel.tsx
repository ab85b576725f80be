import { Box, Text } from 'ink';
import { DETAIL_LABEL_WIDTH, type DetailRow } from './detail.js';

export interface DetailPanelProps {
  readonly title: string | undefined;
  /** Rows that fit, already wrapped (see detailRows). */
  readonly rows: readonly DetailRow[];
  readonly width: number;
  /** Below the grid: its height, with a border above; beside it: undefined, with a border on the left. */
  readonly height?: number;
}

/** Explains the selected cell: what it is, where it comes from, what it reads and what reads it. */
export function DetailPanel({ title, rows, width, height }: DetailPanelProps) {
  const below = height !== undefined;
  if (below && height <= 0) return null;
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
        {title ?? 'no cell selected'}
      </Text>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place in the panel
        <Box key={i}>
          <Box width={DETAIL_LABEL_WIDTH} flexShrink={0}>
            <Text dimColor>{row.label}</Text>
          </Box>
          <Text wrap="truncate" color={row.tone === 'error' ? 'red' : row.tone === 'changed' ? 'yellow' : undefined}>
            {row.text}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
