import { Box, Text } from 'ink';
import { memo } from 'react';
import { clip } from '../../layout.js';
import type { RowView } from './rows.js';

export interface RowProps {
  readonly view: RowView;
  readonly selected: boolean;
  readonly nameWidth: number;
  readonly sparkWidth: number;
  readonly firstYear: number;
  readonly yearColumns: number;
  readonly valueWidth: number;
  readonly yearWidth: number;
  /** The p5–p95 text beside the value, and its column's width (0 while it is off). */
  readonly spread?: string;
  readonly spreadWidth: number;
}

const MARKS = { new: '+', changed: '*', moved: '~' } as const;
/** An input whose value differs from what its source supports. */
export const FROM_SOURCE_MARK = '≠';

/**
 * One cell as a grid line. `›` marks the selection so it shows without colour; `*` edited, `~` value moved, `+`
 * added, `!` error; `≠` after the value of an input that differs from what its source supports (inputs have no year
 * columns, so it takes no room from them). The name and the numbers are separate texts: Ink measures a text again whenever it changes,
 * and the name, which rarely changes, is plain ASCII, which it measures quickly.
 */
function RowLine({ view, selected, nameWidth, sparkWidth, firstYear, yearColumns, valueWidth, yearWidth, spread = '', spreadWidth }: RowProps) {
  const mark = view.error ? '!' : view.mark ? MARKS[view.mark] : ' ';
  const markColor = view.error ? 'red' : view.mark === 'new' ? 'green' : view.mark === 'moved' ? 'magenta' : 'yellow';
  const valueColor = view.error ? 'red' : view.mark === 'moved' ? 'magenta' : view.mark ? 'yellow' : undefined;
  const years = view.years?.slice(firstYear, firstYear + yearColumns) ?? [];
  return (
    <Box>
      <Text inverse={selected} wrap="truncate">
        <Text bold={selected}>{selected ? '› ' : '  '}</Text>
        <Text color={markColor}>{mark} </Text>
        <Text color={view.kind === 'input' ? 'cyan' : undefined} bold={view.kind === 'input'}>
          {clip(view.name, nameWidth).padEnd(nameWidth)}
        </Text>
      </Text>
      <Text inverse={selected} wrap="truncate">
        {view.fromSource ? (
          // The mark takes the value column's last two places, so the year columns stay aligned.
          <Text>
            <Text color={valueColor}>{clip(view.value, valueWidth - 3).padStart(valueWidth - 2)}</Text>
            <Text color="yellow">{` ${FROM_SOURCE_MARK}`}</Text>
          </Text>
        ) : (
          <Text color={valueColor}>{clip(view.value, valueWidth - 1).padStart(valueWidth)}</Text>
        )}
        {spreadWidth > 0 && <Text dimColor>{clip(spread, spreadWidth - 1).padStart(spreadWidth)}</Text>}
        {sparkWidth > 0 && <Text color="green">{`  ${view.spark}`.padEnd(sparkWidth)}</Text>}
        <Text color={valueColor}>{years.map((year) => year.padStart(yearWidth)).join('')}</Text>
      </Text>
    </Box>
  );
}

export const Row = memo(RowLine);
