import { Box, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Scenario } from '../scenario/index.js';
import { Footer } from './components/Footer.js';
import { PromptLine, StatusText } from './components/StatusLine.js';
import { TitleBar } from './components/TitleBar.js';
import { runEffect } from './effects.js';
import { hintsFor } from './keymap.js';
import { keysOf } from './keys.js';
import { MIN_COLUMNS } from './layout.js';
import { SCREEN_IDS, SCREENS } from './registry.js';
import type { EffectIo, Ending, Frame } from './screen.js';
import { initialState, type Opening, reducer } from './state/reducer.js';
import { isDirty } from './state/selectors.js';
import { topScreen } from './state/stack.js';
import type { Action, ScreenFits, State } from './state/types.js';
import { messageArea } from './status.js';
import { type TerminalSize, useTerminalSize } from './use-terminal-size.js';

/** What the app exits with when the user quits, as opposed to being stopped. */
export const QUIT: Ending = 'quit';

export interface AppProps {
  readonly scenario: Scenario;
  /** For tests: a fixed size instead of the terminal's. */
  readonly size?: TerminalSize;
  /** Recovered edits to offer back, or a note, found when the file was opened. */
  readonly opening?: Opening;
  /** Told of every new state, so unsaved edits can be written out if the process is stopped. */
  readonly onState?: (state: State) => void;
}

const sameFit = (a: object, b: object): boolean => {
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((key) => x[key] === y[key]);
};

/** Work the reducer asked for (saving, reading files, exiting) happens here, outside the pure reducer. */
function useEffects(state: State, dispatch: (action: Action) => void): void {
  const { exit } = useApp();
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    if (state.effects.length === 0) return;
    const effects = state.effects;
    dispatch({ type: 'effects-taken', count: effects.length });
    const io: EffectIo = { state: () => stateRef.current, dispatch, exit: (ending = QUIT) => exit(ending) };
    for (const effect of effects) runEffect(effect, io);
  }, [state.effects, dispatch, exit]);
}

export function App({ scenario, size, opening, onState }: AppProps) {
  const [state, dispatch] = useReducer(reducer, scenario, (loaded) => initialState(loaded, opening));
  onState?.(state);
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;

  useInput((input, key) => {
    const keys = keysOf(input, key);
    if (keys.length > 0) dispatch({ type: 'keys', keys });
  });
  useEffects(state, dispatch);

  const width = Math.max(MIN_COLUMNS, columns);
  const messages = messageArea(state.overlay, state.message, width, rows);
  const frame: Frame = { columns, rows, messageRows: messages.rows };
  // Every screen is laid out, shown or not, so that a screen opened by a key knows its size for the keys after it.
  const laidOut = SCREEN_IDS.map((id) => ({ id, ...SCREENS[id].render(frame, state) }));
  const top = topScreen(state);
  const shown = laidOut.find(({ id }) => id === top);

  // The reducer keeps selections in view with each screen's size as its layout measured it.
  useEffect(() => {
    const changed = laidOut.filter(({ id, fit }) => !sameFit(fit, state.screens[id].fit));
    if (changed.length > 0) dispatch({ type: 'layout', fits: Object.fromEntries(changed.map(({ id, fit }) => [id, fit])) as Partial<ScreenFits> });
  });

  const { saved, savedResults, sheet } = state;
  const dirty = useMemo(() => isDirty({ saved, savedResults, sheet }), [saved, savedResults, sheet]);

  return (
    <Box flexDirection="column" width={width}>
      <TitleBar name={state.scenario.name} file={state.scenario.file} dirty={dirty} width={width} />
      {shown ? <Box key={shown.id}>{shown.draw()}</Box> : null}
      {'prompt' in messages.status ? <PromptLine prompt={messages.status.prompt} /> : <StatusText text={messages.status} />}
      {messages.below === 'footer' ? <Footer hints={hintsFor(state)} width={width} /> : <StatusText text={messages.below} />}
    </Box>
  );
}
