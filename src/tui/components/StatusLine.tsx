import { Text } from 'ink';
import type { Message, Mode, Prompt, Recovered } from '../state/types.js';

const when = (iso: string): string => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const restoreQuestion = (recovered: Recovered): string =>
  `Unsaved changes from ${when(recovered.savedAt)} were recovered${recovered.fileChanged ? ' (the file has changed since)' : ''}: restore? (y/n)`;

/** The line above the footer: the prompt being typed, a question, or the last message. */
export function StatusLine({ mode, message }: { readonly mode: Mode; readonly message: Message | undefined }) {
  if (mode.kind === 'prompt') return <PromptLine prompt={mode.prompt} />;
  if (mode.kind === 'question') {
    const { question } = mode;
    return (
      <Text color="yellow" bold wrap="truncate">
        {question.kind === 'quit'
          ? 'There are unsaved changes: [s]ave, [d]iscard or [c]ancel?'
          : question.kind === 'restore'
            ? restoreQuestion(question.recovered)
            : `${question.file} changed on disk: overwrite? y/n`}
      </Text>
    );
  }
  if (!message) return <Text> </Text>;
  return (
    <Text color={message.tone === 'error' ? 'red' : 'green'} wrap="truncate">
      {message.tone === 'error' ? '✗ ' : '✓ '}
      {message.text}
    </Text>
  );
}

function PromptLine({ prompt }: { readonly prompt: Prompt }) {
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

/** Under a prompt, the footer shows why the last entry was refused, or how to finish. */
export function PromptHelp({ prompt }: { readonly prompt: Prompt }) {
  if (prompt.problem) {
    return (
      <Text color="red" wrap="truncate">
        ✗ {prompt.problem}
      </Text>
    );
  }
  return (
    <Text dimColor wrap="truncate">
      Enter accept · Esc cancel{prompt.purpose.kind === 'value' ? ' · numbers like 0.03 or 3%' : ''}
    </Text>
  );
}
