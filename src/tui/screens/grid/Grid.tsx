import { Box, Text } from 'ink';
import { hiddenColumnsHint } from '../../layout.js';
import type { GridLayout } from './layout.js';
import { Row } from './Row.js';
import type { RowView } from './rows.js';

export interface GridProps {
  readonly rows: readonly RowView[];
  readonly years: readonly string[];
  readonly selected: number;
  /** The first row shown. */
  readonly top: number;
  readonly firstYear: number;
  readonly layout: GridLayout;
}

/** The Value column's header: which year a series shows there, its last (`Value 2020/21`). */
export const valueHeaderOf = (series: boolean, years: readonly string[]): string => (series && years.length > 0 ? `Value ${years.at(-1)}` : 'Value');

/** Cells as rows, inputs first; series show one column per fiscal year, as many as fit, and a sparkline. */
export function Grid({ rows, years, selected, top, firstYear, layout }: GridProps) {
  const shown = rows.slice(top, top + layout.gridRows);
  const { nameWidth, sparkWidth, yearColumns, valueWidth, yearWidth } = layout;
  const shownYears = years.slice(firstYear, firstYear + yearColumns);
  const more = [top > 0 ? '↑' : ' ', top + layout.gridRows < rows.length ? '↓' : ' '].join('');
  const hint = layout.series ? hiddenColumnsHint(firstYear, shownYears.length, years.length) : '';
  const valueHeader = valueHeaderOf(layout.series, years);
  return (
    <Box flexDirection="column" width={layout.gridWidth} height={layout.gridRows + 1}>
      <Text bold wrap="truncate">
        {`${more}  Cell`.padEnd(4 + nameWidth + valueWidth - valueHeader.length)}
        {valueHeader}
        {sparkWidth > 0 ? '  Trend'.padEnd(sparkWidth) : ''}
        {shownYears.map((year) => year.padStart(yearWidth)).join('')}
        {hint ? <Text dimColor>{hint}</Text> : ''}
      </Text>
      {shown.map((view, i) => (
        <Row
          key={view.name}
          view={view}
          selected={top + i === selected}
          nameWidth={nameWidth}
          sparkWidth={sparkWidth}
          firstYear={firstYear}
          yearColumns={yearColumns}
          valueWidth={valueWidth}
          yearWidth={yearWidth}
        />
      ))}
    </Box>
  );
}
