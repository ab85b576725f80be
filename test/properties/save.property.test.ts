import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from '../scenario/helpers.js';
import { cellName, description, finite, formulaOver, unit } from './arbitraries.js';

/** A source says why a value is assumed (or names a record), so any text after "assumption: why" is one. */
const source = description.map((text) => (text === undefined ? undefined : `assumption: why ${text}`));

const scenarioCells = fc.uniqueArray(cellName, { minLength: 1, maxLength: 8 }).chain((names) => {
  const half = Math.ceil(names.length / 2);
  return fc
    .tuple(
      fc.tuple(
        ...names
          .slice(0, half)
          .map((name) =>
            fc.record(
              { kind: fc.constant('input' as const), name: fc.constant(name), value: finite, unit, description, source },
              { requiredKeys: ['kind', 'name', 'value', 'unit'] },
            ),
          ),
      ),
      fc.tuple(
        ...names
          .slice(half)
          .map((name) =>
            fc.record(
              { kind: fc.constant('formula' as const), name: fc.constant(name), formula: formulaOver(names), unit, description },
              { requiredKeys: ['kind', 'name', 'formula', 'unit'] },
            ),
          ),
      ),
    )
    .map(([inputs, formulas]) => [...inputs, ...formulas] as Cell[]);
});

describe('save and load', () => {
  it('loading what was saved gives back the same cells', () => {
    const dir = folderWith({ 'start.yaml': '# Random scenario\nname: Random\nbase_year: "2015/16"\n' });
    const start = loadScenario(join(dir, 'start.yaml'));
    fc.assert(
      fc.property(scenarioCells, (cells) => {
        const file = join(dir, 'saved.yaml');
        saveScenario(start, cells, file);
        const strip = (list: readonly Cell[]) => list.map((cell) => JSON.parse(JSON.stringify(cell)));
        expect(strip(loadScenario(file).cells)).toEqual(strip(cells));
      }),
      { numRuns: 150 },
    );
  });
});
