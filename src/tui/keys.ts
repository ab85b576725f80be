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

/** A control byte within typed text: Enter, Tab, Backspace, or ^A (0x01) to ^Z (0x1a); others are dropped. */
function controlKey(char: string): KeyName | undefined {
  const named = CONTROL_CHARS[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code >= 1 && code <= 26 ? `ctrl-${String.fromCharCode(code + 96)}` : undefined;
}

/**
 * Turns what Ink's useInput reports into key names. Typing fast (or pasting) can deliver several characters
 * in one call ("jj", or "\r\x150.05\r" for Enter ^U 0.05 Enter), so every character of such a batch is a key,
 * control bytes included.
 */
export function keysOf(input: string, key: Key): KeyName[] {
  if (key.ctrl && input.length === 1) return [`ctrl-${input.toLowerCase()}`];
  for (const [flag, name] of NAMED) if (key[flag] === true) return [name];
  return [...input].flatMap((char) => {
    const control = char < ' ' || char === '\x7f' ? controlKey(char) : char;
    return control ? [control] : [];
  });
}
