import { Text } from 'ink';
import { footerHints, type View } from '../keymap.js';

const HINTS = { grid: footerHints('grid'), picker: footerHints('picker'), compare: footerHints('compare'), help: footerHints('help') };

/** Key hints for the view shown, from the same table as the help screen. */
export function Footer({ view = 'grid' }: { readonly view?: View }) {
  return (
    <Text wrap="truncate">
      {HINTS[view].map(({ keys, hint }, i) => (
        <Text key={hint}>
          {i > 0 ? '  ' : ''}
          <Text bold>{keys}</Text> <Text dimColor>{hint}</Text>
        </Text>
      ))}
    </Text>
  );
}
