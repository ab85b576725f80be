import type { Key } from 'ink';

/** A key press as the reducer sees it: a printable character, or a named key such as "enter" or "ctrl-r". */
export type KeyName = string;

const NAMED: readonly [keyof Key, KeyName][] = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['tab', 'tab'],
  ['backspace', 'backspace'],
  // Most terminals send DEL (0x7f) for the Backspace key, which Ink reports as `delete`.
  ['delete', 'backspace'],
];

const CONTROL_CHARS: Readonly<Record<string, KeyName>> = { '\r': 'enter', '\n': 'enter', '\x7f': 'backspace', '\b': 'backspace', '\t': 'tab' };

/**
 * Turns what Ink's useInput reports into key names. Typing fast (or pasting) can deliver several characters
 * in one call ("jj"), so plain text is split into one key per character.
 */
export function keysOf(input: string, key: Key): KeyName[] {
  if (key.ctrl && input.length === 1) return [`ctrl-${input.toLowerCase()}`];
  for (const [flag, name] of NAMED) if (key[flag] === true) return [name];
  return [...input].flatMap((char) => {
    const control = CONTROL_CHARS[char];
    if (control) return [control];
    return char >= ' ' ? [char] : [];
  });
}
