import { Box, Text } from 'ink';
import type { Prompt } from '../overlays/prompt.js';
import type { ShownText } from '../status.js';

const COLORS = { info: 'green', note: undefined, error: 'red', question: 'yellow', hint: undefined } as const;

/** A message, a question or a prompt's help, wrapped onto as many lines as it needs. */
export function StatusText({ text }: { readonly text: ShownText }) {
  return (
    <Box flexDirection="column">
      {text.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line is identified by its place in the message
        <Text key={i} color={COLORS[text.tone]} bold={text.tone === 'question'} dimColor={text.tone === 'hint'} wrap="truncate">
          {line}
        </Text>
      ))}
    </Box>
  );
}

/** The text being typed, with the cursor shown inverse; long text scrolls to keep the cursor's end in view. */
export function PromptLine({ prompt }: { readonly prompt: Prompt }) {
  const chars = [...prompt.text];
  const before = chars.slice(0, prompt.cursor).join('');
  const at = chars[prompt.cursor] ?? ' ';
  const after = chars.slice(prompt.cursor + 1).join('');
  return (
    <Text wrap="truncate-start">
      <Text bold>{prompt.label} </Text>
      {before}
      <Text inverse>{at}</Text>
      {after}
    </Text>
  );
}
