import { dirname, relative, resolve } from 'node:path';
import { Document } from 'yaml';

/** An input's new value in a scenario derived from another, with where the value comes from. */
export interface DerivedValue {
  readonly name: string;
  readonly value: number;
  readonly source: string;
}

/**
 * The text of a scenario file that extends `parentFile` and holds only `values`: the natural way to share a variant.
 * `extends:` is written relative to the new file's folder; `comment` heads the file.
 */
export function derivedScenarioText(parentFile: string, file: string, name: string, values: readonly DerivedValue[], comment: string): string {
  const parent = relative(dirname(resolve(file)), resolve(parentFile))
    .split('\\')
    .join('/');
  const document = new Document({
    extends: parent,
    name,
    inputs: Object.fromEntries(values.map((each) => [each.name, { value: each.value, source: each.source }])),
  });
  document.commentBefore = comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  return document.toString({ lineWidth: 0 });
}
