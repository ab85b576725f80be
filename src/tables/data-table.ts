import type { DataTable } from '../analysis/data-table.js';
import { formatNumber, type InputCell, plural, type Sheet } from '../engine/index.js';
import { errorCell, numberCell, type Report, type Table, type TableCell } from './table.js';

const valueCell = (value: number | undefined, unit: InputCell['unit']): TableCell =>
  value === undefined ? errorCell('could not be computed') : numberCell(value, unit);

/**
 * Two levers and one output as Excel's two-variable data table: the first lever's levels down the side, the
 * second's across the top. For people only; data formats get one row per combination.
 */
function gridTable(table: DataTable, cells: readonly InputCell[]): Table {
  const [down, across] = table.levers as [DataTable['levers'][0], DataTable['levers'][0]];
  const [downCell, acrossCell] = cells as [InputCell, InputCell];
  const output = table.outputs[0]!;
  const width = across.levels.length;
  return {
    title: `${output.text} by ${down.input} (down) and ${across.input} (across)`,
    only: 'people',
    columns: [{ header: `${down.input} \\ ${across.input}` }, ...across.levels.map((level) => ({ header: formatNumber(level, acrossCell.unit) }))],
    rows: down.levels.map((level, row) => [
      numberCell(level, downCell.unit),
      ...across.levels.map((_, column) => valueCell(table.points[row * width + column]!.values[0], output.unit)),
    ]),
  };
}

function longTable(table: DataTable, cells: readonly InputCell[], only?: 'data'): Table {
  return {
    ...(only ? { only } : {}),
    columns: [...table.levers.map((lever) => ({ header: lever.input })), ...table.outputs.map((output) => ({ header: output.text }))],
    rows: table.points.map((point) => [
      ...point.levels.map((level, i) => numberCell(level, cells[i]!.unit)),
      ...point.values.map((value, i) => valueCell(value, table.outputs[i]!.unit)),
    ]),
  };
}

/** A data table: as a grid for two levers and one output, else one row per combination; JSON at full precision. */
export function dataTableReport(scenarioName: string, sheet: Sheet, table: DataTable): Report {
  const cells = table.levers.map((lever) => sheet.model.cells.get(lever.input)!.cell as InputCell);
  const grid = table.levers.length === 2 && table.outputs.length === 1;
  const current = cells.map((cell) => `${cell.name} ${formatNumber(cell.value, cell.unit)}`).join(', ');
  const notes = [`Every other input as in ${scenarioName}; the scenario's own values are ${current}.`];
  if (table.failedValues > 0) {
    const reasons = table.failures.map((failure) => {
      const at = failure.levels.map((level, i) => `${cells[i]!.name} ${formatNumber(level, cells[i]!.unit)}`).join(', ');
      return `${failure.output} at ${at}: ${failure.problem}`;
    });
    notes.push(`${plural(table.failedValues, 'value')} could not be computed (ERROR), e.g. ${reasons.join('; ')}.`);
  }
  const tables = grid ? [{ ...gridTable(table, cells), notes }, longTable(table, cells, 'data')] : [{ ...longTable(table, cells), notes }];
  return {
    title: `Data table: ${scenarioName}`,
    tables,
    failures: [],
    document: {
      scenario: scenarioName,
      levers: table.levers.map((lever, i) => ({ input: lever.input, unit: cells[i]!.unit, levels: lever.levels })),
      outputs: table.outputs.map((output) => ({ formula: output.text, unit: output.unit })),
      rows: table.points.map((point) => ({
        levels: Object.fromEntries(point.levels.map((level, i) => [table.levers[i]!.input, level])),
        values: Object.fromEntries(point.values.map((value, i) => [table.outputs[i]!.text, value ?? null])),
      })),
      failedValues: table.failedValues,
    },
  };
}
