import type { FormulaNode } from './formula-tree.js';

const COMPARISONS = new Set(['smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'not']);

/** True for a formula whose value is true or false: a comparison, `not`, and/or of such, or a choice between such. */
export function isTrueOrFalse(node: FormulaNode): boolean {
  switch (node.kind) {
    case 'operator':
      return COMPARISONS.has(node.operator);
    case 'logical':
      return isTrueOrFalse(node.left) && isTrueOrFalse(node.right);
    case 'conditional':
      return isTrueOrFalse(node.whenTrue) && isTrueOrFalse(node.whenFalse);
    default:
      return false;
  }
}
