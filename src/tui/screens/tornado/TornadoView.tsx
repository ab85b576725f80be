import { Box, Text } from 'ink';
import { HIGH_MARK, LOW_MARK } from '../../../charts/tornado-bars.js';
import type { ScreenProps } from '../../screen.js';
import type { TornadoLayout } from './layout.js';
import type { TornadoLine } from './picture.js';

const STYLES: Readonly<Record<TornadoLine['tone'], { bold?: boolean; dimColor?: boolean; color?: string }>> = {
  heading: { bold: true },
  legend: {},
  name: { bold: true },
  bar: {},
  axis: { dimColor: true },
  note: { dimColor: true },
  problem: { color: 'red' },
};

/** Colours for the two ends; the marks ░ and █ tell them apart without colour. */
const MARK_COLORS: Readonly<Record<string, string>> = { [LOW_MARK]: 'cyan', [HIGH_MARK]: 'magenta' };

function Marked({ text }: { readonly text: string }) {
  const parts = text.split(new RegExp(`([${LOW_MARK}${HIGH_MARK}]+)`));
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a run is identified by its place in the line
        <Text key={i} color={MARK_COLORS[part[0] ?? '']}>
          {part}
        </Text>
      ))}
    </>
  );
}

/** A tornado: each input's bar around the base, largest swing first, with the values at each end. */
export function TornadoView({ layout }: ScreenProps<TornadoLayout>) {
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      {layout.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is identified by its place on the screen
        <Text key={i} wrap="truncate" {...STYLES[line.tone]}>
          {line.tone === 'bar' || line.tone === 'legend' ? <Marked text={line.text} /> : line.text === '' ? ' ' : line.text}
        </Text>
      ))}
    </Box>
  );
}
