import { dirname } from 'node:path';
import { Box, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Scenario } from '../scenario/index.js';
import { compareNotes } from './compare-notes.js';
import { CompareView } from './components/CompareView.js';
import { DetailPanel } from './components/DetailPanel.js';
import { Footer } from './components/Footer.js';
import { Grid } from './components/Grid.js';
import { HelpScreen } from './components/HelpScreen.js';
import { Picker } from './components/Picker.js';
import { PromptLine, StatusText } from './components/StatusLine.js';
import { TitleBar } from './components/TitleBar.js';
import { DETAIL_LABEL_WIDTH, detailOf, detailRows } from './detail.js';
import { runSave } from './effects.js';
import { helpLines, helpRows } from './help.js';
import { hintsFor } from './keymap.js';
import { keysOf } from './keys.js';
import { compareLayout, MIN_COLUMNS, pickerRows, screenLayout } from './layout.js';
import { removeRecovery } from './recovery.js';
import { RowViewCache } from './rows.js';
import { scenarioFile, scenarioFiles } from './scenario-files.js';
import { currentName } from './state/compare.js';
import { initialState, type Opening, reducer } from './state/reducer.js';
import { changeMark, isDirty, selectedName } from './state/selectors.js';
import type { Layout, State } from './state/types.js';
import { messageArea } from './status.js';
import { type TerminalSize, useTerminalSize } from './use-terminal-size.js';

/** What the app exits with when the user quits, as opposed to being stopped. */
export const QUIT = 'quit';

export interface AppProps {
  readonly scenario: Scenario;
  /** For tests: a fixed size instead of the terminal's. */
  readonly size?: TerminalSize;
  /** Recovered edits to offer back, or a note, found when the file was opened. */
  readonly opening?: Opening;
  /** Told of every new state, so unsaved edits can be written out if the process is stopped. */
  readonly onState?: (state: State) => void;
}

export function App({ scenario, size, opening, onState }: AppProps) {
  const [state, dispatch] = useReducer(reducer, scenario, (loaded) => initialState(loaded, opening));
  onState?.(state);
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;

  useInput((input, key) => {
    const keys = keysOf(input, key);
    if (keys.length > 0) dispatch({ type: 'keys', keys });
  });

  // Work the reducer asked for: saving and exiting happen here, outside the pure reducer.
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    if (state.effects.length === 0) return;
    const effects = state.effects;
    dispatch({ type: 'effects-taken', count: effects.length });
    for (const effect of effects) {
      if (effect.kind === 'exit') {
        // A clean quit or discard: the edits were saved or let go on purpose.
        removeRecovery(stateRef.current.scenario.file);
        exit(QUIT);
      } else if (effect.kind === 'discard-recovery') removeRecovery(stateRef.current.scenario.file);
      else if (effect.kind === 'save') runSave(effect, stateRef.current, dispatch);
      else if (effect.kind === 'list-scenarios') dispatch({ type: 'scenarios-listed', files: scenarioFiles(effect.dir, stateRef.current.scenario.file) });
      else dispatch({ type: 'scenario-opened', file: scenarioFile(effect.file, stateRef.current.scenario.file) });
    }
  }, [state.effects, exit]);

  const { model, evaluation } = state.sheet;
  const cache = useRef(new RowViewCache());
  const { saved, savedResults, sheet } = state;
  const basis = useMemo(() => ({ saved, savedResults, sheet }), [saved, savedResults, sheet]);
  const rowViews = useMemo(
    () =>
      [...sheet.model.cells.values()].map((compiled) =>
        cache.current.get(compiled, sheet.evaluation.results.get(compiled.cell.name), changeMark(basis, compiled.cell)),
      ),
    [sheet, basis],
  );
  const hasSeries = useMemo(() => [...model.cells.values()].some((compiled) => compiled.series), [model]);
  const longestName = useMemo(() => Math.max(4, ...[...model.cells.keys()].map((name) => name.length)), [model]);
  const { mode } = state;
  const messages = messageArea(mode, state.message, Math.max(MIN_COLUMNS, columns), rows);
  const layout = screenLayout(columns, rows, { longestName, years: evaluation.years.length, hasSeries, cells: model.cells.size, messageRows: messages.rows });
  const table = state.compare.table?.formatted;
  const everyYear = state.compare.seriesRows === 'every-year';
  const notes = useMemo(() => compareNotes(table, everyYear, Math.max(MIN_COLUMNS, columns)), [table, everyYear, columns]);
  const comparing = useMemo(
    () =>
      compareLayout(columns, rows, table?.rows.map((row) => row.label) ?? [], table?.scenarios ?? [], messages.rows, notes.notes.length + notes.errors.length),
    [columns, rows, table, messages.rows, notes],
  );

  const bodyHeight = layout.gridRows + 1 + layout.panelHeight;
  const help = useMemo(() => helpLines(layout.columns), [layout.columns]);
  const helpShown = helpRows(bodyHeight);

  useEffect(() => {
    const wanted: Layout = {
      rows: layout.gridRows,
      yearColumns: layout.yearColumns,
      compareRows: comparing.rows,
      compareColumns: comparing.groups,
      pickerRows: pickerRows(bodyHeight),
      helpLines: help.length,
      helpRows: helpShown,
    };
    const had = state.layout;
    if ((Object.keys(wanted) as (keyof Layout)[]).some((key) => had[key] !== wanted[key])) dispatch({ type: 'layout', layout: wanted });
  }, [layout.gridRows, layout.yearColumns, comparing.rows, comparing.groups, bodyHeight, help, helpShown, state.layout]);

  const dirty = useMemo(() => isDirty(basis), [basis]);
  const detail = detailOf(state, selectedName(state));
  const side = layout.panel === 'side';
  const panelRows = detailRows(detail?.lines ?? [], side ? bodyHeight - 1 : layout.panelHeight - 2, layout.panelWidth - (side ? 2 : 0) - DETAIL_LABEL_WIDTH);

  return (
    <Box flexDirection="column" width={layout.columns}>
      <TitleBar name={state.scenario.name} file={state.scenario.file} dirty={dirty} width={layout.columns} />
      {mode.kind === 'help' ? (
        <HelpScreen lines={help} top={mode.top} rows={helpShown} width={layout.columns} />
      ) : mode.kind === 'picker' || (mode.kind === 'prompt' && mode.prompt.purpose.kind === 'open-file') ? (
        <Picker compare={state.compare} dir={dirname(state.scenario.file)} current={currentName(state)} width={layout.columns} rows={pickerRows(bodyHeight)} />
      ) : mode.kind === 'compare' && table ? (
        <CompareView
          table={table}
          notes={notes}
          selected={state.compare.row}
          top={state.compare.rowTop}
          firstColumn={state.compare.firstColumn}
          layout={comparing}
        />
      ) : (
        <Box flexDirection={side ? 'row' : 'column'} height={bodyHeight}>
          <Grid rows={rowViews} years={evaluation.years} selected={state.selected} top={state.gridTop} firstYear={state.firstYear} layout={layout} />
          <DetailPanel title={detail?.title} rows={panelRows} width={layout.panelWidth} height={side ? undefined : layout.panelHeight} />
        </Box>
      )}
      {'prompt' in messages.status ? <PromptLine prompt={messages.status.prompt} /> : <StatusText text={messages.status} />}
      {messages.below === 'footer' ? <Footer hints={hintsFor(mode)} width={layout.columns} /> : <StatusText text={messages.below} />}
    </Box>
  );
}
