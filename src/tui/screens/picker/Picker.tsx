import { dirname } from 'node:path';
import { Box, Text } from 'ink';
import { clip } from '../../layout.js';
import type { ScreenProps } from '../../screen.js';
import { currentName } from '../../state/selectors.js';
import { PICKER_CHROME_ROWS, type PickerLayout } from './layout.js';

/** Scenario files to compare with the one being edited; files that fail to load show why and cannot be chosen. */
export function Picker({ state, layout }: ScreenProps<PickerLayout>) {
  const compare = state.screens.picker;
  const { width, rows } = layout;
  const dir = dirname(state.scenario.file);
  const current = currentName(state);
  const top = compare.top;
  const shown = compare.files.slice(top, top + rows);
  const fileWidth = Math.min(40, Math.max(12, ...compare.files.map((file) => file.file.length)));
  return (
    <Box flexDirection="column" width={width} height={rows + PICKER_CHROME_ROWS}>
      <Text bold wrap="truncate">
        Compare with files in {dir}: Space chooses, Enter compares, o opens another file
      </Text>
      <Text wrap="truncate">
        {'  [•] '}
        <Text bold>{current}</Text>
        <Text dimColor> (being edited: always compared)</Text>
      </Text>
      {compare.loading && compare.files.length === 0 ? <Text dimColor>listing scenario files…</Text> : null}
      {!compare.loading && compare.files.length === 0 ? <Text dimColor>no scenario files here; press o to open one by its path</Text> : null}
      {shown.map((file, i) => {
        const selected = top + i === compare.selected;
        const chosen = compare.chosen.includes(file.path);
        return (
          <Text key={file.path} inverse={selected} wrap="truncate">
            <Text bold={selected}>{selected ? '› ' : '  '}</Text>
            {file.result ? <Text color={chosen ? 'green' : undefined}>{chosen ? '[x] ' : '[ ] '}</Text> : <Text color="red">{' !  '}</Text>}
            {clip(file.file, fileWidth).padEnd(fileWidth)}
            {'  '}
            {file.result ? <Text>{file.result.name}</Text> : <Text color="red">✗ {file.problem?.split('\n').join(' · ')}</Text>}
          </Text>
        );
      })}
    </Box>
  );
}
