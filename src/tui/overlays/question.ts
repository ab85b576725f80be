import type { FooterHint } from '../footer-hints.js';
import type { KeyName } from '../keys.js';
import type { State } from '../state/types.js';

/** One way to answer a question: its keys, how the footer shows them, and what it does. */
export interface Answer {
  readonly answer: 'save' | 'discard' | 'cancel' | 'yes' | 'no' | 'keep' | 'extend' | 'copy';
  /** Key names as keysOf produces them; a letter works in either case. */
  readonly keys: readonly KeyName[];
  /** How the footer writes the keys. */
  readonly label: string;
  readonly hint: string;
  /** Given the state with the question closed. */
  readonly run: (state: State) => State;
}

/** A question answered by one key, over the screen on top; other keys do nothing while it is asked. */
export interface Question {
  /** Which question it is, such as `quit` or `overwrite`. */
  readonly kind: string;
  readonly text: string;
  readonly answers: readonly Answer[];
}

export const ask = (state: State, question: Question): State => ({ ...state, overlay: { kind: 'question', question } });

export const answerFor = (question: Question, key: KeyName): Answer | undefined =>
  question.answers.find((answer) => answer.keys.includes(key.length === 1 ? key.toLowerCase() : key));

/** A key while the question is asked: an answer closes it and acts, back on the screen under it. */
export function answerKey(state: State, question: Question, key: KeyName): State {
  const answer = answerFor(question, key);
  return answer ? answer.run({ ...state, overlay: undefined }) : state;
}

/** The footer while the question is asked: its answers. */
export const answerHints = (question: Question): FooterHint[] => question.answers.map(({ label, hint }) => ({ keys: label, hint, rank: 0 }));
