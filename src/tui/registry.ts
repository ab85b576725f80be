import type { EffectIo, EffectRunners } from './screen.js';
import { chart } from './screens/chart/index.js';
import { compare } from './screens/compare/index.js';
import { dataTableScreen } from './screens/data-table/index.js';
import { explainScreen } from './screens/explain/index.js';
import { find } from './screens/find/index.js';
import { grid } from './screens/grid/index.js';
import { helpScreen } from './screens/help/index.js';
import { picker } from './screens/picker/index.js';
import { solve } from './screens/solve/index.js';
import { tornado } from './screens/tornado/index.js';

/** Every screen but the help, one line each; the reducer, the footer, the help screen and the layout all read this. */
const SHOWN = {
  grid,
  picker,
  compare,
  chart,
  find,
  solve,
  tornado,
  'data-table': dataTableScreen,
  explain: explainScreen,
} as const;

/** The help lists the keys of every screen above; it opens over any of them. */
export const SCREENS = { ...SHOWN, help: helpScreen(SHOWN) } as const;

type Screens = typeof SCREENS;
export type ScreenId = keyof Screens;

/** Each screen's own state, by screen. */
export type ScreenSlices = { readonly [K in ScreenId]: Screens[K]['initial'] };

type EffectsOf<T> = T extends { readonly effects: infer Runners }
  ? { [K in keyof Runners]: Runners[K] extends (effect: infer E, io: EffectIo) => void ? E : never }[keyof Runners]
  : never;

/** The work outside the reducer that some screen asks for. */
export type ScreenEffect = { [K in ScreenId]: EffectsOf<Screens[K]> }[ScreenId];

export const SCREEN_IDS = Object.keys(SCREENS) as ScreenId[];

export const initialSlices = (): ScreenSlices =>
  Object.fromEntries(SCREEN_IDS.map((id) => [id, SCREENS[id].initial])) as Record<string, unknown> as ScreenSlices;

/**
 * The runners of every screen's effects. Each screen's table is checked to run every kind of its own effects where it
 * is declared; here they are only put together.
 */
export const SCREEN_EFFECTS = Object.assign({}, ...SCREEN_IDS.map((id) => SCREENS[id].effects ?? {})) as EffectRunners<ScreenEffect>;
