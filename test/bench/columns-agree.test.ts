import { describe, expect, it } from 'vitest';
import { agreesWithin } from './agree.js';
import { COLUMN_HORIZON, columnWorkloads } from './columns.js';

describe('the column-wise benchmark', () => {
  it('computes every cell of every sample as the hand-written Float64Array loop and the compiled sweep do', () => {
    const work = columnWorkloads(500);
    const ours = work.columnWise();
    const references = [work.handWritten(), work.sampleBySample()];
    // One assertion over every value (an expect per value would cost more than the work it checks).
    const differing: string[] = [];
    for (const reference of references) {
      expect(reference).toHaveLength(ours.length);
      ours.forEach((columns, position) => {
        const name = work.model.cells.items[position]!.cell.name;
        expect(columns, name).toHaveLength(reference[position]!.length);
        columns.forEach((column, year) => {
          column.forEach((value, s) => {
            if (!agreesWithin(value, reference[position]![year]![s]!, 1e-12)) differing.push(`${name} in year ${year + 1} of sample ${s}`);
          });
        });
      });
    }
    expect(differing.slice(0, 10)).toEqual([]);
    expect(ours[work.model.cells.positionOf('private_share')!]).toHaveLength(COLUMN_HORIZON);
  });
});
