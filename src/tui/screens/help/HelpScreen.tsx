import { Box, Text } from 'ink';
import type { ScreenProps } from '../../screen.js';
import type { HelpLine } from './help-lines.js';

export interface HelpScreenProps {
  /** The help at the screen's width, from the screens' keys. */
  readonly lines: readonly HelpLine[];
  /** The first line shown. */
  readonly top: number;
  /** Lines that fit. */
  readonly rows: number;
  readonly width: number;
}

function Line({ line }: { readonly line: HelpLine }) {
  return (
    <Text wrap="truncate">
      {line.length === 0
        ? ' '
        : line.map((segment, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are identified by their place in the line
            <Text key={i} bold={segment.style !== undefined} underline={segment.style === 'heading'}>
              {segment.text}
            </Text>
          ))}
    </Text>
  );
}

/** Every key, a screenful at a time; the last line says when there is more to scroll to. */
export function HelpScreen({ lines, top, rows, width }: HelpScreenProps) {
  const shown = lines.slice(top, top + rows);
  const above = top > 0;
  const below = top + rows < lines.length;
  const more = above || below ? `${[above ? 'more ↑' : '', below ? 'more ↓' : ''].filter(Boolean).join(' · ')}  (j k PgUp PgDn scroll)` : ' ';
  return (
    <Box flexDirection="column" width={width} height={rows + 2}>
      <Text bold wrap="truncate">
        Keys (press ? or Esc to go back)
      </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a help line is identified by its number
        <Line key={top + i} line={line} />
      ))}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate">
        {more}
      </Text>
    </Box>
  );
}

export interface HelpLayout {
  readonly lines: readonly HelpLine[];
  readonly rows: number;
  readonly width: number;
}

export function HelpView({ state, layout }: ScreenProps<HelpLayout>) {
  return <HelpScreen lines={layout.lines} top={state.screens.help.top} rows={layout.rows} width={layout.width} />;
}
