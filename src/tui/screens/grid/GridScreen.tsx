import { Box } from 'ink';
import { useMemo, useRef } from 'react';
import { isChangedFromSource } from '../../../analysis/citations.js';
import type { ScreenProps } from '../../screen.js';
import { shownMoney } from '../../state/money.js';
import { changeMark, selectedName } from '../../state/selectors.js';
import { DetailPanel } from './DetailPanel.js';
import { DETAIL_LABEL_WIDTH, type DetailLine, detailOf, detailRows, NUDGING } from './detail.js';
import { Grid } from './Grid.js';
import type { GridScreenLayout } from './layout.js';
import { RowViewCache } from './rows.js';
import { spreadLine } from './spread.js';

/** The cells as rows, and the selected one explained beside or below them. */
export function GridScreen({ state, layout }: ScreenProps<GridScreenLayout>) {
  const cache = useRef(new RowViewCache());
  const { saved, savedResults, sheet } = state;
  const { sources } = state.scenario;
  const basis = useMemo(() => ({ saved, savedResults, sheet }), [saved, savedResults, sheet]);
  // Values in the prices chosen ($); change marks compare the values in cash with the file's.
  const shown = shownMoney(state).sheet;
  const rowViews = useMemo(
    () =>
      [...sheet.model.cells.values()].map((compiled) =>
        cache.current.get(
          compiled,
          shown.evaluation.results.get(compiled.cell.name),
          changeMark(basis, compiled.cell),
          compiled.cell.kind === 'input' && isChangedFromSource(compiled.cell, sources),
        ),
      ),
    [sheet, shown, basis, sources],
  );
  const { selected } = state.screens.grid;
  const name = selectedName(state);
  const found = detailOf(state, name);
  const spread = name === undefined ? undefined : spreadLine(state, name);
  const detail = found && spread ? { ...found, lines: withSpread(found.lines, spread) } : found;
  const side = layout.panel === 'side';
  const panelRows = detailRows(
    detail?.lines ?? [],
    side ? layout.bodyHeight - 1 : layout.panelHeight - 2,
    layout.panelWidth - (side ? 2 : 0) - DETAIL_LABEL_WIDTH,
    layout.focused ? NUDGING : undefined,
  );
  return (
    <Box flexDirection={side ? 'row' : 'column'} height={layout.bodyHeight}>
      <Grid
        rows={rowViews}
        years={sheet.evaluation.years}
        selected={selected}
        window={layout.window}
        firstYear={layout.firstYear}
        layout={layout}
        {...(layout.focused ? { focused: layout.focused } : {})}
        {...(layout.spreads ? { spreads: layout.spreads } : {})}
        real={state.money === 'real' && shown !== sheet}
      />
      <DetailPanel title={detail?.title} rows={panelRows} width={layout.panelWidth} height={side ? undefined : layout.panelHeight} />
    </Box>
  );
}

/** The spread goes after the formula, by the value it is about. */
function withSpread(lines: readonly DetailLine[], spread: DetailLine): DetailLine[] {
  const at = lines.findIndex((line) => line.label === 'Formula');
  return at < 0 ? [...lines, spread] : [...lines.slice(0, at + 1), spread, ...lines.slice(at + 1)];
}
