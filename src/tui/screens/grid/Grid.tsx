import { Box, Text } from 'ink';
import { clip, hiddenColumnsHint } from '../../layout.js';
import type { GridLayout } from './layout.js';
import type { GridWindow } from './pinned.js';
import { Row } from './Row.js';
import type { RowView } from './rows.js';

export interface GridProps {
  readonly rows: readonly RowView[];
  readonly years: readonly string[];
  readonly selected: number;
  /** The rows shown, and those pinned under them. */
  readonly window: GridWindow;
  readonly firstYear: number;
  readonly layout: GridLayout;
  /** The input whose changes are pinned, named on the line above them. */
  readonly focused?: string;
  /** Money is shown in the base year's prices. */
  readonly real?: boolean;
  /** Each formula cell's p5–p95 text, while that column is on. */
  readonly spreads?: ReadonlyMap<string, string>;
}

/** The Value column's header: which year a series shows there, its last (`Value 2020/21`), and whether in real terms. */
export function valueHeaderOf(series: boolean, years: readonly string[], real = false): string {
  const label = real ? 'Real value' : 'Value';
  return series && years.length > 0 ? `${label} ${years.at(-1)}` : label;
}

/** The p5–p95 column's header, for the same year as the Value column; in cash (as simulate gives it) while values are real. */
export const spreadHeaderOf = (series: boolean, years: readonly string[], real = false): string =>
  `${series && years.length > 0 ? `p5–p95 ${years.at(-1)}` : 'p5–p95'}${real ? ' cash' : ''}`;

/** The line above the pinned rows: what they are, and how many more the input changes that do not fit. */
export const pinnedLine = (input: string, more: number): string => `  ⋮ further down, changed by ${input}${more > 0 ? ` (and ${more} more)` : ''}:`;

/**
 * Cells as rows, inputs first; series show one column per fiscal year, as many as fit, and a sparkline. While an
 * input is selected on a short screen, the cells it changes that would be off screen are pinned under the rest.
 */
export function Grid({ rows, years, selected, window, firstYear, layout, focused, real = false, spreads }: GridProps) {
  const { top } = window;
  const shown = rows.slice(top, top + window.rows);
  const { nameWidth, sparkWidth, yearColumns, valueWidth, yearWidth, spreadWidth } = layout;
  const shownYears = years.slice(firstYear, firstYear + yearColumns);
  const more = [top > 0 ? '↑' : ' ', top + window.rows < rows.length ? '↓' : ' '].join('');
  const hint = layout.series ? hiddenColumnsHint(firstYear, shownYears.length, years.length) : '';
  const valueHeader = valueHeaderOf(layout.series, years, real);
  const row = (view: RowView, index: number) => (
    <Row
      key={view.name}
      view={view}
      selected={index === selected}
      nameWidth={nameWidth}
      sparkWidth={sparkWidth}
      firstYear={firstYear}
      yearColumns={yearColumns}
      valueWidth={valueWidth}
      yearWidth={yearWidth}
      spreadWidth={spreadWidth}
      {...(spreads?.has(view.name) ? { spread: spreads.get(view.name)! } : {})}
    />
  );
  return (
    <Box flexDirection="column" width={layout.gridWidth} height={layout.gridRows + 1}>
      <Text bold wrap="truncate">
        {`${more}  Cell`.padEnd(4 + nameWidth + valueWidth - valueHeader.length)}
        {valueHeader}
        {spreadWidth > 0 ? clip(spreadHeaderOf(layout.series, years, real), spreadWidth - 1).padStart(spreadWidth) : ''}
        {sparkWidth > 0 ? '  Trend'.padEnd(sparkWidth) : ''}
        {shownYears.map((year) => year.padStart(yearWidth)).join('')}
        {hint ? <Text dimColor>{hint}</Text> : ''}
      </Text>
      {shown.map((view, i) => row(view, top + i))}
      {window.pinned.length > 0 && focused ? (
        <Text dimColor wrap="truncate">
          {clip(pinnedLine(focused, window.more), layout.gridWidth)}
        </Text>
      ) : null}
      {window.pinned.map((index) => {
        const view = rows[index];
        return view ? row(view, index) : null;
      })}
    </Box>
  );
}
