import { inRealTerms } from '../analysis/real-terms.js';
import type { Sheet } from '../engine/index.js';
import { type Scenario, ScenarioError } from '../scenario/index.js';
import { UsageError } from './usage.js';

/**
 * The sheet in the scenario's base-year prices, for --real. A scenario without a deflator is a usage error saying how
 * to add one; a deflator that cannot give a price index is a problem of the file, at its place.
 */
export function realSheet(scenario: Scenario, sheet: Sheet): Sheet {
  const { deflator } = scenario;
  if (!deflator) {
    throw new UsageError(
      `--real: ${scenario.name} (${scenario.file}) has no deflator; add deflator: NAME to the file, naming an input that is an annual growth rate of prices (unit: percent) or a price index with a value for each year`,
    );
  }
  const real = inRealTerms(sheet, deflator);
  if (!real.ok) throw new ScenarioError([{ ...deflator.place, message: `deflator: ${real.problem}` }]);
  return real.sheet;
}
