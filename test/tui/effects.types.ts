// Checked by tsc (npm test runs it first), not run: a screen that asks for work must run every kind of it.
import type { Screen } from '../../src/tui/screen.js';

type Work = { readonly kind: 'read'; readonly file: string } | { readonly kind: 'write'; readonly file: string };
type Parts = Omit<Screen<{ readonly fit: object }>, 'effects'>;
declare const parts: Parts;

export const runsEveryKind: Screen<{ readonly fit: object }, Work> = { ...parts, effects: { read: () => {}, write: () => {} } };

// @ts-expect-error: no runner for 'write'
export const missesAKind: Screen<{ readonly fit: object }, Work> = { ...parts, effects: { read: () => {} } };

// @ts-expect-error: no runners at all
export const runsNothing: Screen<{ readonly fit: object }, Work> = { ...parts };
