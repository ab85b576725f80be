/** True when two numbers agree within a relative tolerance (HyperFormula keeps about 10 significant digits). */
export function agreesWithin(a: number, b: number, relative = 1e-9): boolean {
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
}
