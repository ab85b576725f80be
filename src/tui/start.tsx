import { render } from 'ink';
import { loadScenario, ScenarioError, type Scenario } from '../scenario/index.js';
import { App } from './app.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

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
  try {
    const instance = render(<App scenario={scenario} />, { exitOnCtrlC: false });
    await instance.waitUntilExit();
  } finally {
    if (fullScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return 0;
}
