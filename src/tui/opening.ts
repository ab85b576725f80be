import { isShippedScenario } from '../cli/package-info.js';
import type { Scenario } from '../scenario/index.js';
import { readRecovery, removeRecovery, textHash } from './recovery.js';
import { hasEdits } from './state/edits.js';
import type { Opening } from './state/reducer.js';

/** Edits left by a session that was stopped, or why its recovery file was ignored; and whether the file is shipped. */
export function openingFor(scenario: Scenario): Opening {
  const found = readRecovery(scenario.file);
  const shipped = isShippedScenario(scenario.file) ? { shipped: true } : {};
  if (!found) return shipped;
  if (!found.ok) return { ...shipped, notice: { tone: 'error', text: found.problem } };
  const { recovery } = found;
  if (!hasEdits(recovery.edits)) {
    removeRecovery(scenario.file);
    return shipped;
  }
  return { ...shipped, recovered: { savedAt: recovery.savedAt, edits: recovery.edits, fileChanged: recovery.fileHash !== textHash(scenario.text) } };
}
