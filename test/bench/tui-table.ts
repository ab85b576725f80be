import { Box, Text, useInput } from 'ink';
import { createElement, useState } from 'react';
import { renderScreen } from './keystroke.js';

/** A bare Ink component: fixed lines of text, the first showing a count that + raises. */
function StaticTable({ lines }: { readonly lines: readonly string[] }) {
  const [count, setCount] = useState(0);
  useInput((input) => {
    if (input === '+') setCount((n) => n + 1);
  });
  return createElement(
    Box,
    { flexDirection: 'column' },
    createElement(Text, { key: 'count' }, `count ${count}`),
    ...lines.map((line, i) => createElement(Text, { key: i }, line)),
  );
}

/** The same-size reference screen: `lines` (the app's frame) under a counter; `press` is + until the new count shows. */
export function openStaticTable(lines: readonly string[], columns: number, rows: number) {
  const screen = renderScreen(createElement(StaticTable, { lines }), columns, rows);
  let count = 0;
  return {
    ready: () => screen.until((frame) => frame.includes('count 0')),
    press: () => {
      const expected = `count ${++count}\n`;
      return screen.press('+', (frame) => frame.includes(expected));
    },
    close: () => screen.close(),
  };
}
