import { seedProblem } from '../analysis/random.js';
import { samplesProblem } from '../analysis/simulation-settings.js';
import { Suggester } from '../engine/index.js';
import { isRecord } from './is-record.js';
import type { Problem } from './problem.js';
import type { Place, Scenario } from './scenario.js';

const KEYS = ['samples', 'seed'] as const;
const EXAMPLE = 'e.g. simulation: {samples: 10000, seed: 1}';

/**
 * `simulation: {samples, seed}`: each field the file gives, else the parent's. Problems go to `problems`, each at
 * its place; undefined when neither the file nor its parent says anything.
 */
export function readSimulation(
  raw: unknown,
  parent: Scenario['simulation'],
  place: (path: readonly PropertyKey[], key?: string) => Place,
  problems: Problem[],
): Scenario['simulation'] {
  if (raw === undefined) return parent;
  if (!isRecord(raw)) {
    problems.push({ ...place(['simulation']), message: `simulation must be a mapping with samples: and seed:, ${EXAMPLE}` });
    return parent;
  }
  const own: { samples?: number; seed?: number } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const meant = new Suggester(KEYS).closest(key);
      problems.push({
        ...place(['simulation'], key),
        message: `unknown key ${JSON.stringify(key)}${meant ? ` (did you mean "${meant}"?)` : ''}; allowed here: ${KEYS.join(', ')}`,
      });
      continue;
    }
    const problem = typeof value !== 'number' ? `must be a whole number, ${EXAMPLE}` : key === 'samples' ? samplesProblem(value) : seedProblem(value);
    if (problem) problems.push({ ...place(['simulation', key]), message: `simulation.${key}: ${problem}` });
    else own[key as (typeof KEYS)[number]] = value as number;
  }
  return { ...parent, ...own };
}
