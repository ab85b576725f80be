import { affectedBy, compileMeasures, HORIZON_CELL, type InputCell, type Measure, type Sheet } from '../../../engine/index.js';

/** How many values a lever's default spread has, at least and at most. */
const FEWEST = 5;
const MOST = 7;

/** Noise of floating-point steps dropped: 0.1 × 3 is 0.3. */
const clean = (value: number): number => Number(value.toPrecision(12));

/** A value written as a person types it in the input's unit, as short as it goes: `-10%`, `8.7`, `5`. */
export function typedValue(value: number, unit: InputCell['unit']): string {
  return unit === 'percent' ? `${clean(value * 100)}%` : `${clean(value)}`;
}

/** The input's range for a data table: its low..high when it has both, else its min..max, else half its value either side. */
function rangeOf(cell: InputCell): [number, number] {
  if (cell.low !== undefined && cell.high !== undefined) return [cell.low, cell.high];
  if (cell.min !== undefined && cell.max !== undefined) return [cell.min, cell.max];
  const half = Math.abs(cell.value) / 2 || 1;
  return [cell.min ?? cell.value - half, cell.max ?? cell.value + half];
}

/**
 * An input's default values: round numbers in its unit (whole years for years) spread over its range, five to seven
 * of them where a round step allows, written as a range `from:to:step` that the prompt shows and reads back.
 */
export function spreadText(cell: InputCell): string {
  const scale = cell.unit === 'percent' ? 100 : 1;
  const [low, high] = rangeOf(cell).map((value) => value * scale) as [number, number];
  const show = (value: number) => typedValue(clean(value) / scale, cell.unit);
  if (!(high > low)) return show(low);
  const magnitude = 10 ** Math.floor(Math.log10(high - low));
  const steps = [0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].map((step) => clean(step * magnitude));
  const candidates = steps
    .filter((step) => cell.unit !== 'years' || Number.isInteger(step))
    .map((step) => {
      const first = clean(Math.ceil(low / step - 1e-9) * step);
      const last = clean(Math.floor(high / step + 1e-9) * step);
      return { step, first, last, count: Math.round((last - first) / step) + 1 };
    })
    .filter((candidate) => candidate.count >= 2);
  const within = candidates.filter((candidate) => candidate.count >= FEWEST && candidate.count <= MOST);
  const chosen =
    within.sort((a, b) => b.count - a.count)[0] ?? candidates.sort((a, b) => Math.abs(a.count - 6) - Math.abs(b.count - 6) || b.count - a.count)[0];
  if (!chosen) return `${show(low)},${show(high)}`;
  return `${show(chosen.first)}:${show(chosen.last)}:${show(chosen.step)}`;
}

const inputsOf = (sheet: Sheet): InputCell[] => [...sheet.model.cells.values()].flatMap(({ cell }) => (cell.kind === 'input' ? [cell] : []));

/** The cells a measure reads, by name. */
const readsOf = (measure: Measure): Set<string> => new Set(measure.formula.reads.flatMap((read) => (read.kind === 'cell' ? [read.name] : [])));

/** True when the output moves as the input moves within its range. */
/** How far the output moves between the quarter and three quarters of the input's range (where the ends may fail): 0 when it does not, Infinity when it cannot be computed there. */
function swing(sheet: Sheet, cell: InputCell, measure: Measure): number {
  const sweep = compileMeasures(sheet.model, [cell.name], [measure]);
  const [low, high] = rangeOf(cell);
  const [a] = sweep.run([low + (high - low) / 4]);
  const [b] = sweep.run([low + ((high - low) * 3) / 4]);
  if (a === undefined || b === undefined) return Number.POSITIVE_INFINITY;
  const moved = Math.abs(a - b);
  return moved > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12) ? moved : 0;
}

/**
 * The two inputs offered for a data table of `measure`: `first` if given (the input selected in the grid), then the
 * inputs the output depends on and that move it, those with a low and a high first, each group by how far it moves
 * the output over its range (the largest first), leaving out horizon_years; any other input where fewer than two
 * are found.
 */
export function defaultInputs(sheet: Sheet, measure: Measure, first?: string): string[] {
  const reads = readsOf(measure);
  const inputs = inputsOf(sheet);
  const feeds = (cell: InputCell) => affectedBy(sheet.model, [cell.name]).some((name) => reads.has(name));
  const ranged = (cell: InputCell) => (cell.low !== undefined && cell.high !== undefined ? 0 : 1);
  const candidates = inputs
    .filter((cell) => cell.name !== HORIZON_CELL && cell.name !== first && feeds(cell))
    .map((cell) => ({ cell, swing: swing(sheet, cell, measure) }))
    .filter(({ swing }) => swing > 0)
    .sort((a, b) => ranged(a.cell) - ranged(b.cell) || b.swing - a.swing);
  const chosen = [...(first === undefined ? [] : [first]), ...candidates.map(({ cell }) => cell.name)];
  for (const cell of inputs) if (!chosen.includes(cell.name)) chosen.push(cell.name);
  return chosen.slice(0, 2);
}

/** The output offered: the selected cell (its last year for a per-year cell); for an input, the last cell it changes. */
export function defaultOutput(sheet: Sheet, selected: string | undefined): string {
  const compiled = selected === undefined ? undefined : sheet.model.cells.get(selected);
  if (!compiled) return '';
  const name =
    compiled.cell.kind === 'input'
      ? (affectedBy(sheet.model, [compiled.cell.name])
          .filter((each) => each !== compiled.cell.name)
          .at(-1) ?? '')
      : compiled.cell.name;
  if (name === '') return '';
  return sheet.model.cells.get(name)?.series ? `last(${name})` : name;
}
