import { Text } from 'ink';
import { type FooterHint, fittingHints } from '../footer-hints.js';

/** Key hints for what is on screen, from the keymap table; on a narrow screen the least used go first. */
export function Footer({ hints, width }: { readonly hints: readonly FooterHint[]; readonly width: number }) {
  return (
    <Text wrap="truncate">
      {fittingHints(hints, width).map(({ keys, hint }, i) => (
        <Text key={hint}>
          {i > 0 ? '  ' : ''}
          <Text bold>{keys}</Text> <Text dimColor>{hint}</Text>
        </Text>
      ))}
    </Text>
  );
}
