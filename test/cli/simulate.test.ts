import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draws } from '../../src/analysis/distributions.js';
import { randomStreams } from '../../src/analysis/random.js';
import { folderWith } from '../scenario/helpers.js';
import { cli, ROOT } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';

describe('simulate', () => {
  it('draws the baseline’s ranges with the file’s samples and seed, and says them', async () => {
    const ran = await cli('simulate', BASELINE);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toContain('10,000 samples, seed 1: each input above drawn from its own stream of the seed');
    // By default the formulas no other cell reads: the model's results.
    const json = JSON.parse((await cli('simulate', BASELINE, '--format', 'json')).stdout);
    expect(json.outputs.map((output: { output: string }) => output.output)).toEqual([
      'private_share',
      'cumulative_extra_to_private',
      'cumulative_extra_to_nhs',
    ]);
    expect(json.inputs.map((input: { name: string }) => input.name)).toEqual([
      'private_spend_base',
      'private_share_base',
      'marginal_private_share',
      'budget_growth',
    ]);
    expect(json).toMatchObject({ samples: 10_000, seed: 1 });
  });

  it('gives the probability of a condition on an input as its distribution does: P(growth > 2%) = 2/3 for triangular 1%, 2%, 4%', async () => {
    const ran = await cli('simulate', BASELINE, '--prob', 'budget_growth > 2%', '--show', 'budget_growth', '--format', 'json');
    const [probability] = JSON.parse(ran.stdout).probabilities;
    // The upper part of a triangle from the mode 2% to the maximum 4%: (4 − 2)² / ((4 − 1)(4 − 2)).
    const exact = 2 / 3;
    expect(Math.abs(probability.probability - exact)).toBeLessThan(3 * Math.sqrt((exact * (1 - exact)) / 10_000));
    expect(probability.standardError).toBeCloseTo(Math.sqrt((probability.probability * (1 - probability.probability)) / 10_000), 15);
  });

  it('prints the same bytes for the same file, seed and samples, other figures for another seed, in every format', async () => {
    const args = ['simulate', BASELINE, '--show', 'private_share', '--prob', 'last(private_share) > 12%', '--samples', '2000'];
    for (const format of ['table', 'json', 'csv', 'md']) {
      const [first, second] = [await cli(...args, '--format', format), await cli(...args, '--format', format)];
      expect(first.stdout).toBe(second.stdout);
      const other = await cli(...args, '--format', format, '--seed', '2');
      expect(other.stdout).not.toBe(first.stdout);
    }
    expect((await cli(...args, '--format', 'csv', '--seed', '7')).stdout).toContain('setting,value,error\nsamples,2000,\nseed,7,\n');
    expect((await cli(...args, '--seed', '7')).stdout).toContain('2,000 samples, seed 7:');
  });

  it('takes its defaults from simulation: in the file, else 10,000 samples and seed 1', async () => {
    const dir = folderWith({});
    const parent = relative(dir, join(ROOT, BASELINE));
    writeFileSync(join(dir, 'own.yaml'), `extends: ${parent}\nname: Own\nsimulation:\n  samples: 500\n  seed: 3\n`);
    expect((await cli('simulate', join(dir, 'own.yaml'))).stdout).toContain('500 samples, seed 3:');
    expect((await cli('simulate', join(dir, 'own.yaml'), '--samples', '600')).stdout).toContain('600 samples, seed 3:');
    expect((await cli('simulate', 'test/fixtures/simulate/failing-root.yaml')).stdout).toContain('10,000 samples, seed 1:');
  });

  it('counts the samples in which a cell fails, exits 1, and summarises the others', async () => {
    const ran = await cli('simulate', 'test/fixtures/simulate/failing-root.yaml');
    const negatives = draws({ low: -1, value: 1, high: 3, distribution: 'uniform' }, randomStreams(1, 1)[0]!, 10_000).filter((x) => x < 0).length;
    const count = negatives.toLocaleString('en-GB');
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain(`root failed in ${count} of 10,000 samples: result is a complex number`);
    expect(ran.stdout).toContain(
      `twice: over the samples in which it could be computed (${(10_000 - negatives).toLocaleString('en-GB')} of 10,000 at the fewest).`,
    );
    const json = JSON.parse((await cli('simulate', 'test/fixtures/simulate/failing-root.yaml', '--format', 'json')).stdout);
    expect(json.failures).toEqual([{ name: 'root', count: negatives, message: expect.stringContaining('complex number') }]);
    expect(json.outputs[0].succeeded).toBe(10_000 - negatives);
  });

  it('refuses a ranged horizon, bad settings and a --prob that is not a condition, as usage errors', async () => {
    const refused = async (args: string[], message: string) => {
      const ran = await cli('simulate', ...args);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain(message);
    };
    await refused(['test/fixtures/simulate/ranged-horizon.yaml'], 'horizon_years has a low and a high, but a simulation keeps the horizon fixed');
    await refused([BASELINE, '--samples', '0'], '--samples 0: a number of samples must be a whole number from 1 to 1,000,000, not 0');
    await refused([BASELINE, '--samples', '1e4'], '--samples 1e4: a number of samples is a whole number from 1 to 1,000,000, e.g. 10000');
    await refused([BASELINE, '--samples=-5'], '--samples -5: a number of samples must be a whole number from 1 to 1,000,000, not -5');
    await refused([BASELINE, '--seed', '-1'], '--seed -1: a seed must be a whole number from 0 to 4294967295, not -1');
    await refused([BASELINE, '--prob', 'last(private_share)'], '--prob last(private_share): a probability is of a condition, true or false');
    await refused([BASELINE, '--show', 'privat_share'], '--show privat_share: unknown name "privat_share" (did you mean "private_share"?)');
    // Eleven --show flags of five years each keep 55 numbers per sample.
    const shown = ['private_share', 'budget', 'extra_money', 'extra_to_nhs', 'private_spend', 'extra_to_private'];
    const elevenShows = [...shown, ...shown.slice(0, 5)].flatMap((cell) => ['--show', cell]);
    await refused(
      [BASELINE, '--samples', '1000000', ...elevenShows],
      'showing 55 numbers per sample over 1,000,000 samples keeps 55,000,000 numbers, more than the 50,000,000 a simulation keeps; show fewer cells (--show) or draw fewer samples (--samples)',
    );
  });
});
