import { describe, expect, it } from 'vitest';
import { BrokenBracketError, brent } from '../../src/analysis/brent.js';
import { searchRoots } from '../../src/analysis/root-search.js';

const bracket = (f: (x: number) => number, a: number, b: number) => ({ a, b, fa: f(a), fb: f(b) });

describe("Brent's method", () => {
  it('finds the classic roots to 1e-12 relative in few evaluations', () => {
    // Wallis's cubic x^3 - 2x - 5 and the fixed point of cos: roots known to 16 digits.
    const cubic = (x: number) => x ** 3 - 2 * x - 5;
    const root = brent(cubic, bracket(cubic, 2, 3));
    expect(Math.abs(root.x - 2.0945514815423265) / 2.0945514815423265).toBeLessThan(1e-12);
    expect(root.evaluations).toBeLessThan(15);
    const cos = (x: number) => Math.cos(x) - x;
    const fixed = brent(cos, bracket(cos, 0, 1));
    expect(Math.abs(fixed.x - 0.7390851332151607)).toBeLessThan(1e-12);
  });

  it('agrees with a closed form on a straight line and on a steep curve', () => {
    const line = (x: number) => 0.42 * x - 0.1; // root 0.1 / 0.42
    expect(brent(line, bracket(line, 0, 1)).x).toBeCloseTo(0.1 / 0.42, 14);
    const steep = (x: number) => Math.exp(30 * x) - 2; // root ln(2) / 30
    const root = brent(steep, bracket(steep, -1, 1));
    expect(Math.abs(root.x - Math.log(2) / 30) / (Math.log(2) / 30)).toBeLessThan(1e-12);
  });

  it('returns an end of the bracket that is already a root, and refuses a bracket without a sign change', () => {
    const f = (x: number) => x - 1;
    expect(brent(f, bracket(f, 1, 3))).toEqual({ x: 1, fx: 0, evaluations: 0 });
    expect(() => brent(f, bracket(f, 2, 3))).toThrow(RangeError);
  });

  it('stops on a root at zero with an absolute tolerance', () => {
    const f = (x: number) => x * (1 + x * x);
    const root = brent(f, bracket(f, -0.3, 1), { absolute: 1e-15 });
    expect(Math.abs(root.x)).toBeLessThan(1e-15);
  });

  it('says where the function has no value inside the bracket', () => {
    const f = (x: number) => (x > 0.4 && x < 0.6 ? undefined : x - 0.5);
    expect(() => brent(f, { a: 0, b: 1, fa: -0.5, fb: 0.5 })).toThrow(BrokenBracketError);
  });
});

describe('root search over a range', () => {
  it('scans, brackets and refines the one root of a monotone function', () => {
    const result = searchRoots((x) => x * x - 0.2, { min: 0, max: 1, current: 0.9 });
    expect(result.kind).toBe('root');
    if (result.kind !== 'root') return;
    expect(Math.abs(result.x - Math.sqrt(0.2)) / Math.sqrt(0.2)).toBeLessThan(1e-12);
    expect(result.others).toEqual([]);
    // 65 scan points and the current value, then a few refining steps.
    expect(result.samples).toHaveLength(66);
    expect(result.evaluations).toBeGreaterThan(66);
    expect(result.evaluations).toBeLessThan(66 + 15);
  });

  it('of two roots returns the one nearest the current value and names the other', () => {
    // x^2 - x + 0.1885 has roots 0.5 ± sqrt(0.25 - 0.1885), neither on a scan point.
    const f = (x: number) => x * x - x + 0.1885;
    const offset = Math.sqrt(0.25 - 0.1885);
    const near = searchRoots(f, { min: 0, max: 1, current: 0.7 });
    if (near.kind !== 'root') throw new Error('expected a root');
    expect(near.x).toBeCloseTo(0.5 + offset, 12);
    expect(near.others).toHaveLength(1);
    expect(near.others[0]).toBeCloseTo(0.5 - offset, 12);
    const other = searchRoots(f, { min: 0, max: 1, current: 0.1 });
    if (other.kind !== 'root') throw new Error('expected a root');
    expect(other.x).toBeCloseTo(0.5 - offset, 12);
  });

  it('finds a root exactly on a scan point or at the current value', () => {
    const onGrid = searchRoots((x) => x - 0.5, { min: 0, max: 1, current: 0.2 });
    expect(onGrid.kind === 'root' && onGrid.x).toBe(0.5);
    const atCurrent = searchRoots((x) => x - 0.123, { min: 0, max: 1, current: 0.123 });
    expect(atCurrent.kind === 'root' && atCurrent.x).toBe(0.123);
  });

  it('reports no root, with what the function gave across the range', () => {
    const result = searchRoots((x) => x + 1, { min: 0, max: 1, current: 0.5, intervals: 4 });
    expect(result.kind).toBe('no-root');
    expect(result.samples.map((sample) => sample.y)).toEqual([1, 1.25, 1.5, 1.75, 2]);
  });

  it('does not claim a root across points where the function has no value', () => {
    const result = searchRoots((x) => (x > 0.3 && x < 0.7 ? undefined : x - 0.5), { min: 0, max: 1, current: 0.5, intervals: 10 });
    expect(result.kind).toBe('no-root');
  });
});
