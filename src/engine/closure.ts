import type { ConstantNode, FunctionNode, MathNode, OperatorNode, SymbolNode } from 'mathjs';
import { mathFunction } from './math.js';

/** A compiled formula: reads its references from `args` by slot number. */
export type Compiled = (args: readonly unknown[]) => unknown;

const bothNumbers = (left: unknown, right: unknown): boolean => typeof left === 'number' && typeof right === 'number';

/**
 * Compiles an allowlisted formula tree into plain closures. Arithmetic on two numbers runs as native
 * JavaScript, which gives the same result as mathjs for numbers; everything else (comparisons with
 * mathjs's tolerance, functions, arrays, negative bases with fractional powers) calls the mathjs
 * function itself, so results agree with mathjs's own compiled evaluation.
 */
export function compileClosure(root: MathNode, slotOf: (symbol: string) => number): Compiled {
  const compile = (node: MathNode): Compiled => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as ConstantNode).value;
        return () => value;
      }
      case 'SymbolNode': {
        const slot = slotOf((node as SymbolNode).name);
        return (args) => args[slot];
      }
      case 'ParenthesisNode':
        return compile((node as unknown as { content: MathNode }).content);
      case 'ConditionalNode': {
        const parts = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
        const [condition, whenTrue, whenFalse] = [parts.condition, parts.trueExpr, parts.falseExpr].map(compile) as [Compiled, Compiled, Compiled];
        return (args) => {
          const test = condition(args);
          if (typeof test !== 'number' && typeof test !== 'boolean') throw new TypeError('a condition must be a number or a comparison');
          return test ? whenTrue(args) : whenFalse(args);
        };
      }
      case 'OperatorNode': {
        const op = node as OperatorNode;
        return operator(op.fn as string, op.args.map(compile));
      }
      case 'FunctionNode': {
        const call = node as FunctionNode;
        const fn = mathFunction((call.fn as SymbolNode).name);
        const args = call.args.map(compile);
        if (args.length === 1) {
          const [only] = args as [Compiled];
          return (values) => fn(only(values));
        }
        return (values) => fn(...args.map((arg) => arg(values)));
      }
      default:
        throw new Error(`cannot compile ${node.type}`);
    }
  };
  return compile(root);
}

function operator(name: string, operands: Compiled[]): Compiled {
  const fallback = mathFunction(name);
  if (operands.length === 1) {
    const [x] = operands as [Compiled];
    if (name === 'unaryMinus') {
      return (args) => {
        const value = x(args);
        return typeof value === 'number' ? -value : fallback(value);
      };
    }
    return (args) => fallback(x(args));
  }
  if (operands.length !== 2) return (args) => fallback(...operands.map((operand) => operand(args)));
  const [x, y] = operands as [Compiled, Compiled];
  const native = NATIVE[name];
  if (!native) return (args) => fallback(x(args), y(args));
  return (args) => {
    const left = x(args);
    const right = y(args);
    return bothNumbers(left, right) ? native(left as number, right as number) : fallback(left, right);
  };
}

const NATIVE: Record<string, ((x: number, y: number) => unknown) | undefined> = {
  add: (x, y) => x + y,
  subtract: (x, y) => x - y,
  multiply: (x, y) => x * y,
  divide: (x, y) => x / y,
  // mathjs gives a complex number for a negative base with a fractional exponent.
  pow: (x, y) => (x < 0 && !Number.isInteger(y) ? mathFunction('pow')(x, y) : Math.pow(x, y)),
};
