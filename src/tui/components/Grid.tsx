import { useRef } from 'react';
import { Box, Text } from 'ink';
import { hiddenYearsHint, scrollTop, VALUE_WIDTH, YEAR_WIDTH, type ScreenLayout } from '../layout.js';
import type { RowView } from '../rows.js';
import { Row } from './Row.js';

export interface GridProps {
  readonly rows: readonly RowView[];
  readonly years: readonly string[];
  readonly selected: number;
  readonly firstYear: number;
  readonly layout: ScreenLayout;
}

/** Cells as rows, inputs first; series show one column per fiscal year, as many as fit, and a sparkline. */
export function Grid({ rows, years, selected, firstYear, layout }: GridProps) {
  const top = useRef(0);
  top.current = scrollTop(top.current, selected, layout.gridRows, rows.length);
  const shown = rows.slice(top.current, top.current + layout.gridRows);
  const { nameWidth, sparkWidth, yearColumns } = layout;
  const shownYears = years.slice(firstYear, firstYear + yearColumns);
  const more = [top.current > 0 ? '↑' : ' ', top.current + layout.gridRows < rows.length ? '↓' : ' '].join('');
  const hint = layout.series ? hiddenYearsHint(firstYear, shownYears.length, years.length) : '';
  return (
    <Box flexDirection="column" width={layout.gridWidth} height={layout.gridRows + 1}>
      <Text bold wrap="truncate">
        {(more + '  ' + 'Cell').padEnd(4 + nameWidth)}
        {'Value'.padStart(VALUE_WIDTH)}
        {sparkWidth > 0 ? '  Trend'.padEnd(sparkWidth) : ''}
        {shownYears.map((year) => year.padStart(YEAR_WIDTH)).join('')}
        {hint ? <Text dimColor>{hint}</Text> : ''}
      </Text>
      {shown.map((view, i) => (
        <Row
          key={view.name}
          view={view}
          selected={top.current + i === selected}
          nameWidth={nameWidth}
          sparkWidth={sparkWidth}
          firstYear={firstYear}
          yearColumns={yearColumns}
        />
      ))}
    </Box>
  );
}
