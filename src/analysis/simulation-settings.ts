/** How many samples a simulation draws, and from which seed: from the command line, else the file, else these. */
export interface SimulationSettings {
  readonly samples: number;
  readonly seed: number;
}

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;
export const MAX_SAMPLES = 1_000_000;

/** Why `samples` cannot be a simulation's number of samples, or undefined when it can. */
export function samplesProblem(samples: number): string | undefined {
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    return `a number of samples must be a whole number from 1 to ${MAX_SAMPLES.toLocaleString('en-GB')}, not ${samples}`;
  }
  return undefined;
}
