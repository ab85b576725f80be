import { Box, Text } from 'ink';
import { ERROR, type FormattedComparison } from '../../../analysis/index.js';
import { clip, hiddenColumnsHint } from '../../layout.js';
import type { ScreenProps } from '../../screen.js';
import type { CompareNotes } from './compare-notes.js';
import { DIRECTION_MARK, direction } from './comparison-marks.js';
import type { CompareLayout, CompareScreenLayout } from './layout.js';
import type { ShownRow } from './rows.js';

export interface CompareViewProps {
  readonly table: FormattedComparison;
  readonly rows: readonly ShownRow[];
  readonly selected: number;
  /** The first row shown. */
  readonly top: number;
  readonly firstColumn: number;
  readonly layout: CompareLayout;
  readonly notes: CompareNotes;
}

const cellColor = (text: string): string | undefined => (text === ERROR ? 'red' : undefined);

function CompareRow({ shown, selected, columns, layout }: { shown: ShownRow; selected: boolean; columns: readonly number[]; layout: CompareLayout }) {
  const { row, label } = shown;
  const first = row.values[0] ?? '';
  return (
    <Text inverse={selected} wrap="truncate">
      <Text bold={selected}>{selected ? '› ' : '  '}</Text>
      {clip(label, layout.labelWidth).padEnd(layout.labelWidth)}
      <Text color={cellColor(first)}>{first.padStart(layout.referenceWidth)}</Text>
      {columns.map((index) => {
        const value = row.values[index] ?? '';
        const change = row.differences[index - 1] ?? { absolute: '', relative: '' };
        const way = direction(change.absolute);
        const differs = way === 'up' || way === 'down';
        return (
          <Text key={index}>
            <Text color={cellColor(value) ?? (differs ? 'yellow' : undefined)} bold={differs}>
              {value.padStart(layout.valueWidth)}
            </Text>
            <Text color={differs ? 'yellow' : undefined} dimColor={!differs}>
              {`${change.absolute} ${DIRECTION_MARK[way]}`.padStart(layout.changeWidth)}
              {change.relative.padStart(layout.percentWidth)}
            </Text>
          </Text>
        );
      })}
    </Text>
  );
}

/**
 * The column header, bottom-aligned on one to three rows: each scenario's name over its values, broken between words,
 * and over the changes of each compared scenario `change` and `%` on the last row.
 */
function headerRows(layout: CompareLayout, columns: readonly number[], more: string): string[] {
  const { headerRows: count, headers, labelWidth, referenceWidth, valueWidth, changeWidth, percentWidth } = layout;
  const lineOf = (index: number, row: number): string => {
    const lines = headers[index] ?? [];
    return lines[row - (count - lines.length)] ?? '';
  };
  return Array.from({ length: count }, (_, row) => {
    const last = row === count - 1;
    const cell = last ? `${more}Cell` : '';
    const groups = columns.map(
      (index) =>
        lineOf(index, row).padStart(valueWidth) +
        (last ? `${'change'.padStart(changeWidth - 2)}  ${'%'.padStart(percentWidth)}` : ' '.repeat(changeWidth + percentWidth)),
    );
    return `${cell.padEnd(2 + labelWidth)}${lineOf(0, row).padStart(referenceWidth)}${groups.join('')}`.trimEnd();
  });
}

/** Scenarios side by side: the reference first, then each other one with its change and % change against it. */
export function CompareView({ table, rows, selected, top, firstColumn, layout, notes }: CompareViewProps) {
  const shown = rows.slice(top, top + layout.rows);
  const others = table.scenarios.length - 1;
  const columns = Array.from({ length: Math.min(layout.groups, others - firstColumn) }, (_, i) => firstColumn + 1 + i);
  const more = [top > 0 ? '↑' : ' ', top + layout.rows < rows.length ? '↓' : ' '].join('');
  const hint = columns.length < others ? hiddenColumnsHint(firstColumn, columns.length, others) : '';
  const header = headerRows(layout, columns, more);
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.rows + 1 + layout.headerRows + notes.notes.length + notes.errors.length}>
      <Text bold wrap="truncate">
        Compare: {table.scenarios.join(' vs ')}
      </Text>
      {header.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a header row is identified by its place in the header
        <Text key={i} bold wrap="truncate">
          {line}
          {i === header.length - 1 && hint ? <Text dimColor>{hint}</Text> : ''}
        </Text>
      ))}
      {shown.length === 0 ? <Text dimColor> no row differs from the reference (f shows every row)</Text> : null}
      {shown.map((row, i) => (
        <CompareRow key={row.label} shown={row} selected={top + i === selected} columns={columns} layout={layout} />
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
  return (
    <CompareView
      table={table.formatted}
      rows={layout.rows}
      notes={layout.notes}
      selected={selected}
      top={top}
      firstColumn={firstColumn}
      layout={layout.layout}
    />
  );
}
