import { constants } from 'node:os';
import { render } from 'ink';
import { loadScenario, ScenarioError, type Scenario } from '../scenario/index.js';
import { App } from './app.js';
import { readRecovery, recoveryPath, removeRecovery, textHash, writeRecovery } from './recovery.js';
import { editsOf, hasEdits } from './state/edits.js';
import type { Opening } from './state/reducer.js';
import { isDirty } from './state/selectors.js';
import type { State } from './state/types.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Edits left by a session that was stopped, or why its recovery file was ignored. */
function openingFor(scenario: Scenario): Opening {
  const found = readRecovery(scenario.file);
  if (!found) return {};
  if (!found.ok) return { notice: { tone: 'error', text: `${found.problem}; ignored it` } };
  const { recovery } = found;
  if (!hasEdits(recovery.edits)) {
    removeRecovery(scenario.file);
    return {};
  }
  return { recovered: { savedAt: recovery.savedAt, edits: recovery.edits, fileChanged: recovery.fileHash !== textHash(scenario.text) } };
}

/** Writes unsaved edits to the recovery file; true if there were any. Never throws: it runs while stopping. */
function keepEdits(state: State | undefined): boolean {
  if (!state || !isDirty(state)) return false;
  try {
    writeRecovery(state.scenario.file, state.scenario.text, editsOf(state.scenario, state.sheet));
    return true;
  } catch (error) {
    process.stderr.write(`nhs-whatif: could not keep unsaved changes: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/** Opens `file` in the full-screen UI. Resolves to the exit code once the user quits. */
export async function startTui(file: string): Promise<number> {
  let scenario: Scenario;
  try {
    scenario = loadScenario(file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (!process.stdin.isTTY) {
    process.stderr.write(`nhs-whatif: the interactive view needs a terminal; for scripts use: nhs-whatif run ${file}\n`);
    return 2;
  }
  // A full-screen view: draw on the alternate screen so the shell's scrollback is left as it was.
  const fullScreen = process.stdout.isTTY === true;
  if (fullScreen) process.stdout.write(ENTER_ALTERNATE_SCREEN);
  let latest: State | undefined;
  const kept = (why: string) => {
    if (keepEdits(latest) && latest) {
      process.stderr.write(`nhs-whatif: ${why}; unsaved changes kept in ${recoveryPath(latest.scenario.file)} and offered when ${latest.scenario.file} is opened again\n`);
    }
  };
  const instance = render(<App scenario={scenario} opening={openingFor(scenario)} onState={(state) => (latest = state)} />, { exitOnCtrlC: false });
  const stop = (signal: NodeJS.Signals) => {
    try {
      instance.unmount();
    } catch {
      // stopping anyway
    }
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
    kept(`stopped by ${signal}`);
    process.exit(128 + (constants.signals[signal] ?? 1));
  };
  const crash = (error: unknown) => {
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
    kept('stopped by an error');
    process.stderr.write(`nhs-whatif: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  };
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  process.on('uncaughtException', crash);
  try {
    await instance.waitUntilExit();
  } catch (error) {
    crash(error);
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    process.off('uncaughtException', crash);
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return 0;
}
