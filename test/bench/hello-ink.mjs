// A bare Ink program for the cold-start comparison: one line of text, keys read in raw mode, q quits.
// The benchmark bundles it as the command is bundled (see bundle.ts) and times the bundle.

import { render, Text, useApp, useInput } from 'ink';
import React from 'react';

function Hello() {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return React.createElement(Text, null, 'Hello from Ink');
}

render(React.createElement(Hello), { exitOnCtrlC: false });
