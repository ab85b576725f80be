/** One line of the results: our median against the reference's, and whether the ratio meets its target. */
export interface Result {
  readonly workload: string;
  readonly oursMs: number;
  readonly reference: string;
  readonly referenceMs: number;
  readonly ratio: number;
  /** The largest acceptable ratio; undefined for rows shown for information. */
  readonly target?: number;
  readonly pass?: boolean;
  /** False when our result and the reference's disagree. */
  readonly agrees?: boolean;
  readonly samples: number;
}

export function result(workload: string, oursMs: number, reference: string, referenceMs: number, samples: number, target?: number, agrees?: boolean): Result {
  const ratio = oursMs / referenceMs;
  const pass = target === undefined ? undefined : ratio <= target && agrees !== false;
  return { workload, oursMs, reference, referenceMs, ratio, target, pass, agrees, samples };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4));

/** The results as a plain-text table. */
export function formatTable(results: readonly Result[]): string {
  const header = ['workload', 'ours ms', 'reference', 'ref ms', 'ratio', 'target', 'result'];
  const rows = results.map((r) => [
    r.workload,
    ms(r.oursMs),
    r.reference,
    ms(r.referenceMs),
    `${r.ratio.toFixed(2)}×`,
    r.target === undefined ? '(info)' : `≤ ${r.target}×`,
    r.agrees === false ? 'FAIL (results differ)' : r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const numeric = new Set([1, 3, 4]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Markdown version, for the README. */
export function formatMarkdown(results: readonly Result[]): string {
  const lines = ['| workload | ours (ms) | reference | reference (ms) | ratio | target | result |', '| --- | ---: | --- | ---: | ---: | --- | --- |'];
  for (const r of results) {
    const verdict = r.agrees === false ? 'FAIL (results differ)' : r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL';
    lines.push(
      `| ${r.workload} | ${ms(r.oursMs)} | ${r.reference} | ${ms(r.referenceMs)} | ${r.ratio.toFixed(2)}× | ${r.target === undefined ? 'info' : `≤ ${r.target}×`} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
