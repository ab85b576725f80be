import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

interface Metafile {
  readonly outputs: Record<
    string,
    { readonly entryPoint?: string; readonly imports: { readonly path: string; readonly kind: string }[]; readonly inputs: Record<string, unknown> }
  >;
}

const metafile = (): Metafile => JSON.parse(readFileSync(inject('buildMetafile'), 'utf8'));

/** The source files a chunk of the built command loads before it runs: its own and those of the chunks it imports statically. */
function loadedWith(meta: Metafile, output: string): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const stack = [output];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next) || !meta.outputs[next]) continue;
    seen.add(next);
    for (const input of Object.keys(meta.outputs[next].inputs)) files.add(input);
    for (const imported of meta.outputs[next].imports) if (imported.kind === 'import-statement') stack.push(imported.path);
  }
  return files;
}

const packagesIn = (files: Set<string>): Set<string> => new Set([...files].flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? []));

/** The chunk holding a source file. */
const chunkOf = (meta: Metafile, source: string): string => Object.keys(meta.outputs).find((output) => Object.hasOwn(meta.outputs[output]!.inputs, source))!;

describe('what each start of the built command loads', () => {
  it('--version, --help and a usage mistake load neither the formula engine, YAML, the schema library nor the terminal UI', () => {
    const meta = metafile();
    const entry = Object.keys(meta.outputs).find((output) => meta.outputs[output]!.entryPoint === 'src/cli/nhs-whatif.ts')!;
    const loaded = loadedWith(meta, entry);
    const packages = packagesIn(loaded);
    for (const heavy of ['mathjs', 'yaml', 'zod', 'ink', 'react', 'react-reconciler', 'yoga-layout', 'exceljs']) expect(packages.has(heavy), heavy).toBe(false);
    // Of the engine, only the two modules that import nothing: suggestions for a mistyped flag, and terminal-safe text.
    expect([...loaded].filter((file) => file.startsWith('src/engine/')).sort()).toEqual(['src/engine/format.ts', 'src/engine/suggest.ts']);
  });

  it('run, check, compare and export load the engine but not Ink, React or the workbook library', () => {
    const meta = metafile();
    for (const command of ['run', 'check', 'compare', 'export']) {
      const packages = packagesIn(loadedWith(meta, chunkOf(meta, `src/cli/commands/${command}/command.ts`)));
      expect(packages.has('mathjs'), command).toBe(true);
      // export loads exceljs only when it writes the workbook.
      for (const ui of ['ink', 'react', 'react-reconciler', 'yoga-layout', 'exceljs']) expect(packages.has(ui), `${command} loads ${ui}`).toBe(false);
    }
  });
});
