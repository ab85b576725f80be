import { Text } from 'ink';
import { footerHints } from '../keymap.js';

const HINTS = footerHints();

/** Key hints, from the same table as the help screen. */
export function Footer() {
  return (
    <Text wrap="truncate">
      {HINTS.map(({ keys, hint }, i) => (
        <Text key={hint}>
          {i > 0 ? '  ' : ''}
          <Text bold>{keys}</Text> <Text dimColor>{hint}</Text>
        </Text>
      ))}
    </Text>
  );
}
