import type { Scenario } from '../scenario/index.js';
import { readRecovery, removeRecovery, textHash } from './recovery.js';
import { hasEdits } from './state/edits.js';
import type { Opening } from './state/reducer.js';

/** Edits left by a session that was stopped, or why its recovery file was ignored. */
export function openingFor(scenario: Scenario): Opening {
  const found = readRecovery(scenario.file);
  if (!found) return {};
  if (!found.ok) return { notice: { tone: 'error', text: found.problem } };
  const { recovery } = found;
  if (!hasEdits(recovery.edits)) {
    removeRecovery(scenario.file);
    return {};
  }
  return { recovered: { savedAt: recovery.savedAt, edits: recovery.edits, fileChanged: recovery.fileHash !== textHash(scenario.text) } };
}
