import { checkCondition, checkShown, defaultShown, keptNumbersProblem, simulate, simulationProblem } from '../../../analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, samplesProblem } from '../../../analysis/simulation-settings.js';
import { compute, loadScenario } from '../../../scenario/index.js';
import { simulationReport } from '../../../tables/simulate.js';
import { seedFlag } from '../../analysis-flags.js';
import { listFlag, textFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

/** --samples as a whole number in range. */
function samplesFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const samples = Number(text);
  // A whole number written another way (-5, 1e4) gets the range; anything else an example.
  const problem = /^[-+]?\d+$/.test(text.trim()) ? samplesProblem(samples) : 'a number of samples is a whole number from 1 to 1,000,000, e.g. 10000';
  if (problem) throw new UsageError(`--samples ${text}: ${problem}`);
  return samples;
}

/** A line on stderr saying how far a run has got, once it has taken more than a second, on a terminal only. */
function progressLine(): { readonly onProgress: (done: number, total: number) => void; readonly end: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  let shown = false;
  return {
    onProgress: (done, total) => {
      if (Date.now() - started < 1000 || done === total) return;
      shown = true;
      process.stderr.write(`\rsimulating: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} samples`);
    },
    end: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** `simulate FILE [--samples N] [--seed S] [--show FORMULA…] [--prob CONDITION…]`. Exit code 1 when a cell fails in some sample. */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const sheet = compute(scenario);
  const problem = simulationProblem(sheet);
  if (problem) throw new UsageError(`${scenario.file}: ${problem}`);
  const samples = samplesFlag(textFlag(flags, 'samples')) ?? scenario.simulation?.samples ?? DEFAULT_SAMPLES;
  const seed = seedFlag(textFlag(flags, 'seed')) ?? scenario.simulation?.seed ?? DEFAULT_SEED;
  const shownTexts = listFlag(flags, 'show');
  const show =
    shownTexts.length === 0
      ? defaultShown(sheet)
      : shownTexts.map((text) => {
          const checked = checkShown(sheet, text);
          if (!checked.ok) throw new UsageError(checked.problem);
          return checked.shown;
        });
  const conditions = listFlag(flags, 'prob').map((text) => {
    const checked = checkCondition(sheet, text);
    if (!checked.ok) throw new UsageError(checked.problem);
    return checked.measure;
  });
  const tooMany = keptNumbersProblem(sheet, show, conditions, samples);
  if (tooMany) throw new UsageError(tooMany);
  const progress = progressLine();
  const simulation = simulate(sheet, { samples, seed, show, conditions, onProgress: progress?.onProgress });
  progress?.end();
  return { report: simulationReport(scenario.name, simulation), exitCode: simulation.failures.length > 0 ? 1 : 0 };
}
