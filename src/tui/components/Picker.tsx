import { Box, Text } from 'ink';
import { clip, PICKER_CHROME_ROWS } from '../layout.js';
import type { CompareState } from '../state/types.js';

export interface PickerProps {
  readonly compare: CompareState;
  /** The open file's folder, where the files listed are. */
  readonly dir: string;
  /** The first column's name: the scenario being edited. */
  readonly current: string;
  readonly width: number;
  /** Files that fit (see pickerRows); the picker is three rows taller. */
  readonly rows: number;
}

/** Scenario files to compare with the one being edited; files that fail to load show why and cannot be chosen. */
export function Picker({ compare, dir, current, width, rows }: PickerProps) {
  const top = compare.fileTop;
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
        <Text dimColor> (always the first column)</Text>
      </Text>
      {compare.loading && compare.files.length === 0 ? <Text dimColor>listing scenario files…</Text> : null}
      {!compare.loading && compare.files.length === 0 ? <Text dimColor>no scenario files here; press o to open one by its path</Text> : null}
      {shown.map((file, i) => {
        const selected = top + i === compare.cursor;
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
