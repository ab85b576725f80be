import { Text } from 'ink';
import { fittingHints, footerHints, type View } from '../keymap.js';

const HINTS = { grid: footerHints('grid'), picker: footerHints('picker'), compare: footerHints('compare'), help: footerHints('help') };

/** Key hints for the view shown, from the same table as the help screen; on a narrow screen the least used go first. */
export function Footer({ view = 'grid', width }: { readonly view?: View; readonly width: number }) {
  return (
    <Text wrap="truncate">
      {fittingHints(HINTS[view], width).map(({ keys, hint }, i) => (
        <Text key={hint}>
          {i > 0 ? '  ' : ''}
          <Text bold>{keys}</Text> <Text dimColor>{hint}</Text>
        </Text>
      ))}
    </Text>
  );
}
