import { Box, Text } from 'ink';
import { hiddenColumnsHint } from '../../layout.js';
import { type GridLayout, VALUE_WIDTH, YEAR_WIDTH } from './layout.js';
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

/** Cells as rows, inputs first; series show one column per fiscal year, as many as fit, and a sparkline. */
export function Grid({ rows, years, selected, top, firstYear, layout }: GridProps) {
  const shown = rows.slice(top, top + layout.gridRows);
  const { nameWidth, sparkWidth, yearColumns } = layout;
  const shownYears = years.slice(firstYear, firstYear + yearColumns);
  const more = [top > 0 ? '↑' : ' ', top + layout.gridRows < rows.length ? '↓' : ' '].join('');
  const hint = layout.series ? hiddenColumnsHint(firstYear, shownYears.length, years.length) : '';
  return (
    <Box flexDirection="column" width={layout.gridWidth} height={layout.gridRows + 1}>
      <Text bold wrap="truncate">
        {`${more}  Cell`.padEnd(4 + nameWidth)}
        {'Value'.padStart(VALUE_WIDTH)}
        {sparkWidth > 0 ? '  Trend'.padEnd(sparkWidth) : ''}
        {shownYears.map((year) => year.padStart(YEAR_WIDTH)).join('')}
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
        />
      ))}
    </Box>
  );
}
