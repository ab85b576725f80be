import { type Cell, type CellResult, type Evaluation, formatNumber, type Model } from '../engine/index.js';
import type { Format } from './formats.js';
import { toJson } from './output.js';
import { alignColumns, toCsv, toMarkdown } from './table.js';

export interface RunOutput {
  readonly scenario: string;
  readonly model: Model;
  readonly evaluation: Evaluation;
  /** Every failing cell as `file:line:col: cell: message`. */
  readonly errors: readonly string[];
}

/** The JSON document of `run --format json`: full precision, errors in place of values. */
export function runJson({ scenario, model, evaluation }: RunOutput): string {
  const cells: Record<string, { value: number | readonly number[] } | { error: string }> = {};
  for (const name of model.cells.keys()) {
    const result = evaluation.results.get(name)!;
    cells[name] = result.ok ? { value: result.value } : { error: result.error };
  }
  return toJson({ scenario, years: evaluation.years, cells });
}

/** One row per cell: name, unit, then the scalar value or one column per year. */
function rows({ model, evaluation }: RunOutput, show: (value: number, cell: Cell) => string): string[][] {
  const header = ['cell', 'unit', 'value', ...evaluation.years];
  const body = [...model.cells.values()].map(({ cell }) => {
    const result: CellResult = evaluation.results.get(cell.name)!;
    if (!result.ok) return [cell.name, cell.unit, 'ERROR', ...evaluation.years.map(() => '')];
    if (typeof result.value === 'number') return [cell.name, cell.unit, show(result.value, cell), ...evaluation.years.map(() => '')];
    const series = result.value;
    return [cell.name, cell.unit, '', ...evaluation.years.map((_, i) => (i < series.length ? show(series[i]!, cell) : ''))];
  });
  return [header, ...body];
}

/** The rows with a last `error` column, so a spreadsheet shows why a cell failed. */
function csvRows(output: RunOutput): string[][] {
  const [header = [], ...body] = rows(output, (value) => String(value));
  const errorOf = (name: string) => {
    const result = output.evaluation.results.get(name);
    return result && !result.ok ? result.error : '';
  };
  return [[...header, 'error'], ...body.map((row) => [...row, errorOf(row[0]!)])];
}

export function renderRun(output: RunOutput, format: Format): string {
  const human = (value: number, cell: Cell) => formatNumber(value, cell.unit);
  switch (format) {
    case 'json':
      return runJson(output);
    case 'csv':
      return toCsv(csvRows(output));
    case 'md': {
      const { errors } = output;
      const notes = errors.length > 0 ? `\nErrors:\n\n${errors.map((line) => `- ${line}`).join('\n')}\n` : '';
      return `### ${output.scenario}\n\n${toMarkdown(rows(output, human).map(([name, , ...rest]) => [name!, ...rest]))}${notes}`;
    }
    case 'table': {
      const { errors } = output;
      const table = alignColumns(rows(output, human).map(([name, , ...rest]) => [name!, ...rest]));
      return `${[`${output.scenario}`, '', ...table, ...(errors.length > 0 ? ['', 'Errors:', ...errors.map((line) => `  ${line}`)] : [])].join('\n')}\n`;
    }
  }
}
