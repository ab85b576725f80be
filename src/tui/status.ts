import { maxMessageRows } from './layout.js';
import type { Prompt } from './overlays/prompt.js';
import type { Message, Overlay } from './state/types.js';
import { wrapText } from './wrap.js';

/** A line of text for the status line or the line under a prompt, wrapped so every word shows. */
export interface StatusText {
  readonly text: string;
  readonly tone: Message['tone'] | 'question' | 'hint';
}

/** Marks that tell a success from a note and an error without colour. */
const MESSAGE_MARKS: Readonly<Record<Message['tone'], string>> = { info: '✓', note: '·', error: '✗' };

/** The status line, unless a prompt is being typed (the prompt line shows its text and cursor). */
function statusText(overlay: Overlay | undefined, message: Message | undefined): StatusText | undefined {
  if (overlay?.kind === 'question') return { text: overlay.question.text, tone: 'question' };
  if (!message) return undefined;
  return { text: `${MESSAGE_MARKS[message.tone]} ${message.text}`, tone: message.tone };
}

/** Under a prompt: why the last entry was refused, or how to finish. */
function promptHelpText(prompt: Prompt): StatusText {
  if (prompt.problem) return { text: `✗ ${prompt.problem}`, tone: 'error' };
  return { text: `Enter accept · Esc cancel${prompt.hint ? ` · ${prompt.hint}` : ''}`, tone: 'hint' };
}

/** The text as lines of the screen's width, at most `rows` of them; a cut last line ends in "…". */
function statusLines(status: StatusText | undefined, width: number, rows = Infinity): string[] {
  if (!status) return [' '];
  const lines = wrapText(status.text, width);
  if (lines.length <= rows) return lines;
  const kept = lines.slice(0, Math.max(1, rows));
  const last = kept.length - 1;
  kept[last] = `${[...kept[last]!].slice(0, Math.max(0, width - 1)).join('')}…`;
  return kept;
}

/** Text shown as wrapped lines in one tone. */
export interface ShownText {
  readonly tone: StatusText['tone'];
  readonly lines: readonly string[];
}

/**
 * The two parts under the grid: the status line (or the prompt being typed) and the footer (or, under a prompt,
 * its help or why the entry was refused). Messages wrap so every word shows, within what the terminal can spare.
 */
export interface MessageArea {
  readonly status: ShownText | { readonly prompt: Prompt };
  readonly below: ShownText | 'footer';
  /** Screen rows the two take. */
  readonly rows: number;
}

export function messageArea(overlay: Overlay | undefined, message: Message | undefined, width: number, rows: number): MessageArea {
  const limit = maxMessageRows(rows) - 1;
  const shown = (text: StatusText | undefined): ShownText => ({ tone: text?.tone ?? 'info', lines: statusLines(text, width, limit) });
  if (overlay?.kind === 'prompt') {
    const below = shown(promptHelpText(overlay.prompt));
    return { status: { prompt: overlay.prompt }, below, rows: 1 + below.lines.length };
  }
  const status = shown(statusText(overlay, message));
  return { status, below: 'footer', rows: status.lines.length + 1 };
}
