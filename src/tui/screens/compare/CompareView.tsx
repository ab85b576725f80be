import { Box, Text } from 'ink';
import { ERROR, type FormattedComparison, type FormattedRow } from '../../../analysis/index.js';
import { clip, hiddenColumnsHint } from '../../layout.js';
import type { ScreenProps } from '../../screen.js';
import type { CompareNotes } from './compare-notes.js';
import { DIRECTION_MARK, direction } from './comparison-marks.js';
import { CHANGE_WIDTH, type CompareLayout, type CompareScreenLayout, PERCENT_WIDTH } from './layout.js';

export interface CompareViewProps {
  readonly table: FormattedComparison;
  readonly selected: number;
  /** The first row shown. */
  readonly top: number;
  readonly firstColumn: number;
  readonly layout: CompareLayout;
  readonly notes: CompareNotes;
}

const cellColor = (text: string): string | undefined => (text === ERROR ? 'red' : undefined);

function CompareRow({ row, selected, columns, layout }: { row: FormattedRow; selected: boolean; columns: readonly number[]; layout: CompareLayout }) {
  const first = row.values[0] ?? '';
  return (
    <Text inverse={selected} wrap="truncate">
      <Text bold={selected}>{selected ? '› ' : '  '}</Text>
      {clip(row.label, layout.labelWidth).padEnd(layout.labelWidth)}
      <Text color={cellColor(first)}>{first.padStart(layout.valueWidths[0] ?? 12)}</Text>
      {columns.map((index) => {
        const value = row.values[index] ?? '';
        const change = row.differences[index - 1] ?? { absolute: '', relative: '' };
        const way = direction(change.absolute);
        const differs = way === 'up' || way === 'down';
        return (
          <Text key={index}>
            <Text color={cellColor(value) ?? (differs ? 'yellow' : undefined)} bold={differs}>
              {value.padStart(layout.valueWidths[index] ?? 12)}
            </Text>
            <Text color={differs ? 'yellow' : undefined} dimColor={!differs}>
              {`${change.absolute} ${DIRECTION_MARK[way]}`.padStart(CHANGE_WIDTH)}
              {change.relative.padStart(PERCENT_WIDTH)}
            </Text>
          </Text>
        );
      })}
    </Text>
  );
}

/** Scenarios side by side: the current one first, then each other one with its change and % change. */
export function CompareView({ table, selected, top, firstColumn, layout, notes }: CompareViewProps) {
  const shown = table.rows.slice(top, top + layout.rows);
  const others = table.scenarios.length - 1;
  const columns = Array.from({ length: Math.min(layout.groups, others - firstColumn) }, (_, i) => firstColumn + 1 + i);
  const hidden = others - columns.length;
  const more = [top > 0 ? '↑' : ' ', top + layout.rows < table.rows.length ? '↓' : ' '].join('');
  const width = (index: number) => layout.valueWidths[index] ?? 12;
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.rows + 2 + notes.notes.length + notes.errors.length}>
      <Text bold wrap="truncate">
        Compare: {table.scenarios.join(' vs ')}
      </Text>
      <Text bold wrap="truncate">
        {`${more}Cell`.padEnd(2 + layout.labelWidth)}
        {clip(table.scenarios[0] ?? '', width(0) - 1).padStart(width(0))}
        {columns
          .map(
            (index) =>
              clip(table.scenarios[index] ?? '', width(index) - 1).padStart(width(index)) +
              'change'.padStart(CHANGE_WIDTH - 2) +
              '  ' +
              '%'.padStart(PERCENT_WIDTH),
          )
          .join('')}
        {hidden > 0 ? <Text dimColor>{hiddenColumnsHint(firstColumn, columns.length, others)}</Text> : ''}
      </Text>
      {shown.map((row, i) => (
        <CompareRow key={row.label} row={row} selected={top + i === selected} columns={columns} layout={layout} />
      ))}
      <Box flexGrow={1} />
      {notes.notes.map((line) => (
        <Text key={line} dimColor>
          {line}
        </Text>
      ))}
      {notes.errors.map((line) => (
        <Text key={line} color="red">
          {line}
        </Text>
      ))}
    </Box>
  );
}

export function CompareScreen({ state, layout }: ScreenProps<CompareScreenLayout>) {
  const { table, selected, top, firstColumn } = state.screens.compare;
  if (!table) return null;
  return <CompareView table={table.formatted} notes={layout.notes} selected={selected} top={top} firstColumn={firstColumn} layout={layout.layout} />;
}
