import { constants } from 'node:os';
import { render } from 'ink';
import { showControls } from '../engine/index.js';
import { loadScenario, type Scenario, ScenarioError } from '../scenario/index.js';
import { App, QUIT } from './app.js';
import { keepEdits } from './keep-edits.js';
import { openingFor } from './opening.js';
import type { Ending } from './screen.js';
import type { State } from './state/types.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
/**
 * Clears the alternate screen and homes the cursor before leaving it. A terminal resized while the UI ran may keep
 * part of the alternate screen when it restores the shell's: tmux, grown from 80x24 to 120x40, shrinks the screen
 * back to its old height from the top, keeping the UI's lines above the cursor. A blank screen leaves nothing behind.
 */
const LEAVE_ALTERNATE_SCREEN = '\u001B[H\u001B[2J\u001B[?1049l';
/** The exit code of a process stopped by a hang-up, used when the terminal goes away. */
const HANGUP_EXIT = 128 + constants.signals.SIGHUP;
/** The exit code of a command interrupted by ^C, used when a second ^C at the quit question ends the app. */
const INTERRUPTED_EXIT = 128 + constants.signals.SIGINT;

const interrupted = (result: unknown): result is Exclude<Ending, 'quit'> => typeof result === 'object' && result !== null && 'interrupted' in result;

/** Writes to a terminal that may be gone: a closed window fails with EIO, a closed pipe with EPIPE. Never throws. */
function tryWrite(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // nobody is there to read it
  }
}

/** Opens `file` in the full-screen UI. Resolves to the exit code once the user quits. */
export async function startTui(file: string): Promise<number> {
  let scenario: Scenario;
  try {
    scenario = loadScenario(file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`${showControls(error.message)}\n`);
    return 1;
  }
  if (!process.stdin.isTTY) {
    process.stderr.write(showControls(`nhs-whatif: the interactive view needs a terminal; for scripts use: nhs-whatif run ${file}\n`));
    return 2;
  }
  // A full-screen view: draw on the alternate screen so the shell's scrollback is left as it was.
  const fullScreen = process.stdout.isTTY === true;
  if (fullScreen) tryWrite(process.stdout, ENTER_ALTERNATE_SCREEN);
  let latest: State | undefined;
  let stopping = false;
  const instance = render(<App scenario={scenario} opening={openingFor(scenario)} onState={(state) => (latest = state)} />, { exitOnCtrlC: false });

  /** Stops without the user quitting: the edits go to the recovery file before anything touches the terminal. */
  const stop = (why: string, code: number, detail = ''): void => {
    if (stopping) return;
    stopping = true;
    const told = keepEdits(latest, why);
    try {
      instance.unmount();
    } catch {
      // stopping anyway
    }
    if (fullScreen) tryWrite(process.stdout, LEAVE_ALTERNATE_SCREEN);
    if (told) tryWrite(process.stderr, told);
    if (detail) tryWrite(process.stderr, detail);
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => stop(`stopped by ${signal}`, 128 + (constants.signals[signal] ?? 1));
  const terminalGone = () => stop('the terminal was closed', HANGUP_EXIT);
  const crash = (error: unknown) => stop('stopped by an error', 1, `nhs-whatif: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  const ignore = () => {};
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('uncaughtException', crash);
  // A closed terminal ends input and fails every write; that must not end the process before the edits are kept.
  process.stdin.on('end', terminalGone);
  process.stdin.on('error', terminalGone);
  process.stdout.prependListener('error', terminalGone);
  process.stderr.on('error', ignore);
  let result: unknown;
  try {
    result = await instance.waitUntilExit();
  } catch (error) {
    crash(error);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('uncaughtException', crash);
    process.stdin.off('end', terminalGone);
    process.stdin.off('error', terminalGone);
    process.stdout.off('error', terminalGone);
    if (fullScreen) tryWrite(process.stdout, LEAVE_ALTERNATE_SCREEN);
  }
  if (result === QUIT) return 0;
  if (interrupted(result)) {
    if (result.told) tryWrite(process.stderr, result.told);
    return INTERRUPTED_EXIT;
  }
  // Ink also ends when nothing is left to do, e.g. input closed without an 'end': that is not a quit either.
  const told = keepEdits(latest, 'the terminal was closed');
  if (told) tryWrite(process.stderr, told);
  return HANGUP_EXIT;
}
