import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { cli, ROOT } from './cli.js';

// At 10% growth for 30 years the budget passes £1,000bn: 8.7 / 0.076 × 1.1^t.
const TOTAL_BASE = 8.7 / 0.076;
const budgetIn = (t: number) => TOTAL_BASE * 1.1 ** t;
/** An independent formatter: the platform's own grouping of thousands, two decimals. */
const pounds = (value: number) => `£${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}bn`;

function bigScenario(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-thousands-'));
  cpSync(join(ROOT, 'scenarios', 'baseline.yaml'), join(dir, 'baseline.yaml'));
  const file = join(dir, 'big.yaml');
  writeFileSync(file, 'extends: baseline.yaml\nname: Big\ninputs:\n  budget_growth: 0.1\n  horizon_years: 30\n');
  return { dir, file };
}

describe('amounts of £1,000bn and more', () => {
  it('are written with thousands separators, and smaller ones as before', () => {
    expect(formatNumber(1389.94, '£bn')).toBe('£1,389.94bn');
    expect(formatNumber(-1389.94, '£bn')).toBe('-£1,389.94bn');
    expect(formatNumber(1234567.891, '£bn')).toBe('£1,234,567.89bn');
    expect(formatNumber(999.994, '£bn')).toBe('£999.99bn');
    expect(formatNumber(114.47368, '£bn')).toBe('£114.47bn');
    expect(formatNumber(0.005, '£bn')).toBe('£5m');
    for (const value of [1000, 1994.7, 27_000.123, 123_456.78]) expect(formatNumber(value, '£bn')).toBe(pounds(value));
  });

  it('show with separators in the table and Markdown of run, and as raw numbers in CSV and JSON', async () => {
    const { file } = bigScenario();
    const last = budgetIn(30);
    expect(last).toBeGreaterThan(1000);
    const table = await cli('run', file);
    expect(table.code).toBe(0);
    const budgetLine = table.stdout.split('\n').find((line) => line.startsWith('budget ')) ?? '';
    expect(budgetLine).toContain(pounds(budgetIn(25)));
    expect(budgetLine.trim().endsWith(pounds(last))).toBe(true);
    const markdown = await cli('run', file, '--format', 'md');
    expect(markdown.stdout).toContain(`| ${pounds(last)} |`);
    const csv = await cli('run', file, '--format', 'csv');
    const csvBudget = csv.stdout.split('\n').find((line) => line.startsWith('budget,')) ?? '';
    // cell, unit, value, one field per year, error: every year a plain number, so a spreadsheet reads it as one.
    const years = csvBudget.split(',').slice(3, -1);
    expect(years).toHaveLength(30);
    expect(years.every((field) => /^\d+(\.\d+)?$/.test(field))).toBe(true);
    expect(Number(years.at(-1))).toBeCloseTo(last, 9);
    const json = JSON.parse((await cli('run', file, '--format', 'json')).stdout);
    expect(json.cells.budget.value.at(-1)).toBeCloseTo(last, 9);
  });

  it('show with separators in compare tables and Markdown, changes included, and raw in CSV', async () => {
    const { dir, file } = bigScenario();
    const base = join(dir, 'baseline.yaml');
    const last = budgetIn(30);
    const table = await cli('compare', base, file, '--cells', 'budget');
    const line = table.stdout.split('\n').find((row) => row.startsWith('budget 2045/46')) ?? '';
    expect(line).toContain(pounds(last));
    const markdown = await cli('compare', base, file, '--cells', 'budget', '--format', 'md');
    expect(markdown.stdout).toContain(`| budget 2045/46 | — | ${pounds(last)} |`);
    // The 30-year total is over £10,000bn, with separators in the change too (over the same years: none here).
    const total = Array.from({ length: 30 }, (_, i) => budgetIn(i + 1)).reduce((sum, value) => sum + value, 0);
    expect(table.stdout).toContain(pounds(total));
    const csv = await cli('compare', base, file, '--cells', 'budget', '--format', 'csv');
    expect(csv.stdout).not.toContain(pounds(last));
    expect(csv.stdout).toContain(String(last));
  });
});
