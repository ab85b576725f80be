import type { SimulatedOutput, Simulation } from '../analysis/simulate.js';
import { EMPTY, numberCell, type Report, type Table, type TableCell, textCell } from './table.js';

const count = (n: number) => n.toLocaleString('en-GB');

function inputsTable(simulation: Simulation): Table {
  return {
    title: 'Inputs drawn',
    columns: [{ header: 'input' }, { header: 'distribution', align: 'left' }, { header: 'low' }, { header: 'value' }, { header: 'high' }],
    rows: simulation.inputs.map((input) => [
      textCell(input.name),
      textCell(input.distribution),
      numberCell(input.low, input.unit),
      numberCell(input.value, input.unit),
      numberCell(input.high, input.unit),
    ]),
    notes: [
      'triangular and pert: low, value and high are the minimum, the most likely value and the maximum; uniform: any value from low to high alike; normal and lognormal: low and high are the 5th and 95th percentiles.',
    ],
  };
}

function outputRows(output: SimulatedOutput, years: readonly string[], withYears: boolean): TableCell[][] {
  return output.summaries.map((summary, i) => {
    const value = (number: number) => (Number.isNaN(number) ? EMPTY : numberCell(number, output.unit));
    const year = withYears ? [output.perYear ? textCell(years[i]!) : EMPTY] : [];
    return [
      textCell(output.text),
      ...year,
      value(summary.mean),
      value(summary.p5),
      value(summary.p50),
      value(summary.p95),
      numberCell(summary.succeeded, 'number'),
    ];
  });
}

function outputsTable(simulation: Simulation): Table {
  const notes = simulation.outputs.flatMap((output) => {
    const fewest = Math.min(...output.summaries.map((summary) => summary.succeeded));
    return fewest < simulation.samples
      ? [`${output.text}: over the samples in which it could be computed (${count(fewest)} of ${count(simulation.samples)} at the fewest).`]
      : [];
  });
  // A year column only when some output has a value per year.
  const withYears = simulation.outputs.some((output) => output.perYear);
  return {
    title: 'Outputs',
    columns: [
      { header: 'output' },
      ...(withYears ? [{ header: 'year' }] : []),
      { header: 'mean' },
      { header: 'p5' },
      { header: 'p50' },
      { header: 'p95' },
      { header: 'samples' },
    ],
    rows: simulation.outputs.flatMap((output) => outputRows(output, simulation.years, withYears)),
    notes: ['p5, p50 and p95 are the 5th, 50th (median) and 95th percentiles (R-7, as Excel’s PERCENTILE.INC).', ...notes],
  };
}

function probabilitiesTable(simulation: Simulation): Table {
  return {
    title: 'Probabilities',
    columns: [{ header: 'condition' }, { header: 'probability' }, { header: 'standard error' }, { header: 'samples' }],
    rows: simulation.probabilities.map((each) => [
      textCell(each.text),
      Number.isNaN(each.probability) ? EMPTY : numberCell(each.probability, 'percent'),
      Number.isNaN(each.standardError) ? EMPTY : numberCell(each.standardError, 'percent'),
      numberCell(each.succeeded, 'number'),
    ]),
    notes: ['The standard error of a probability p from n samples is sqrt(p (1 − p) / n): more samples, smaller error.'],
  };
}

/** A simulation's inputs, each output's mean and percentiles, each condition's probability, and what failed. */
export function simulationReport(scenarioName: string, simulation: Simulation): Report {
  const { samples, seed } = simulation;
  const failures = simulation.failures.map((failure) => `${failure.name} failed in ${count(failure.count)} of ${count(samples)} samples: ${failure.message}`);
  // For data formats, which have no notes: the seed is always given.
  const settings: Table = {
    only: 'data',
    columns: [{ header: 'setting' }, { header: 'value' }],
    rows: [
      [textCell('samples'), numberCell(samples, 'number')],
      [textCell('seed'), numberCell(seed, 'number')],
    ],
  };
  const tables = [settings, inputsTable(simulation)];
  if (simulation.outputs.length > 0) tables.push(outputsTable(simulation));
  if (simulation.probabilities.length > 0) tables.push(probabilitiesTable(simulation));
  return {
    title: `Simulation: ${scenarioName}`,
    tables,
    notes: [
      `${count(samples)} samples, seed ${seed}: each input above drawn from its own stream of the seed, every other input at its value. The same file, seed and samples give the same figures on any machine.`,
      ...failures,
    ],
    failures: [],
    document: {
      scenario: scenarioName,
      samples,
      seed,
      inputs: simulation.inputs,
      years: simulation.years,
      outputs: simulation.outputs.map((output) => ({
        output: output.text,
        unit: output.unit,
        ...(output.perYear ? { years: output.summaries.map((summary, i) => ({ year: simulation.years[i], ...summary })) } : { ...output.summaries[0] }),
      })),
      probabilities: simulation.probabilities.map((each) => ({
        condition: each.text,
        probability: each.probability,
        standardError: each.standardError,
        succeeded: each.succeeded,
      })),
      failures: simulation.failures,
    },
  };
}
