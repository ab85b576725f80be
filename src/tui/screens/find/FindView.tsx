import { Box, Text } from 'ink';
import { formatNumber, isSeries } from '../../../engine/index.js';
import { clip } from '../../layout.js';
import type { ScreenProps } from '../../screen.js';
import type { State } from '../../state/types.js';
import type { FindLayout } from './layout.js';
import { isSearch, markedParts } from './matches.js';

/** The value a match shows: a series' last year, as in the grid. */
function shownValue(state: State, name: string): string {
  const compiled = state.sheet.model.cells.get(name);
  const result = state.sheet.evaluation.results.get(name);
  if (!compiled || !result) return '';
  if (!result.ok) return 'error';
  const value = isSeries(result.value) ? result.value.at(-1) : result.value;
  return value === undefined ? '' : formatNumber(value, compiled.cell.unit);
}

const VALUE_WIDTH = 13;

/** The cells whose names match the search, each with its value and description; the matched parts in bold. */
export function FindView({ state, layout }: ScreenProps<FindLayout>) {
  const { matches, selected, top, text } = state.screens.find;
  const { width, rows } = layout;
  const cells = state.sheet.model.cells.size;
  const nameWidth = Math.min(32, Math.max(12, ...matches.map((name) => name.length)));
  const heading = isSearch(text) ? `Find a cell: ${matches.length} of ${cells} match "${text.trim()}"` : `Find a cell: type part of its name (${cells} cells)`;
  return (
    <Box flexDirection="column" width={width} height={rows + 1}>
      <Text bold wrap="truncate">
        {heading}
      </Text>
      {matches.length === 0 ? <Text dimColor> no cell name holds every word typed</Text> : null}
      {matches.slice(top, top + rows).map((name, i) => {
        const chosen = top + i === selected;
        const description = state.sheet.model.cells.get(name)?.cell.description ?? '';
        return (
          <Text key={name} inverse={chosen} wrap="truncate">
            <Text bold={chosen}>{chosen ? '› ' : '  '}</Text>
            {markedParts(clip(name, nameWidth), text).map((part, at) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a part of a name is identified by its place in it
              <Text key={at} bold={part.match} underline={part.match}>
                {part.text}
              </Text>
            ))}
            {' '.repeat(Math.max(0, nameWidth - Math.min(name.length, nameWidth)))}
            {shownValue(state, name).padStart(VALUE_WIDTH)}
            <Text dimColor>{description ? `  ${description}` : ''}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
