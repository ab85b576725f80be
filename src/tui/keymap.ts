import { type FooterHint, footerHints } from './footer-hints.js';
import type { KeyName } from './keys.js';
import { answerHints } from './overlays/question.js';
import { SCREEN_IDS, SCREENS, type ScreenId } from './registry.js';
import type { Binding } from './screen.js';
import { bindingsOn } from './screen-keys.js';
import { topScreen } from './state/stack.js';
import type { State } from './state/types.js';

export { type FooterHint, fittingHints } from './footer-hints.js';

/** A table with one entry for each screen. */
const byScreen = <T>(entry: (id: ScreenId) => T): Readonly<Record<ScreenId, T>> =>
  Object.fromEntries(SCREEN_IDS.map((id) => [id, entry(id)])) as Record<string, T> as Record<ScreenId, T>;

const BINDINGS = byScreen((id): readonly Binding[] => bindingsOn(SCREENS, id));
const BY_KEY = byScreen((id): ReadonlyMap<KeyName, Binding> => new Map(BINDINGS[id].flatMap((binding) => binding.keys.map((key) => [key, binding] as const))));
const HINTS = byScreen((id): readonly FooterHint[] => footerHints(BINDINGS[id]));

/** Every key of a screen: its own, those other screens add to it, and the app's (? help, q quit) unless it opts out. */
export const bindingsFor = (screen: ScreenId): readonly Binding[] => BINDINGS[screen];

/** What `key` does on `screen`, if anything. */
export const bindingFor = (screen: ScreenId, key: KeyName): Binding | undefined => BY_KEY[screen].get(key);

/** The footer's hints for a screen. */
export const footerHintsFor = (screen: ScreenId): readonly FooterHint[] => HINTS[screen];

/** The footer's hints for what is on screen: a question's answers while it is asked, else the keys of the screen on top. */
export function hintsFor(state: State): readonly FooterHint[] {
  return state.overlay?.kind === 'question' ? answerHints(state.overlay.question) : HINTS[topScreen(state)];
}
